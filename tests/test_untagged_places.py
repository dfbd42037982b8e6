"""A lone capitalised name after a preposition of place that the NER left untagged is a place
(``loaders/untagged_places.py``): "shot near Mutú, in Antioquia"."""

from __future__ import annotations

from tests.conftest import graph_of


def test_an_untagged_town_before_its_region_is_a_place_located_there() -> None:
    kg = graph_of("Two soldiers were shot near Mutú, in Antioquia, on Sunday.")
    labels = {d["name"]: d["label"] for _, d in kg.g.nodes(data=True)}
    assert labels.get("Mutú") == "Location", labels
    assert kg.g.has_edge("mutu", "antioquia", key="LOCATED_IN"), list(kg.g.edges(keys=True))


def test_the_last_word_of_a_longer_name_is_not_taken_alone() -> None:
    names = {d["name"] for _, d in graph_of("He is a prominent figure in Hilltop Youth.").g.nodes(data=True)}
    assert "Youth" not in names, names


def test_a_lone_word_the_ner_took_for_a_peoples_or_a_products_name_is_a_place_after_in_or_near() -> None:
    for text, name in (
        ("Troops were deployed in Punjab for two months.", "Punjab"),
        ("Gunmen killed twelve farmers near Bulobarde, officials said.", "Bulobarde"),
    ):
        labels = {d["name"]: d["label"] for _, d in graph_of(text).g.nodes(data=True)}
        assert labels.get(name) == "Location", (text, labels)


def test_a_lone_misread_word_that_a_place_noun_names_through_of_is_a_place() -> None:
    for text, name in (
        ("Shells hit a clinic in the village of Sikeniye on Tuesday.", "Sikeniye"),
        ("The ferry sank off the island of Sikeniye.", "Sikeniye"),
        ("Troops moved 20 km north of Sikeniye on Monday.", "Sikeniye"),
        ("The fighters fled into the mountains of Sikeniye after the raid.", "Sikeniye"),
        ("Troops moved north of Chenalhó on Monday.", "Chenalhó"),
        ("The prefect of Chenalhó resigned after the killings.", "Chenalhó"),
    ):
        labels = {d["name"]: d["label"] for _, d in graph_of(text).g.nodes(data=True)}
        assert labels.get(name) == "Location", (text, labels)


def test_a_word_after_of_that_no_place_noun_holds_is_no_place() -> None:
    for text, word in (
        ("The Minister of Information urged calm.", "Information"),
        ("Hundreds of Sikeniye supporters marched on Friday.", "Sikeniye"),
        ("A separate decree awarded her the Order of Courage.", "Courage"),
    ):
        names = {d["name"] for _, d in graph_of(text).g.nodes(data=True)}
        assert word not in names, (text, names)

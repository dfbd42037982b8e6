"""Where the gazetteer says a known place lies (its ``in:``), read from sentences that name both (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import graph_of

from loaders.extract import read_document
from loaders.facts import RelationFact
from loaders.known_places import METHOD
from loaders.nlp import load_nlp

pytestmark = pytest.mark.model


def located(text: str) -> list[RelationFact]:
    """Every LOCATED_IN the rules read in a text, one fact per sentence and rule."""
    facts = read_document(load_nlp()(text), "t", "2024-03-05", "rules")
    return [r for r in facts.relations if r.type == "LOCATED_IN"]


def pairs(text: str) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in located(text)}


def test_a_known_place_lies_in_the_country_named_with_it_though_no_word_says_so() -> None:
    found = located("Shelling intensified around Kadugli this week as the war in Sudan entered its third year.")
    assert [(r.subject, r.object, r.method, r.certainty) for r in found] == [("kadugli", "sudan", METHOD, "asserted")]
    assert found[0].confidence < 0.7  # below the rules a word of the text backs


def test_a_known_place_lies_in_the_nearest_containing_place_the_sentence_names() -> None:
    found = pairs(
        "Militiamen looted markets in El Geneina, and aid groups say West Darfur and the rest of Sudan face famine."
    )
    assert {("el-geneina", "west-darfur"), ("west-darfur", "sudan")} <= found, found
    assert ("el-geneina", "sudan") not in found, found


def test_a_place_named_twice_is_placed_once() -> None:
    found = located("Aid convoys left Kadugli for villages outside Kadugli as the war in Sudan dragged on.")
    assert [(r.subject, r.object) for r in found] == [("kadugli", "sudan")]


def test_a_demonym_does_not_name_the_containing_place() -> None:
    assert pairs("Sudanese troops shelled Kadugli and Dilling on Monday.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protests spread in Beirut on Sunday as Lebanon's currency collapsed.", {("beirut", "lebanon")}),
        ("KHARTOUM - Sudan's army said on Monday it had retaken a bridge.", set()),  # a dateline
    ],
)
def test_a_capital_is_placed_only_where_a_preposition_makes_it_a_place(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert pairs(text) == expected


def test_a_place_another_rule_placed_in_the_sentence_is_left_to_it() -> None:
    found = {
        (r.subject, r.object): r.method
        for r in located("Drones hit Bucha, about 25 kilometres from Kyiv, Ukraine said.")
    }
    assert found.get(("bucha", "kyiv")) not in {None, METHOD}, found
    assert ("bucha", "ukraine") not in found, found  # the gazetteer's Bucha in Ukraine is not added


def test_a_containing_place_that_only_modifies_a_body_does_not_place_a_known_place() -> None:
    assert ("kadugli", "sudan") not in pairs("Sudan officials said fighting around Kadugli had eased.")
    assert ("kadugli", "sudan") in pairs("Officials in Sudan said fighting around Kadugli had eased.")


def test_a_containing_state_that_only_owns_a_body_does_not_place_a_known_place() -> None:
    assert ("niamey", "niger") not in pairs("Niger's military government held a rally in Niamey on Monday.")
    assert ("zinder", "niger") in pairs("Protests spread from Niamey to Zinder and across Niger's south.")


@pytest.mark.parametrize(
    "text",
    [
        "Sudan carried out air strikes around Kadugli on Tuesday.",
        "Talks opened in Kadugli on Monday, mediated by Sudan and the African Union.",
    ],
)
def test_a_containing_place_that_acts_does_not_place_a_known_place(text: str) -> None:
    assert ("kadugli", "sudan") not in pairs(text)


def test_places_listed_side_by_side_are_peers_not_one_in_the_other() -> None:
    assert ("qamishli", "hasakah") not in pairs("Turkish drones struck SDF positions in Hasakah, Qamishli and Kobani.")
    assert ("qamishli", "hasakah") in pairs("Turkish drones struck SDF positions around Qamishli, in Hasakah.")


def test_a_containing_place_that_is_one_of_a_list_of_places_does_not_place_a_known_place() -> None:
    found = pairs("Relief flights left Kadugli on Monday for camps in Chad, Sudan and South Sudan.")
    assert ("kadugli", "sudan") not in found, found
    assert pairs("Relief flights left Kadugli on Monday for camps across Sudan.") == {("kadugli", "sudan")}


def test_a_known_place_written_with_its_accents_is_the_known_place() -> None:
    kg = graph_of("The army sent troops to Chocó after the ELN attacked a convoy near Cúcuta and Ségou's mayor fled.")
    labels = {node: data["label"] for node, data in kg.g.nodes(data=True)}
    assert labels.get("choco") == "Location"
    assert labels.get("cucuta") == "Location"
    assert labels.get("segou") == "Location"


def test_places_of_theatres_the_gazetteer_now_knows_are_places() -> None:
    kg = graph_of("A former governor of Ingushetia visited Renk, then flew on to Bani Walid and Tak Bai.")
    labels = {node: data["label"] for node, data in kg.g.nodes(data=True)}
    assert {labels.get(p) for p in ("ingushetia", "renk", "bani-walid", "tak-bai")} == {"Location"}


def test_a_known_place_lies_in_the_country_a_country_noun_refers_to() -> None:
    text = "Sudan has been at war since April 2023. Aid convoys reached Kadugli, in the south of the country."
    assert ("kadugli", "sudan") in pairs(text)


def test_a_country_noun_owning_a_body_is_the_side_not_where_a_place_lies() -> None:
    text = "Sudan has been at war since April 2023. The country's army shelled Kadugli on Monday."
    assert ("kadugli", "sudan") not in pairs(text)


def test_a_known_place_or_a_container_named_as_where_people_come_from_places_nothing() -> None:
    assert ("kadugli", "sudan") not in pairs("Traders from Kadugli reached the market as the war in Sudan went on.")
    assert ("kadugli", "sudan") in pairs("Traders in Kadugli closed the market as the war in Sudan went on.")
    assert ("kadugli", "sudan") not in pairs("Aid workers flown out from Sudan said the hospital in Kadugli closed.")

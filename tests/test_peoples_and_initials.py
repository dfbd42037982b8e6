"""Names of peoples the NER reads as persons' ("Lotha groups"), people named by initials ("K. Ramesh"), places named
with a local division's noun ("Wamena regency") and a town named with its noun beside its division ("Garsen town",
"Garsen county")."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from loaders.nlp import _name_runs, _named_before_buildings
from loaders.word_shapes import WordShapes
from tests.conftest import graph_of


def _labels(text: str) -> dict[str, str]:
    return {node: data["label"] for node, data in graph_of(text).g.nodes(data=True)}


def test_name_only_qualifying_nouns_of_a_people_is_no_person() -> None:
    labels = _labels("Lotha legislators walked out of the assembly, and Lotha groups said they would boycott it.")
    assert "lotha" not in labels


def test_name_also_heading_its_own_phrase_stays_a_person() -> None:
    labels = _labels("Kagwe supporters rallied in Kisumu on Sunday. Kagwe said the vote had been rigged.")
    assert labels.get("kagwe") == "Person"


def test_place_named_before_its_incidents_stays_the_incidents_place() -> None:
    kg = graph_of("Relatives of the victims of the Kisumu killings marched to the police station.")
    assert any(k == "OCCURRED_AT" and o == "kisumu" for _, o, k in kg.g.edges(keys=True))


def test_person_named_by_an_initial_after_a_title_is_found() -> None:
    kg = graph_of("Deputy Inspector General of Police K. Ramesh said the clash lasted two hours.")
    assert kg.g.nodes["k-ramesh"]["label"] == "Person"


def test_initials_inside_a_persons_full_name_make_no_second_person() -> None:
    labels = _labels("Under Secretary Joan T. Harlow said the designations would stand.")
    assert "t-harlow" not in labels


def test_initials_of_a_known_state_open_no_persons_name() -> None:
    labels = _labels("The U.S. Treasury sanctioned two brokers in Dubai on Tuesday.")
    assert not any(label == "Person" for label in labels.values())


def test_place_before_a_regency_is_a_place_named_with_its_noun_too() -> None:
    kg = graph_of("Two soldiers died in an ambush in Wamena regency on Monday.")
    assert kg.g.nodes["wamena"]["label"] == "Location"
    assert "Wamena regency" in kg.g.nodes["wamena"]["aliases"]


def test_town_named_with_its_noun_beside_its_division_is_a_place_of_its_own() -> None:
    kg = graph_of("Gunmen attacked a bus near Garsen town. Garsen county officials said three passengers died.")
    assert kg.g.nodes["garsen-town"]["label"] == "Location"
    assert kg.g.nodes["garsen-county"]["label"] == "Location"  # the town written so, its county is a place apart
    assert "Garsen town" not in kg.g.nodes["garsen-county"]["aliases"]


def test_town_the_page_calls_the_town_of_its_name_stays_one_place() -> None:
    labels = _labels(
        "Gunmen attacked a bus near Garsen town. Garsen county officials said three passengers died. Police "
        "reinforced the town of Garsen on Friday."
    )
    assert "garsen-town" not in labels
    assert labels.get("garsen") == "Location"


def test_name_before_a_palace_a_cemetery_or_a_synagogue_is_the_sites() -> None:
    labels = _labels("Rebels overran the Qasr presidential palace and the Amara cemetery within three days.")
    assert labels.get("qasr-presidential-palace") == "Location"
    assert labels.get("amara-cemetery") == "Location"
    assert "qasr" not in labels and "amara" not in labels
    assert _labels("Mourners gathered outside the Ohel Shalom synagogue in Kuba.").get("ohel-shalom-synagogue") == (
        "Location"
    )


def test_building_named_with_a_lowercase_word_before_its_noun_after_a_preposition_is_found() -> None:
    # The NER reads most such names itself; the words are given their parts of speech here so that the rule alone
    # is tested.
    words = ["fighting", "under", "Pamedu", "police", "station", "limits", "ended", "."]
    pos = ["NOUN", "ADP", "PROPN", "NOUN", "NOUN", "NOUN", "VERB", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, sent_starts=[True] + [False] * 7)
    assert [span.text for span in _named_before_buildings(WordShapes(doc), set())] == ["Pamedu police station"]


def test_name_after_a_towns_possessive_before_a_building_noun_is_the_buildings() -> None:
    words = ["fighters", "stormed", "Garoua", "'s", "Tarnova", "shopping", "mall", "."]
    pos = ["NOUN", "VERB", "PROPN", "PART", "PROPN", "NOUN", "NOUN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, sent_starts=[True] + [False] * 7)
    assert [span.text for span in _named_before_buildings(WordShapes(doc), {2})] == ["Tarnova shopping mall"]


def test_road_named_by_the_towns_it_joins_is_a_place_of_its_own() -> None:
    labels = _labels(
        "Bandits ambush lorries on the Mombasa-Malindi road, and rebels attacked travellers along the Wau-Raja and "
        "Wau-Tonj roads near Wau."
    )
    assert labels.get("mombasa-malindi-road") == "Location"
    assert labels.get("wau-raja") == "Location" and labels.get("wau-tonj") == "Location"
    assert "malindi" not in labels


def test_town_opening_a_courts_name_after_the_is_the_court_a_body_of_its_own() -> None:
    kg = graph_of(
        "The sentence was upheld by the Valdivia appeals court on Monday. Lawyers had asked the Valdivia court to free "
        "him, and a Lyon court fined him in 2019."
    )
    court = kg.g.nodes["valdivia-appeals-court"]
    assert court["label"] == "Organization" and "Valdivia court" in court["aliases"]
    assert "lyon-court" not in kg.g.nodes


def test_person_named_with_a_title_is_known_by_the_titled_form_too() -> None:
    kg = graph_of("Three men, Amrozi, Imam Rasyid and Mukhlis, were executed in 2008.")
    assert "Imam Rasyid" in kg.g.nodes["rasyid"]["aliases"]


def test_capitalised_function_word_before_a_proper_noun_opens_a_name_in_a_list() -> None:
    # "Than" read as the comparative: the words are given the parts of speech the parser gives them.
    words = ["sanctioned", "the", "commanders", "Than", "Oo", "and", "Aung", "Aung", "."]
    pos = ["VERB", "DET", "NOUN", "SCONJ", "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, sent_starts=[True] + [False] * 8)
    assert (3, 5) in _name_runs(WordShapes(doc), (0, len(doc)), set())

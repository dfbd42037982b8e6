"""Names the statistical NER leaves untagged or splits: a faith's adjective opening a body's name
(loaders/faith_names.py), an acronym set after a body's noun (loaders/unread_acronyms.py) and a state's name with a
capitalised common noun (loaders/state_named_bodies.py), each on a sentence written for its test."""

from __future__ import annotations

import pytest
import spacy
from conftest import graph_of

from loaders.faith_names import faith_opened_names
from loaders.model import model_name

pytestmark = pytest.mark.model


def nodes(text: str) -> dict[str, str]:
    """Each node's name with its label."""
    return {d["name"]: d["label"] for _, d in graph_of(text).g.nodes(data=True)}


@pytest.mark.parametrize(
    "text",
    [
        "Militias were formed to fight Islamic State, which answers to the cabinet.",  # "Islamic" + "State" (ORG)
        "The brigade was raised in 2015 to fight Islamic State, which held the dam.",  # "Islamic" + untagged "State"
    ],
)
def test_the_ner_split_of_a_faith_adjective_and_a_body_is_one_name(text: str) -> None:
    doc = spacy.load(model_name())(text)
    assert "Islamic State" not in {e.text for e in doc.ents}  # what the statistical NER reads: the name split
    assert [(s.text, s.label_) for s in faith_opened_names(list(doc.ents))] == [("Islamic State", "ORG")]


def test_a_faith_adjective_before_lowercase_words_opens_no_name() -> None:
    doc = spacy.blank("en")("Islamic scholars met .")
    assert faith_opened_names([spacy.tokens.Span(doc, 0, 1, "NORP")]) == []


def test_an_acronym_after_a_body_noun_is_that_body() -> None:
    text = "Mali asked the UN peacekeeping mission MINUSKA to leave, turning instead to Russian instructors."
    assert nodes(text).get("MINUSKA") == "Organization"


def test_a_word_in_capitals_after_no_body_noun_is_no_body() -> None:
    text = "Mali asked the peacekeepers to leave NOW, turning instead to Russian instructors."
    assert "NOW" not in nodes(text)


def test_a_state_and_a_capitalised_common_noun_after_it_are_one_body() -> None:
    text = "Police arrested four members of the campaign group Zambia Action on Tuesday."
    found = nodes(text)
    assert found.get("Zambia Action") == "Organization"
    assert "Zambia" not in found


def test_a_state_and_a_surname_after_it_are_a_persons_name() -> None:
    assert nodes("Defence Minister Israel Katz said the army would respond.").get("Israel Katz") == "Person"


def test_a_state_force_whose_possessive_owns_what_follows_is_one_body() -> None:
    text = "The Gabonese Navy's patrol boats intercepted two trawlers off Port-Gentil."
    assert nodes(text).get("Gabonese Navy") == "Organization"

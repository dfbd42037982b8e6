"""Names the NER joins over a place's possessive or an "and", split where the page writes each part on its own."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc, Span

from loaders.split_names import split_joined

pytestmark = pytest.mark.model


def _doc(words: list[str], pos: list[str]) -> Doc:
    return Doc(English().vocab, words=words, pos=pos)


def test_a_places_possessive_splits_off_the_place_in_it() -> None:
    words = ["Raiders", "hit", "Varkosi", "'s", "Telmin", "district", ".", "Varkosi", "is", "calm", "."]
    pos = ["NOUN", "VERB", "PROPN", "PART", "PROPN", "NOUN", "PUNCT", "PROPN", "AUX", "ADJ", "PUNCT"]
    doc = _doc(words, pos)
    parts = split_joined(doc, [Span(doc, 2, 6, label="ORG")], frozenset({"district"}))
    assert [(p.text, p.label_) for p in parts] == [("Varkosi", "GPE"), ("Telmin district", "GPE")]


def test_a_name_whose_owner_is_never_written_alone_stays_whole() -> None:
    words = ["The", "Varkosi", "'s", "Telmin", "district", "is", "calm", "."]
    doc = _doc(words, ["DET", "PROPN", "PART", "PROPN", "NOUN", "AUX", "ADJ", "PUNCT"])
    parts = split_joined(doc, [Span(doc, 1, 5, label="GPE")], frozenset({"district"}))
    assert [p.text for p in parts] == ["Varkosi 's Telmin district"]


def test_a_body_after_a_possessive_stays_whole() -> None:
    words = ["Ondrel", "'s", "Army", "attacked", ".", "Ondrel", "led", "it", "."]
    doc = _doc(words, ["PROPN", "PART", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PRON", "PUNCT"])
    parts = split_joined(doc, [Span(doc, 0, 3, label="ORG")], frozenset())
    assert [p.text for p in parts] == ["Ondrel 's Army"]


def test_two_coordinated_places_written_apart_elsewhere_are_two_names() -> None:
    words = ["Villages", "including", "Dolna", "Varosh", "and", "Mirkeny", "flooded", ".", "People", "fled"]
    words += ["Mirkeny", "for", "Dolna", "Varosh", "."]
    doc = _doc(words, ["PROPN"] * len(words))
    parts = split_joined(doc, [Span(doc, 2, 6, label="ORG")], frozenset())
    assert [p.text for p in parts] == ["Dolna Varosh", "Mirkeny"]


def test_a_name_with_and_never_written_apart_stays_whole() -> None:
    words = ["The", "Dolna", "Varosh", "and", "Mirkeny", "Council", "met", ".", "Mirkeny", "Council", "spoke", "."]
    doc = _doc(words, ["PROPN"] * len(words))
    parts = split_joined(doc, [Span(doc, 1, 6, label="ORG")], frozenset())
    assert [p.text for p in parts] == ["Dolna Varosh and Mirkeny Council"]

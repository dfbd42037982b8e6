"""A body's name written again where the NER did not read it (loaders/echoed_names.py), on a blank pipeline."""

from __future__ import annotations

import spacy

from loaders.echoed_names import echoed_names
from loaders.mentions import Mention


def _mention(doc: spacy.tokens.Doc, start: int, end: int, label: str = "Organization") -> Mention:
    span = doc[start:end]
    return Mention(start, end, span.start_char, span.end_char, span.text, label, span.text, "armed_group")


def _added(text: str, start: int, end: int, label: str = "Organization") -> list[str]:
    doc = spacy.blank("en")(text)
    first = _mention(doc, start, end, label)
    return [f"{m.start}:{m.text}" for m in echoed_names(doc, [first]) if m.start != start]


def test_a_body_named_again_where_the_ner_left_it_is_that_body() -> None:
    text = "The Liberation Front of Ogun claimed the raid. Troops were sent to fight the Liberation Front of Ogun."
    assert _added(text, 1, 5) == ["15:Liberation Front of Ogun"]


def test_an_acronym_named_again_is_that_body_but_not_a_short_word_in_capitals() -> None:
    assert _added("NDFA fighters ambushed a patrol. The army vowed to crush NDFA.", 0, 1) == ["11:NDFA"]
    assert _added("UK officials said so. Later UK troops left.", 0, 1) == []


def test_the_words_of_a_longer_name_or_of_a_menu_are_not_the_body() -> None:
    assert _added("Islamic State claimed it. Islamic State Sahel Province denied it.", 0, 2) == []
    assert _added("Islamic State claimed it. The Syrian Islamic State denied it.", 0, 2) == []
    assert _added("Home | Islamic State | World\nIslamic State claimed it.", 7, 9) == []


def test_a_person_or_a_lowercase_phrase_is_not_echoed() -> None:
    assert _added("Amina Bello spoke. Later Amina Bello left.", 0, 2, label="Person") == []
    doc = spacy.blank("en")("the militia attacked. Then the militia left.")
    assert echoed_names(doc, [_mention(doc, 0, 2)]) == [_mention(doc, 0, 2)]


def test_a_one_word_body_is_echoed_only_where_the_ner_read_it_as_a_peoples() -> None:
    doc = spacy.blank("en")("Bakura claimed the raid. A senior Bakura finance official fled. Bakura denied it.")
    doc.ents = [spacy.tokens.Span(doc, 7, 8, label="NORP")]
    added = [f"{m.start}:{m.text}" for m in echoed_names(doc, [_mention(doc, 0, 1)]) if m.start != 0]
    assert added == ["7:Bakura"], added


def test_a_one_word_body_left_untagged_before_a_roles_noun_is_echoed() -> None:
    doc = spacy.blank("en")("Bakura claimed the raid. Bakura military spokesman Ali Musa said Bakura fighters left.")
    added = [f"{m.start}:{m.text}" for m in echoed_names(doc, [_mention(doc, 0, 1)]) if m.start != 0]
    assert added == ["5:Bakura", "11:Bakura"], added

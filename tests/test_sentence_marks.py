"""Marks inside a line: a comma or a semicolon right after a word closes a clause and starts no sentence, whatever
the parser would cut (loaders/mid_line_words.py, on a blank pipeline: the component alone)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from loaders.mid_line_words import keep_mid_line_words_in_sentences


def _marked(words: list[str], spaces: list[bool]) -> dict[str, bool | None]:
    """Each token's ``is_sent_start`` after the component, every token first set as a sentence's start."""
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, sent_starts=[True] * len(words))
    return {f"{i}:{t.text}": t.is_sent_start for i, t in enumerate(keep_mid_line_words_in_sentences(doc))}


def test_a_comma_after_a_dateline_s_town_starts_no_sentence() -> None:
    marked = _marked(["MANGO", ",", "Togo", ",", "March", "3", "-"], [False, True, False, True, True, True, False])
    assert marked["1:,"] is False, marked
    assert marked["3:,"] is False, marked


def test_a_comma_after_a_line_break_is_left_to_the_parser() -> None:
    marked = _marked(["Mango", "\n\n", ",", "Togo"], [False, False, True, False])
    assert marked["2:,"] is True, marked

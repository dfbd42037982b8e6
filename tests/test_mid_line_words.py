"""Sentence boundaries set before the parser: a word in the middle of a line starts no sentence when nothing that
ends one stands before it (a headline is read as one sentence, a long name is not cut in two), and a line that ends
with a sentence's end mark ends its sentence. Sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.nlp import load_nlp

pytestmark = pytest.mark.model


def sentences(text: str) -> list[str]:
    """The sentences the pipeline reads in ``text``, without their spaces."""
    return [s.text.strip() for s in load_nlp()(text).sents]


def test_a_headline_is_one_sentence() -> None:
    found = sentences("Title\n\nGunmen raid Kidal as UN troops prepare to leave the north\n\nGunmen attacked the town.")
    assert "Gunmen raid Kidal as UN troops prepare to leave the north" in found, found


def test_a_long_name_is_not_cut_in_two() -> None:
    found = sentences("Officials are designating Harakat Ansar Allah al-Awfiya and its commander as terrorists.")
    assert len(found) == 1, found


def test_a_lowercase_item_after_a_line_break_is_left_to_the_parser() -> None:
    text = "Its attacks include:\n\nthe Westgate siege;\nthe Garissa massacre."
    starts = [t.text for t in load_nlp()(text) if t.is_sent_start]
    assert "Its" in starts and "Westgate" not in starts and "Garissa" not in starts, starts


def test_a_line_ending_with_a_question_mark_ends_its_sentence() -> None:
    found = sentences(
        "Who are the Sahel Front?\nOrigins: The group was founded in 2012 by former members of Ansar Dine who broke "
        "with the movement."
    )
    assert found[0] == "Who are the Sahel Front?", found

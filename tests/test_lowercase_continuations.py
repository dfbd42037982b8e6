"""A lowercase word in the middle of a line starts no sentence: a headline is read as one sentence, not cut after
its first word. Sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.nlp import load_nlp

pytestmark = pytest.mark.model


def test_a_headline_is_one_sentence() -> None:
    text = "Title\n\nGunmen raid Kidal as UN troops prepare to leave the north\n\nGunmen attacked the town."
    sentences = [s.text.strip() for s in load_nlp()(text).sents]
    assert "Gunmen raid Kidal as UN troops prepare to leave the north" in sentences, sentences


def test_a_lowercase_item_after_a_line_break_is_left_to_the_parser() -> None:
    text = "Its attacks include:\n\nthe Westgate siege;\nthe Garissa massacre."
    starts = [t.text for t in load_nlp()(text) if t.is_sent_start]
    assert "Its" in starts and "Westgate" not in starts and "Garissa" not in starts, starts

"""Prepositions joined before one object share it (`loaders/syntax.py`, ``prep_objects``): "the Security Belt in and
around Aden" is based in Aden, as "the group in Aden" is; "fighters in and around X". Each on sentences written for
its test, the rules alone."""

from __future__ import annotations

import pytest
from conftest import links_by_name

from loaders.nlp import load_nlp
from loaders.syntax import prep_objects

pytestmark = pytest.mark.model


def test_in_and_around_share_their_object() -> None:
    doc = load_nlp()("The Security Belt in and around Aden was trained by the UAE.")
    assert [t.text for t in prep_objects(doc[2], {"in"})] == ["Aden"]
    assert [t.text for t in prep_objects(doc[2], {"around"})] == ["Aden"]


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        ("The Security Belt in and around Aden was trained by the UAE.", "Security Belt Forces", "Aden"),
        ("The Kivu Front has fighters in and around Masisi.", "Kivu Front", "Masisi"),
        ("The Kivu Front in and near Masisi lost ground.", "Kivu Front", "Masisi"),
    ],
)
def test_a_group_in_and_around_a_place_is_based_there(text: str, group: str, place: str) -> None:
    assert (group, "BASED_IN", place) in links_by_name(text)

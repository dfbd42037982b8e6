"""A footnote's superscript mark is a word of its own, not part of the name after it (loaders/footnote_marks.py); each
on sentences written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def _names(text: str) -> dict[str, str]:
    return {d["name"]: d["label"] for _, d in graph_of(text).g.nodes(data=True)}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "The Kordo Front was founded by Ali Umbra Daleh after the court struck down the 2008 Memorandum of "
            "Agreement on Ancestral Domain (MOA-AD).¹ Daleh, a cleric, announced a new armed group in 2010.",
            "Ali Umbra Daleh",
        ),
        ("The truce collapsed in 2008.² Omar Nuri, a former commander, formed a faction of his own.", "Omar Nuri"),
        ("Talks broke down over the Kivu accord (KA)³ and Jean Mulamba walked out of the room.", "Jean Mulamba"),
    ],
)
def test_a_footnote_mark_joins_no_name(text: str, person: str) -> None:
    names = _names(text)
    assert names.get(person) == "Person", names
    assert not [n for n in names if any(mark in n for mark in "¹²³")], names

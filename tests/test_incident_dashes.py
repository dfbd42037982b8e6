"""An incident's names never run past a dash set apart by spaces, a break between two phrases ("the attack at Dori
airport - AUGUST 26, 2021" is "the attack at Dori airport"), where a hyphen inside a word stays. Sentences written for
these tests (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def aliases(text: str) -> set[str]:
    """Every name of every Event."""
    return {a for _, d in graph_of(text).g.nodes(data=True) if d["label"] == "Event" for a in d["aliases"]}


def test_a_name_stops_at_a_spaced_dash() -> None:
    found = aliases("Timeline: the attack at Dori airport - AUGUST 26, 2021\n\nGunmen stormed the terminal.")
    assert "attack at Dori airport" in found, found
    assert not [a for a in found if " - " in a], found


def test_a_clause_name_stops_at_a_spaced_dash() -> None:
    text = "The army's crackdown on the Kamsar Brigade after the ambush - mass arrests - alarmed rights groups in Dori."
    found = aliases(text)
    assert "The army's crackdown on the Kamsar Brigade after the ambush" in found, found
    assert not [a for a in found if "mass arrests" in a], found

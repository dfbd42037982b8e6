""" "The group has claimed no attacks outside X": an incident noun under a determiner that denies it names no
incident, so no place, author or target. Sentences written for these tests (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


def test_no_attacks_claimed_is_no_incident() -> None:
    found = links_by_name("The Kanuri Liberation Front has claimed no attacks outside Borno state since 2019.")
    assert not any(t in {"OCCURRED_AT", "BLAMED_FOR"} for _, t, _ in found), found


def test_attacks_claimed_are_an_incident() -> None:
    found = links_by_name("The Kanuri Liberation Front claimed two attacks in Borno state in March.")
    assert any(t == "BLAMED_FOR" and s == "Kanuri Liberation Front" for s, t, _ in found), found

""" "Launched rockets at X", "missiles were launched towards Y" tell an attack; "launched a long march from X" and
"fired its commander" launch no weapon and tell none. Sentences written for these tests (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "In October 2021, the party launched a long march from Lahore toward Islamabad, demanding his release.",
        "In March 2022, the movement fired its commander in Lahore after a dispute over money.",
    ],
)
def test_a_launch_of_no_weapon_is_no_incident(text: str) -> None:
    found = links_by_name(text)
    assert not any(t == "OCCURRED_AT" for _, t, _ in found), found


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("On Monday the militants launched rockets at Sderot from Gaza.", "Sderot"),
        ("On Saturday night the militia launched dozens of drones at a base in Erbil.", "Erbil"),
    ],
)
def test_weapons_launched_at_a_town_are_an_incident_there(text: str, town: str) -> None:
    found = links_by_name(text)
    assert any(t == "OCCURRED_AT" and o == town for _, t, o in found), found

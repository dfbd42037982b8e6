"""A state's possessive on an incident named after a place: where it happened when the place lies in the state, who
did it when the place lies elsewhere, each construction on a sentence written for its test."""

from __future__ import annotations

import pytest
from conftest import links_of

pytestmark = pytest.mark.model


def test_a_state_whose_place_names_the_incident_is_where_it_happened_not_its_author() -> None:
    found = links_of("Analysts asked who was behind Nigeria's Maiduguri bombings.")
    assert not any(s == "nigeria" and t == "BLAMED_FOR" for s, t, o in found), found
    assert ("maiduguri", "LOCATED_IN", "nigeria") in found, found


def test_a_state_whose_possessive_names_an_incident_in_another_state_did_it_there() -> None:
    found = links_of("Israel's Beirut strike killed a senior commander.")
    assert any(s == "israel" and t == "BLAMED_FOR" for s, t, o in found), found
    assert ("beirut", "LOCATED_IN", "israel") not in found, found

""" "Officials blamed X and Y for the protests": a blame whose blamed carry a phrase of what they are blamed for is
for that, no incident, and not for the incident the page told last ("Officials blamed X." is). Sentences written
for these tests (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model

STRIKE = "Gunmen attacked a police post in Wajir on Sunday. "


def test_blamed_for_something_else_is_not_blamed_for_the_incident_told_last() -> None:
    found = links_by_name(
        STRIKE + "Kenyan officials have blamed Somalia, Ethiopia and exiled opposition groups for the protests, which "
        "have spread to dozens of towns."
    )
    assert not any(t == "BLAMED_FOR" for _, t, _ in found), found


def test_a_bare_blame_is_for_the_incident_told_last() -> None:
    found = links_by_name(STRIKE + "Kenyan officials blamed the Jubaland Freedom Front.")
    assert ("Jubaland Freedom Front", "BLAMED_FOR", "Wajir attack") in found, found


def test_a_place_phrase_of_the_one_blamed_leaves_the_blame_bare() -> None:
    found = links_by_name(
        STRIKE + "Kenyan officials blamed the Islamic Front in Somalia, an umbrella for armed groups."
    )
    assert ("Islamic Front", "BLAMED_FOR", "Wajir attack") in found, found

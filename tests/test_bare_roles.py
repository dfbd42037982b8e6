""" "X, a senior commander, was killed", "the acting emir X", "top military commander X": a role with no body of its
own is held in the one armed group named in its sentence or the two before, and in none when another armed group or a
state's force is named there too. Each construction on sentences written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_of

pytestmark = pytest.mark.model

RAID = "The Kanuri Liberation Front raided a police post in Gashua on Friday. "


@pytest.mark.parametrize(
    ("text", "link"),
    [
        (RAID + "Musa Bello, a senior commander, said the fighters had withdrawn.", "MEMBER_OF"),
        (RAID + "Drones later killed top military commander Musa Bello near the border.", "MEMBER_OF"),
        (RAID + "Prosecutors say the acting emir Musa Bello was arrested in 2019.", "LEADS"),
        (RAID + "The group says its aims are political. Musa Bello was also a commander.", "MEMBER_OF"),
    ],
)
def test_a_bare_role_is_held_in_the_one_armed_group_named_before(text: str, link: str) -> None:
    found = links_of(text)
    assert ("musa-bello", link, "kanuri-liberation-front") in found, found


@pytest.mark.parametrize(
    "text",
    [
        RAID + "The Zamfara Defence Militia also fought there. Musa Bello, a senior commander, was killed.",
        RAID + "The army said Musa Bello, a senior commander, was killed.",
        RAID + "Musa Bello, an army commander, said the fighters had withdrawn.",
        RAID + "Musa Bello, a Nigerian commander, said the fighters had withdrawn.",
        RAID + "Officials said the strike had killed a militant named Musa Bello.",
        "Musa Bello, a senior commander, said the fighters had withdrawn.",
    ],
)
def test_a_bare_role_beside_a_rival_or_a_force_or_with_a_body_of_its_own_names_no_group(text: str) -> None:
    found = links_of(text)
    assert not any(s == "musa-bello" and o == "kanuri-liberation-front" for s, _, o in found), found

"""A body told to act or stand "under" a person is led by him ("Under X, the group ...", "the party under X"), unless
the bodies merge under him or he heads a state ("created under President X"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


def test_a_group_acting_under_a_person_is_led_by_him() -> None:
    found = links_by_name(
        "The Northern Liberation Front was founded in 2009 in the hills near Kidal. Under Tarek Hadid, the group "
        "carried out a wave of attacks on army posts."
    )
    assert ("Tarek Hadid", "LEADS", "Northern Liberation Front") in found, found


def test_a_movement_acting_under_a_persons_leadership_is_led_by_him() -> None:
    found = links_by_name(
        "The Popular Renewal Movement was founded in 1998. Under Salim Haddad's leadership, the movement won ten "
        "seats in the 2019 election."
    )
    assert ("Salim Haddad", "LEADS", "Popular Renewal Movement") in found, found


def test_groups_merging_under_a_person_are_not_led_by_him() -> None:
    found = links_by_name("The Red Brigade and the Desert Falcons Battalion merged under Tarek Hadid in 2017.")
    assert not any(k == "LEADS" and o in {"Red Brigade", "Desert Falcons Battalion"} for _, k, o in found), found


def test_a_body_created_under_a_head_of_state_is_not_led_by_him() -> None:
    found = links_by_name("The Village Defence Volunteers were created by law in 2020 under President Karim Ouedraogo.")
    assert not any(k == "LEADS" and "Village Defence" in o for _, k, o in found), found

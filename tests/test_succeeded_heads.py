"""Who succeeded whom, read once the page's heads are known: the one succeeded led what his successor leads in the same
sentence ("X, president of Y, when he succeeded Z"; "Z was succeeded by X, who leads the group"), and a head's
predecessor named beside him leads his state. Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


def test_the_one_a_president_succeeded_led_his_state() -> None:
    found = links_by_name(
        "The siege was the first major attack in the capital since President Abdi Warsame Farah of Somalia took "
        "office in May, succeeding Ahmed Yusuf Gedi."
    )
    assert ("Ahmed Yusuf Gedi", "LEADS", "Somalia") in found, found


def test_the_one_a_party_leader_succeeded_in_the_post_led_the_party() -> None:
    found = links_by_name(
        "The National Renewal Party is led by its chairman, Omar Khalidi, who succeeded Samir Haddad in the post "
        "in 2021."
    )
    assert ("Samir Haddad", "LEADS", "National Renewal Party") in found, found


def test_a_heads_predecessor_named_beside_him_led_his_state() -> None:
    found = links_by_name(
        "President Daniel Okafor of Nigeria sent troops to the north in March, reversing a withdrawal ordered by "
        "his predecessor, Samuel Adeyemi."
    )
    assert ("Samuel Adeyemi", "LEADS", "Nigeria") in found, found


def test_a_successor_to_a_ministers_post_named_after_as_is_not_read_here() -> None:
    found = links_by_name(
        "Omar Khalidi, who leads the National Renewal Party, succeeded Samir Haddad as finance minister."
    )
    assert ("Samir Haddad", "LEADS", "National Renewal Party") not in found, found

"""A group's own insurgency or rebellion in a place places the group there (``BASED_IN`` nouns of
``seeds/relations.yaml``)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


def test_a_group_s_insurgency_in_a_country_places_it_there() -> None:
    links = links_by_name("Al-Shabaab's insurgency in Somalia has lasted more than 15 years, officials said.")
    assert ("al-Shabaab", "BASED_IN", "Somalia") in links, links


def test_a_group_s_rebellion_in_a_province_places_it_there() -> None:
    text = "The Kivu Liberation Front (KLF) said on Monday that its rebellion in Maniema province would go on."
    links = links_by_name(text)
    assert ("Kivu Liberation Front", "BASED_IN", "Maniema") in links, links


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        ("Drones hit the Lions Front's command centre in Karbala before dawn on Tuesday.", "Lions Front", "Karbala"),
        ("Investigators traced the cash to a Sentinel Front logistics hub in Gao.", "Sentinel Front", "Gao"),
        ("The Sentinel Front tightened its grip on Kidal after the army withdrew.", "Sentinel Front", "Kidal"),
    ],
)
def test_a_group_s_centre_or_hub_in_a_place_or_its_grip_on_one_places_it_there(
    text: str, group: str, place: str
) -> None:
    links = links_by_name(text)
    assert (group, "BASED_IN", place) in links, links

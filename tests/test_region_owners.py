"""An organisation based in a region named "of" a wider place is based in that place too ("based in the Lake Chad
region of northeastern Nigeria": Nigeria); an organisation a state's possessive describes by what it is ("Syria's
state news agency SANA") is based in that state, not one its possessive calls a proxy or an affiliate."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        ("The Sentinel Front is based in the Tibesti region of northern Chad.", "Sentinel Front", "Chad"),
        ("Al-Shabaab remains active in the Gedo area of Somalia and eastern Kenya.", "al-Shabaab", "Kenya"),
        ("Al-Shabaab remains active in the Gedo area of Somalia and eastern Kenya.", "al-Shabaab", "Somalia"),
        ("The Sentinel Front operates in the Tibesti region of Chad.", "Sentinel Front", "Chad"),
    ],
)
def test_a_region_s_wider_place_places_the_organisation_too(text: str, group: str, place: str) -> None:
    assert (group, "BASED_IN", place) in links_by_name(text), links_by_name(text)


def test_a_region_named_by_its_own_place_adds_no_wider_one() -> None:
    links = links_by_name("The Sentinel Front is based in the region of Tibesti, near the border with Libya.")
    assert ("Sentinel Front", "BASED_IN", "Libya") not in links, links


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        ("Syria's state news agency SANA reported the strike.", "SANA", "Syria"),
        ("Russia's mercenary group Wagner sent more fighters.", "Wagner Group", "Russia"),
    ],
)
def test_a_state_s_possessive_describing_an_organisation_places_it(text: str, group: str, place: str) -> None:
    assert (group, "BASED_IN", place) in links_by_name(text), links_by_name(text)


def test_a_state_s_proxy_is_not_based_in_the_state() -> None:
    links = links_by_name("Iran's proxy group Hezbollah fired rockets at the border.")
    assert ("Hezbollah", "BASED_IN", "Iran") not in links, links


@pytest.mark.parametrize("noun", ["consultancy", "charity", "foundation", "institute"])
def test_a_described_body_based_in_a_city_is_placed_there(noun: str) -> None:
    links = links_by_name(f"Kingston Holding is a {noun} based in Paris.")
    assert ("Kingston Holding", "BASED_IN", "Paris") in links, links


def test_a_described_group_in_a_region_of_a_state_is_in_the_state() -> None:
    links = links_by_name("The Sentinel Front, an armed group in the Tibesti region of Chad, denied it.")
    assert ("Sentinel Front", "BASED_IN", "Chad") in links, links


def test_a_province_a_region_lies_in_is_left_to_the_place_rules() -> None:
    links = links_by_name("The Sentinel Front has set up outposts in the Zouar area of Tibesti province.")
    assert ("Sentinel Front", "BASED_IN", "Tibesti") not in links, links

"""Places and bases read from session 49's constructions: a base's place named one phrase deeper ("from strongholds in
the forests of X"), a group a state's word describes and a verb of naming names ("a Chadian group called X"), the
groups listed after a state's fighters, the places a state's region noun names after "of" ("the Mexican states of A
and B"), and a capital set beside a site's name (each on a sentence written for its test, the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The Tansa Liberation Front operates largely from strongholds in the forests of Kanduri.",
        "The Tansa Liberation Front operates from bases in the hill districts of Kanduri, Belmo and Sarat.",
    ],
)
def test_a_base_s_place_named_one_phrase_deeper_places_the_group(text: str) -> None:
    links = links_by_name(text)
    assert ("Tansa Liberation Front", "BASED_IN", "Kanduri") in links, links


def test_a_base_s_place_noun_that_names_no_place_places_the_group_nowhere() -> None:
    links = links_by_name("The Tansa Liberation Front operates from strongholds in the forests.")
    assert not {link for link in links if link[1] == "BASED_IN"}, links


@pytest.mark.parametrize(
    "text",
    [
        "The bombing was the work of a Chadian group called the Tansa Liberation Front.",
        "The bombing was the work of a little-known Chadian group he called the Tansa Liberation Front.",
    ],
)
def test_a_group_a_state_s_word_describes_and_a_verb_of_naming_names_is_based_in_the_state(text: str) -> None:
    links = links_by_name(text)
    assert ("Tansa Liberation Front", "BASED_IN", "Chad") in links, links


def test_the_groups_listed_after_a_state_s_fighters_are_based_in_the_state() -> None:
    links = links_by_name("Abu Dhabi funds thousands of Yemeni fighters, including the Tansa Brigades.")
    assert ("Tansa Brigades", "BASED_IN", "Yemen") in links, links


def test_a_group_active_in_a_state_s_regions_of_places_is_based_in_the_state() -> None:
    links = links_by_name("The Tansa Cartel operates primarily in the Mexican states of Tamaulipas and Sonora.")
    assert ("Tansa Cartel", "BASED_IN", "Mexico") in links, links


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        ("The Tansa Front is active in the Indian state of Manipur.", "Tansa Front", "Manipur"),
        ("The Tansa Cartel operates in the Mexican state of Sinaloa.", "Tansa Cartel", "Sinaloa"),
        ("Al-Shabaab is active in Kenya's counties of Lamu and Garissa.", "al-Shabaab", "Garissa"),
    ],
)
def test_a_group_active_in_a_state_s_region_of_a_place_is_based_in_the_place(text: str, group: str, place: str) -> None:
    links = links_by_name(text)
    assert (group, "BASED_IN", place) in links, links


def test_a_capital_set_beside_a_site_s_name_is_the_city() -> None:
    links = links_by_name("Talks opened at the Tansa Palace Hotel, Caracas, on 24 June.")
    assert ("Tansa Palace Hotel", "LOCATED_IN", "Caracas") in links, links
    assert ("Tansa Palace Hotel", "LOCATED_IN", "Venezuela") not in links, links


def test_the_places_of_a_list_joined_by_and_lie_in_the_place_set_beside_the_last() -> None:
    links = links_by_name("Gunfire echoed between Chiyah and Ain el-Remmaneh, Beirut, on Thursday.")
    assert {("Chiyah", "LOCATED_IN", "Beirut"), ("Ain el-Remmaneh", "LOCATED_IN", "Beirut")} <= links, links


def test_places_named_by_a_place_noun_listed_after_names_place_the_group_too() -> None:
    links = links_by_name("The Tansa Front has spread from Mali into Niger and the northern fringes of Benin and Togo.")
    assert {("Tansa Front", "BASED_IN", state) for state in ("Niger", "Benin", "Togo")} <= links, links


@pytest.mark.parametrize(
    ("text", "site", "place"),
    [
        ("Soldiers took position near the Velmor roundabout in Kanduri.", "Velmor", "Kanduri"),
        ("The truck bomb exploded at the Velmor intersection in Kanduri.", "Velmor", "Kanduri"),
    ],
)
def test_a_site_named_before_its_noun_lies_in_the_place_after_in(text: str, site: str, place: str) -> None:
    links = links_by_name(text)
    assert (site, "LOCATED_IN", place) in links, links


def test_names_listed_before_the_plural_of_a_division_are_places() -> None:
    links = links_by_name("The Kanduri Front, an armed group in Velmor and Tansa states, killed 15 villagers.")
    assert {("Kanduri Front", "BASED_IN", "Velmor"), ("Kanduri Front", "BASED_IN", "Tansa")} <= links, links


def test_places_listed_with_other_towns_around_a_place_lie_there() -> None:
    links = links_by_name(
        "The gangs have pushed into Velmor, Tansa and other towns around the capital, Port-au-Prince."
    )
    assert {("Velmor", "LOCATED_IN", "Port-au-Prince"), ("Tansa", "LOCATED_IN", "Port-au-Prince")} <= links, links

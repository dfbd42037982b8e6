"""An unknown organisation's kind from the words of its name, each on a sentence written for its test."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def kinds(text: str) -> dict[str, str | None]:
    """Each organisation's name with its kind."""
    return {d["name"]: d.get("kind") for _, d in graph_of(text).g.nodes(data=True) if d["label"] == "Organization"}


def test_a_states_armed_forces_are_military_and_a_groups_forces_armed() -> None:
    found = kinds("The Gambian Armed Forces clashed with the Casamance Liberation Forces near Bignona on Monday.")
    assert found["Gambian Armed Forces"] == "military"
    assert found["Casamance Liberation Forces"] == "armed_group"


def test_a_russian_military_district_is_a_military_body_not_a_place() -> None:
    kg = graph_of("Sergei Shoigu visited the Southern Military District headquarters in Rostov-on-Don on Monday.")
    assert kg.g.nodes["southern-military-district"]["label"] == "Organization"
    assert kg.g.nodes["southern-military-district"]["kind"] == "military"


def test_a_name_before_a_noun_of_fighters_is_an_armed_group_that_the_militia_stands_for() -> None:
    text = (
        "Fighting broke out in Bor on Monday between Nyarak fighters and the army. "
        "The militia's commander, Peter Lual, was wounded."
    )
    kg = graph_of(text)
    assert kg.g.nodes["nyarak"]["kind"] == "armed_group"
    assert kg.g.has_edge("peter-lual", "nyarak", "LEADS")


def test_a_name_in_apposition_with_a_jihadist_outfit_is_an_armed_group() -> None:
    found = kinds("Kasumba Vibe, a jihadist outfit based in the hills, claimed the attack on Monday.")
    assert found["Kasumba Vibe"] == "armed_group"


def test_names_listed_after_gangs_such_as_are_armed_groups() -> None:
    found = kinds("Armed gangs such as Ti Zoro and Kokorat control much of the capital.")
    assert found["Ti Zoro"] == found["Kokorat"] == "armed_group"


def test_a_charity_group_stays_of_no_kind() -> None:
    found = kinds("The Harmon Foundation, a charity group, delivered food to the displaced in Bor on Monday.")
    assert found["Harmon Foundation"] == "other"


def test_a_national_police_is_a_states_force_whose_attack_is_kept() -> None:
    kg = graph_of("The Haitian National Police attacked the Ti Zoro gang in Port-au-Prince on Monday.")
    assert kg.g.nodes["haitian-national-police"]["kind"] == "military"
    assert kg.g.has_edge("haitian-national-police", "ti-zoro-gang", "ATTACKED")


def test_a_states_numbered_brigades_and_divisions_are_military_and_a_wire_service_media() -> None:
    found = kinds(
        "The 161st Mechanised Brigade and the 9th Infantry Division held the line near Avdiivka, the Steppe Wire "
        "Service reported on Monday."
    )
    assert found["161st Mechanised Brigade"] == found["9th Infantry Division"] == "military"
    assert found["Steppe Wire Service"] == "media"

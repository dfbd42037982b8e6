"""States whose troops make up a force or a mission: "X, a unit made up of A and B troops", "The mission, made up of
troops from A and B", "The mission draws soldiers from A and B" make each state AFFILIATED_WITH the body.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import links_of

pytestmark = pytest.mark.model


def _affiliated(text: str) -> set[tuple[str, str]]:
    """Each AFFILIATED_WITH link (symmetric) both ways round."""
    found = {(s, o) for s, k, o in links_of(text) if k == "AFFILIATED_WITH"}
    return found | {(o, s) for s, o in found}


def test_a_unit_made_up_of_states_troops_has_each_state() -> None:
    found = _affiliated(
        "The rebels were pushed back by the Joint Border Brigade, a unit of the UN mission MINUSMA made up of "
        "Ghanaian, Senegalese and Nigerien troops."
    )
    brigade = {o for s, o in found if "brigade" in o and "brigade" not in s}
    assert brigade, found
    assert {s for s, o in found if o in brigade} >= {"ghana", "senegal", "niger"}, found


def test_the_mission_made_up_of_troops_from_states_is_the_mission_named_before() -> None:
    found = _affiliated(
        "The Southern African Development Community sent its own force, the SADC Mission in Mozambique (SAMIM), in "
        "2021. The mission, made up of troops from Botswana, Lesotho and Angola, was based in Pemba."
    )
    assert {("botswana", "samim"), ("lesotho", "samim"), ("angola", "samim")} <= found, found


def test_a_mission_that_draws_soldiers_from_states() -> None:
    found = _affiliated(
        "The UN Mission in South Sudan (UNMISS) protects the camps. The mission draws soldiers from Rwanda, India "
        "and Nepal, and it patrols the roads."
    )
    assert {("rwanda", "unmiss"), ("india", "unmiss"), ("nepal", "unmiss")} <= found, found


def test_troops_made_of_another_states_people_only_is_no_composition() -> None:
    found = _affiliated("The Joint Border Brigade, made of steel and glass, stood near Ghanaian troops.")
    assert not any(s == "ghana" for s, _ in found), found


def test_the_force_stands_for_the_mission_named_before() -> None:
    found = _affiliated(
        "The African Union Transition Mission in Somalia (ATMIS) has been handing bases to the army. The force draws "
        "soldiers from Uganda and Djibouti, and it guards the airport."
    )
    assert {("uganda", "atmis"), ("djibouti", "atmis")} <= found, found

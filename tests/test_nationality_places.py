"""A state named only by the demonym on a noun of people is their nationality, not where a group is based, nor the
state acting when they are fighters or commanders; each sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The Free Caucasus Battalion, formed in 2023 from Georgian soldiers who defected, fights alongside Ukraine.",
        "The Free Caucasus Battalion, formed in 2023 from Chechen exiles and Georgian volunteers, fights for Ukraine.",
    ],
)
def test_a_group_formed_from_a_states_people_is_not_based_in_the_state(text: str) -> None:
    found = links_of(text)
    assert ("free-caucasus-battalion", "BASED_IN", "georgia") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Free Caucasus Battalion was formed in Georgia in 2023.",
        "The Free Caucasus Battalion operates in Georgian territory.",
    ],
)
def test_a_state_named_or_its_territory_still_places_the_group(text: str) -> None:
    found = links_of(text)
    assert ("free-caucasus-battalion", "BASED_IN", "georgia") in found, found


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Uzbek fighters attacked the Taliban outside Mazar last spring.", "uzbekistan"),
        ("The front was a loose alliance of Tajik commanders that fought the Taliban for years.", "tajikistan"),
        ("Several Afghan commanders fought the Taliban in the valley.", "afghanistan"),
    ],
)
def test_a_peoples_name_on_fighters_or_commanders_is_not_the_state_acting(text: str, state: str) -> None:
    found = links_of(text)
    assert not {link for link in found if link[0] == state}, found


def test_a_states_troops_named_by_its_demonym_still_act_for_it() -> None:
    found = links_of("Uzbek troops shelled Taliban positions near the border on Monday.")
    assert ("uzbekistan", "ATTACKED", "taliban") in found, found

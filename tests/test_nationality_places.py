"""A state named only by the demonym on a noun of people is their nationality, not where a group is based; each
sentence written for its test (the rules alone)."""

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

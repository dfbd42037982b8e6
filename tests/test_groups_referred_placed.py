"""A definite group noun with a state's word ("the Somali group") that points back to an organisation named in an
earlier sentence places that organisation in the state; one named in the same sentence is another group."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        ("Al-Shabaab claimed the bombing. The Somali group has struck the town before.", "al-Shabaab", "Somalia"),
        ("Hezbollah fired rockets overnight. Nobody knows who will disarm the Lebanese group.", "Hezbollah", "Lebanon"),
    ],
)
def test_a_state_s_group_said_after_its_name_is_based_in_the_state(text: str, group: str, place: str) -> None:
    assert (group, "BASED_IN", place) in links_by_name(text), links_by_name(text)


def test_a_state_s_group_beside_another_name_in_its_sentence_does_not_place_that_one() -> None:
    links = links_by_name("Hezbollah hosts Hamas officials in Beirut and works with the Palestinian group closely.")
    assert ("Hezbollah", "BASED_IN", "Palestine") not in links, links


def test_a_state_s_group_set_beside_a_name_does_not_place_an_earlier_one() -> None:
    text = "JNIM claimed the raid. Mali then turned to the Wagner Group, the Russian mercenary outfit, for help."
    assert ("JNIM", "BASED_IN", "Russia") not in links_by_name(text), links_by_name(text)


def test_a_state_s_group_after_a_name_and_a_comma_does_not_place_an_earlier_one() -> None:
    text = (
        "JNIM claimed the raid. The junta expelled French forces and asked the mission to leave, turning instead to "
        "the Wagner Group, the Russian mercenary outfit whose fighters have since been folded into a new corps."
    )
    assert ("JNIM", "BASED_IN", "Russia") not in links_by_name(text), links_by_name(text)

"""A campaign against a group is fought where the group is: "operations against X in Y" bases X in Y (each on a
sentence written for its test, the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

from loaders.campaign_places import campaign_place_nouns

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army said it had intensified air and ground operations against the Ansaru armed group in Zamfara "
            "and Katsina states.",
            {("Ansaru", "Zamfara"), ("Ansaru", "Katsina")},
        ),
        (
            "Government forces stepped up operations against the Allied Democratic Forces (ADF) in Ituri province "
            "this week.",
            {("Allied Democratic Forces", "Ituri")},
        ),
    ],
)
def test_a_campaign_against_a_group_places_the_group(text: str, expected: set[tuple[str, str]]) -> None:
    links = links_by_name(text)
    based = {(s, o) for s, t, o in links if t == "BASED_IN"}
    assert expected <= based, links


def test_a_campaign_against_a_state_places_no_one() -> None:
    links = links_by_name("The Ansaru armed group waged a campaign against Nigeria in Zamfara state.")
    assert ("Nigeria", "BASED_IN", "Zamfara") not in links, links


def test_the_campaign_nouns_are_seed_data() -> None:
    assert {"operation", "offensive"} <= campaign_place_nouns()

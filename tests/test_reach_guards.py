"""Phrases that reach a body without placing it or giving it a member: a gathering's venue, a standing with it."""

from __future__ import annotations

import pytest
from test_real_text import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Envoys attended an emergency meeting of the Sentinel Front in Gao on Sunday.",
        "Diplomats said a summit of the Sentinel Front in Gao would open on Friday.",
    ],
)
def test_a_gathering_of_a_body_in_a_place_does_not_base_the_body_there(text: str) -> None:
    assert ("sentinel-front", "BASED_IN", "gao") not in triples(text), triples(text)


def test_a_body_in_a_place_without_a_gathering_is_still_based_there() -> None:
    text = "Fighters of the Sentinel Front in Kidal attacked the convoy."
    assert ("sentinel-front", "BASED_IN", "kidal") in triples(text), triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Abu Karim had long been seen as one of the few senior commanders on good terms with the Sentinel Front.",
        "Abu Karim was one of the few commanders at odds with the Sentinel Front.",
    ],
)
def test_a_body_reached_through_a_standing_is_no_body_of_the_role(text: str) -> None:
    assert ("abu-karim", "MEMBER_OF", "sentinel-front") not in triples(text), triples(text)


def test_one_of_a_body_s_commanders_is_still_its_member() -> None:
    text = "Abu Karim, one of the senior commanders of the Sentinel Front, was killed."
    assert ("abu-karim", "MEMBER_OF", "sentinel-front") in triples(text), triples(text)

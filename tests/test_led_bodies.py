"""An organisation that leads a body, told by a hyphen, belongs to it (loaders/led_bodies.py). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "link"),
    [
        (
            "The TPLF-led Ethiopian People's Revolutionary Democratic Front governed Ethiopia from 1991.",
            ("Tigray People's Liberation Front", "MEMBER_OF", "Ethiopian People's Revolutionary Democratic Front"),
        ),
        (
            "The movement fought under the Red Falcon Brigade-led Northern Alliance from 2019.",
            ("Red Falcon Brigade", "MEMBER_OF", "Northern Alliance"),
        ),
        (
            "Fighters of the Red Falcon Brigade-headed Northern Alliance seized the town.",
            ("Red Falcon Brigade", "MEMBER_OF", "Northern Alliance"),
        ),
    ],
)
def test_an_organisation_before_led_and_a_hyphen_is_a_member_of_the_body_named(
    text: str, link: tuple[str, str, str]
) -> None:
    found = links_by_name(text)
    assert link in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Saudi-led coalition struck the Red Falcon Brigade.",
        "The Red Falcon Brigade-led attack on the army killed ten soldiers.",
        "The Hamas-led Gaza Health Ministry said 40 people were killed.",
        "The Northern Alliance, led by the Red Falcon Brigade, seized the town.",  # the verb is not read so
    ],
)
def test_a_state_s_coalition_an_act_a_state_body_or_the_verb_makes_no_member(text: str) -> None:
    found = links_by_name(text)
    assert not {link for link in found if link[1] == "MEMBER_OF"}, found

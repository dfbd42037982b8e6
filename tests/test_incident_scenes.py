"""The scene of an incident told after it ("Rescuers searched the rubble of the station in X after the bombing"): the
incident OCCURRED_AT X. Sentences written for these tests (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import named_links as links

pytestmark = pytest.mark.model

BLAST = "A car bomb exploded outside a police station in Mosul on Sunday, killing seven people, officials said.\n"
EVENT = "Mosul car bomb"


@pytest.mark.parametrize(
    "told",
    [
        "Rescuers searched the rubble of the station in Zuhur after the bombing.",
        "Photo: Residents inspect the wreckage of cars in Zuhur, a day after the blast.",
        "Firefighters cleared the debris in Zuhur following the explosion.",  # "following" read as a verb
        "Smoke rose over the ruins in Zuhur after the attack, witnesses said.",
        "The wreckage lay in Zuhur after the bombing.",
        "The scene of the bombing, in Zuhur, was sealed off.",
    ],
)
def test_the_scene_places_the_incident(told: str) -> None:
    placed = links(BLAST + told, "OCCURRED_AT")
    assert (EVENT, "Zuhur") in placed, placed


def test_the_scene_of_the_incident_the_sentence_names() -> None:
    """Two incidents told: the scene is of the one its "after" names, not the one told last."""
    text = BLAST + (
        "On Tuesday gunmen attacked a checkpoint in Tikrit, killing two soldiers. "
        "Rescuers searched the rubble in Zuhur after Sunday's bombing."
    )
    placed = links(text, "OCCURRED_AT")
    assert (EVENT, "Zuhur") in placed, placed
    assert ("Tikrit attack", "Zuhur") not in placed, placed


@pytest.mark.parametrize(
    "told",
    [
        "Workers cleared the rubble in Zuhur.",  # no incident named
        "Residents said the site of a planned school in Zuhur was empty.",  # a site, no incident
        "Rescuers searched the rubble in Zuhur, where buildings were destroyed in the 2017 battle.",  # not after it
        "Rescuers searched the rubble in Zuhur after the earthquake.",  # no incident
    ],
)
def test_no_scene_of_the_incident(told: str) -> None:
    placed = links(BLAST + told, "OCCURRED_AT")
    assert (EVENT, "Zuhur") not in placed, placed


SHOOTING = "Gunmen attacked the Santa Maria church in Istanbul on Sunday, killing one worshipper, officials said.\n\n"
CHURCH_ATTACK = "Santa Maria church attack"


@pytest.mark.parametrize(
    "caption",
    [
        "Photo: Security personnel stand guard near the church in Sariyer after Sunday's shooting. (AFP)",
        "Photo: Turkish police block the street leading to the church in Sariyer after the attack. (AFP)",
        "Photo: Forensic officers work outside a church in Sariyer following the shooting.",
        "Caption: Mourners lay flowers at the gate of a church in Sariyer, a day after the attack.",
    ],
)
def test_a_caption_after_the_incident_shows_its_scene(caption: str) -> None:
    placed = links(SHOOTING + caption, "OCCURRED_AT")
    assert (CHURCH_ATTACK, "Sariyer") in placed, placed


@pytest.mark.parametrize(
    "caption",
    [
        "Photo: Protesters rally in Sariyer after the attack. (AFP)",  # a gathering may be far from it
        "Photo: Relatives wait outside the morgue in Sariyer after the attack in Istanbul.",  # placed in its words
        "Police guard the church in Sariyer after the attack.",  # no caption
        "Photo: Police guard the church in Sariyer. (AFP)",  # after no incident
    ],
)
def test_no_scene_in_the_caption(caption: str) -> None:
    placed = links(SHOOTING + caption, "OCCURRED_AT")
    assert (CHURCH_ATTACK, "Sariyer") not in placed, placed


def test_no_scene_when_the_image_was_released_after_it() -> None:
    caption = "Photo: A burnt-out truck at a checkpoint in Sariyer, in an image released by the group after the attack."
    placed = links(SHOOTING + caption, "OCCURRED_AT")
    assert (CHURCH_ATTACK, "Sariyer") not in placed, placed


def test_the_wider_place_of_the_caption_is_left_out() -> None:
    caption = "Photo: Police guard the church in Sariyer, Thrace region, after Sunday's attack. (AFP)"
    placed = links(SHOOTING + caption, "OCCURRED_AT")
    assert (CHURCH_ATTACK, "Sariyer") in placed, placed
    assert (CHURCH_ATTACK, "Thrace") not in placed, placed

"""The incident a sanction is laid over ("the Treasury designated X for the bombing of Y", "X was sanctioned by the
EU over the attack", "imposed sanctions on X over the attack") blames the sanctioned for it, alleged
(loaders/sanctioned_deeds.py); not a sanction only told after the incident, denied, or laid for something else.
Sentences written for these tests (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model

BOMB = "A bomb hit the Gao market in 2019, killing 12 people. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The Treasury designated the Kalo Brigade for the 2019 bombing of the Gao market.",
        "The Kalo Brigade was sanctioned by the EU over the bombing of the Gao market.",
        "The EU imposed sanctions on the Kalo Brigade over the bombing of the Gao market.",
    ],
)
def test_the_sanctioned_are_blamed_for_the_incident_the_sanction_is_over(sentence: str) -> None:
    blamed = named_links(BOMB + sentence, "BLAMED_FOR")
    assert blamed == {("Kalo Brigade", "Gao bomb"): "alleged"}, blamed


def test_a_commander_sanctioned_over_an_offensive_alongside_another_is_blamed_for_it() -> None:
    blamed = named_links(
        "Gunmen attacked El Fasher on Friday. Gibril Musa was one of two RSF commanders sanctioned by the US Treasury "
        "in May over the offensive on El Fasher, alongside Osman Mohamed Hamid Mohamed.",
        "BLAMED_FOR",
    )
    assert blamed.get(("Osman Mohamed Hamid Mohamed", "El Fasher offensive")) == "alleged", blamed


@pytest.mark.parametrize(
    "sentence",
    [
        "The EU sanctioned the Kalo Brigade after the bombing of the Gao market.",
        "The EU did not sanction the Kalo Brigade over the bombing of the Gao market.",
        "The EU sanctioned the Kalo Brigade for its failure to stop the bombing of the Gao market.",
        "The Treasury designated the Kalo Brigade for its trade in gold mined near Gao.",
    ],
)
def test_a_sanction_not_laid_over_the_incident_blames_no_one(sentence: str) -> None:
    blamed = named_links(BOMB + sentence, "BLAMED_FOR")
    assert ("Kalo Brigade", "Gao bomb") not in blamed, blamed

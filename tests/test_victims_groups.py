"""The group an incident's dead belonged to, told after the incident ("The victims belonged to X", "Those killed were
members of X", "Among the dead were A and B, both members of X"): the incident TARGETED X; and the dead the parser
reads as the attribute of "were" ("Among the dead were police chief A"). Sentences written for these tests (the rules
alone)."""

from __future__ import annotations

import pytest
from conftest import named_links as links

pytestmark = pytest.mark.model

BLAST = "A suicide bomber struck a police station in Kunduz on Monday, killing nine people. "
PARTY = "Hazara Democratic Party"


@pytest.mark.parametrize(
    "told",
    [
        "The victims belonged to the Hazara Democratic Party.",
        "Those killed were members of the Hazara Democratic Party, its leader said.",
        "Police said the victims were supporters of the Hazara Democratic Party.",
        "Most of the dead were members of the Hazara Democratic Party.",
        "Among the dead were Ahmed Wali and Omar Safi, both senior members of the Hazara Democratic Party.",
        "Those killed included Ahmed Wali and Omar Safi, both members of the Hazara Democratic Party.",
        "Among the dead were members of the Hazara Democratic Party.",
    ],
)
def test_the_group_the_dead_belonged_to_was_targeted(told: str) -> None:
    targeted = links(BLAST + told, "TARGETED")
    assert ("Kunduz attack", PARTY) in targeted, targeted


@pytest.mark.parametrize(
    "told",
    [
        "Those killed included soldiers of the Afghan National Army.",
        "Those killed included two soldiers of the Afghan National Army and a journalist.",
    ],
)
def test_the_dead_included_people_of_a_force(told: str) -> None:
    targeted = links(BLAST + told, "TARGETED")
    assert ("Kunduz attack", "Afghan National Army") in targeted, targeted


def test_the_dead_named_by_their_employer_before_them() -> None:
    targeted = links(BLAST + "The dead were all Kabul Bank employees.", "TARGETED")
    assert ("Kunduz attack", "Kabul Bank") in targeted, targeted


@pytest.mark.parametrize(
    "told",
    [
        "The victims were not members of the Hazara Democratic Party, police said.",  # denied
        "Relatives of the dead were members of the Hazara Democratic Party.",  # the mourners, not the dead
        "The attackers were members of the Hazara Democratic Party.",  # the doers, not the dead
        "The victims were taken to a clinic run by the Hazara Democratic Party.",  # no belonging
    ],
)
def test_no_group_of_the_dead(told: str) -> None:
    assert all(o != PARTY for _, o in links(BLAST + told, "TARGETED"))


def test_the_group_goes_to_the_incident_told_last() -> None:
    text = (
        BLAST + "On Tuesday, gunmen attacked a bank in Herat, killing four. The victims were employees of Kabul Bank."
    )
    targeted = links(text, "TARGETED")
    assert ("Herat attack", "Kabul Bank") in targeted and ("Kunduz attack", "Kabul Bank") not in targeted, targeted


def test_the_dead_read_as_the_attribute_of_were() -> None:
    targeted = links(BLAST + "Among the dead were police chief Ahmed Wali and Governor Omar Safi.", "TARGETED")
    assert {("Kunduz attack", "Ahmed Wali"), ("Kunduz attack", "Omar Safi")} <= set(targeted), targeted


def test_no_dead_among_the_survivors() -> None:
    targeted = links(BLAST + "Among the survivors was police chief Ahmed Wali.", "TARGETED")
    assert ("Kunduz attack", "Ahmed Wali") not in targeted, targeted

"""The dead named again by the noun a toll counted them with ("killed two officers ... The officers were identified
as A and B", "The two men were killed ... The second man was identified as B", "killed seven officers ... named the
five other officers as C, D and E"): the incident TARGETED each one so named; not a doer, a suspect or someone not
harmed so named. Sentences written for these tests (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import named_links as links

pytestmark = pytest.mark.model

RAID = "Gunmen attacked a police post in Garissa on Monday, killing two officers. "
NAMED = {("Garissa attack", "Ahmed Karimov"), ("Garissa attack", "Yusuf Baig")}


@pytest.mark.parametrize(
    "text",
    [
        RAID + "The officers were identified as Ahmed Karimov and Yusuf Baig.",
        RAID + "The two officers were later named as Ahmed Karimov and Yusuf Baig by the county police.",
        RAID + "On Tuesday the police identified the officers as Ahmed Karimov and Yusuf Baig.",
        "Two officers were killed when gunmen attacked a police post in Garissa on Monday. The officers were "
        "identified as Ahmed Karimov and Yusuf Baig.",
        "Two officers died when gunmen attacked a police post in Garissa on Monday. The officers were identified as "
        "Ahmed Karimov and Yusuf Baig.",
    ],
)
def test_the_counted_dead_named_again(text: str) -> None:
    targeted = links(text, "TARGETED")
    assert set(targeted) >= NAMED, targeted


def test_one_of_the_counted_dead_named_by_an_ordinal() -> None:
    text = (
        "The two men were killed in a firefight on Saturday in Garissa. The second man was identified as Yusuf Baig, "
        "a member of the group since 2019."
    )
    targeted = links(text, "TARGETED")
    assert ("Garissa firefight", "Yusuf Baig") in targeted, targeted


def test_one_of_a_list_of_the_dead_named() -> None:
    text = (
        "Three Americans - one US serviceman and two contractors - were killed on Sunday when gunmen attacked the "
        "airfield at Manda Bay. The military identified the serviceman as Ahmed Karimov."
    )
    targeted = links(text, "TARGETED")
    assert ("Manda Bay attack", "Ahmed Karimov") in targeted, targeted


def test_the_other_dead_named_after_the_first() -> None:
    text = (
        "A strike on a building in Damascus on Monday killed seven officers. Iran named the first two as Ahmed "
        "Karimov and Yusuf Baig. The Guards named the five other officers as Omar Dahir, Ali Haidari and Reza Tabrizi."
    )
    targeted = links(text, "TARGETED")
    assert {("Damascus strike", "Omar Dahir"), ("Damascus strike", "Reza Tabrizi")} <= set(targeted), targeted


@pytest.mark.parametrize(
    "told",
    [
        "Police identified the gunman as Omar Dahir.",  # the doer, never counted among the dead
        "Police identified the suspects as Omar Dahir and Ali Haidari.",
        "Police named the new commander as Omar Dahir.",  # no one harmed so named
        "Police identified the two officers who arrested the suspects as Omar Dahir and Ali Haidari.",  # others
        "The officers were not identified, and police named Omar Dahir as the new chief.",
    ],
)
def test_no_dead_named(told: str) -> None:
    targeted = links(RAID + told, "TARGETED")
    assert not {o for _, o in targeted} & {"Omar Dahir", "Ali Haidari"}, targeted


@pytest.mark.parametrize(
    "text",
    [
        RAID + "The two officers, Ahmed Karimov and Yusuf Baig, had served in the county for a decade.",
        "Two officers were killed when gunmen ambushed a patrol near Garissa on Monday. The officers, Ahmed Karimov "
        "and Yusuf Baig, were buried on Tuesday.",
    ],
)
def test_the_counted_dead_named_beside_their_noun(text: str) -> None:
    targeted = links(text, "TARGETED")
    assert set(targeted) >= NAMED, targeted


def test_the_named_one_of_a_list_of_the_dead() -> None:
    text = (
        "Three Americans - one US serviceman and two contractors - were killed on Sunday when gunmen attacked the "
        "airfield at Manda Bay. The contractors, Bruce Tripp and Dustin Harris, worked for companies supporting the "
        "military."
    )
    targeted = links(text, "TARGETED")
    assert ("Manda Bay attack", "Bruce Tripp") in targeted, targeted


@pytest.mark.parametrize(
    "text",
    [
        RAID + "The gunmen, Omar Dahir and Ali Haidari, fled on foot.",  # the doers
        RAID + "The suspects, Omar Dahir and Ali Haidari, were arrested on Tuesday.",
        "Gunmen attacked a police post in Garissa on Monday. The officers, Omar Dahir and Ali Haidari, repelled the "
        "attack.",  # no officer counted among the dead
    ],
)
def test_no_dead_named_beside_a_noun(text: str) -> None:
    targeted = links(text, "TARGETED")
    assert not {o for _, o in targeted} & {"Omar Dahir", "Ali Haidari"}, targeted


DIED = "Iran said seven of its officers died in a strike on a building in Damascus on Monday. "
KILLED = "Seven officers were killed in a strike on a building in Damascus on Monday. "


@pytest.mark.parametrize(
    "text",
    [
        DIED + "They included Ahmed Karimov and Yusuf Baig.",
        KILLED + "Among them were Ahmed Karimov and Yusuf Baig.",
        KILLED + "They were identified as Ahmed Karimov and Yusuf Baig.",
    ],
)
def test_they_of_the_dead_just_told(text: str) -> None:
    targeted = links(text, "TARGETED")
    assert set(targeted) >= {("Damascus strike", "Ahmed Karimov"), ("Damascus strike", "Yusuf Baig")}, targeted


def test_no_they_of_the_doers() -> None:
    text = "Gunmen stormed a post in Garissa on Monday. Among them were Omar Dahir and Ali Haidari, police said."
    assert not {o for _, o in links(text, "TARGETED")} & {"Omar Dahir", "Ali Haidari"}

""" "A bomb hit the depot. Iran said it was not involved.": a passive verb of taking part with no phrase of its own is
about the incident told just before, and so is a part taken ("X said its fighters also took part.";
loaders/incident_parts.py); "X was to blame" lays the incident on X (loaders/blame_phrases.py); sentences written for
these tests (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model

BEFORE = "A car bomb exploded outside a police station in Tessalit on Monday, killing nine officers. "
GROUP = "Azawad Liberation Front"


def blamed_for(text: str) -> dict[str, str]:
    """Each actor blamed for an incident of the text, with the certainty of its link."""
    return {subject: certainty for (subject, _), certainty in named_links(text, "BLAMED_FOR").items()}


@pytest.mark.parametrize(
    ("sentence", "certainty"),
    [
        (f"The {GROUP} said it was not involved.", "negated"),
        (f"The {GROUP} denied that its fighters had been involved.", "negated"),
        (f"Prosecutors believe the {GROUP} was involved.", "alleged"),
    ],
)
def test_a_bare_part_is_in_the_incident_told_just_before(sentence: str, certainty: str) -> None:
    found = blamed_for(BEFORE + sentence)
    assert found.get(GROUP) == certainty, found


def test_a_part_in_something_else_is_in_no_incident() -> None:
    found = blamed_for(BEFORE + f"The {GROUP} said it was not involved in the peace talks.")
    assert GROUP not in found, found


def test_a_bare_part_paragraphs_on_is_in_the_pages_own_incident() -> None:
    found = blamed_for(BEFORE + f"The town has a market. Its mayor met traders. The {GROUP} said it was not involved.")
    assert found.get(GROUP) == "negated", found


def test_a_bare_part_after_another_incident_told_far_back_is_in_none() -> None:
    later = "An ambush near Aguelhok followed in May. The town has a market. Its mayor met traders. "
    found = blamed_for(BEFORE + later + f"The {GROUP} said it was not involved.")
    assert GROUP not in found, found


@pytest.mark.parametrize(
    "sentence",
    [f"Officials said the {GROUP} was to blame.", f"Officials said the {GROUP} was to blame for the bombing."],
)
def test_whoever_is_to_blame_is_blamed_for_the_incident(sentence: str) -> None:
    found = blamed_for(BEFORE + sentence)
    assert found.get(GROUP) == "alleged", found


def test_a_blame_still_to_be_laid_blames_no_one() -> None:
    found = blamed_for(BEFORE + f"It is too early to blame anyone, the {GROUP} said.")
    assert GROUP not in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        f"The {GROUP} denied it was to blame.",
        f"The government rejected any suggestion that the {GROUP} was to blame.",
        f"The {GROUP} was not to blame for the bombing, the court found.",
    ],
)
def test_a_denied_blame_is_negated(sentence: str) -> None:
    found = blamed_for(BEFORE + sentence)
    assert found.get(GROUP) == "negated", found


@pytest.mark.parametrize(
    ("sentence", "certainty"),
    [
        (f"The {GROUP} says its fighters also took part.", "asserted"),
        (f"The {GROUP} said it had taken part.", "asserted"),
        (f"A second group, the {GROUP}, also took part, officials said.", "asserted"),
        (f"Fighters of the {GROUP} took part too, the army said.", "asserted"),
        (f"The {GROUP} denied that its fighters had taken part.", "negated"),
    ],
)
def test_a_bare_part_taken_is_in_the_incident_told_just_before(sentence: str, certainty: str) -> None:
    found = blamed_for(BEFORE + sentence)
    assert found.get(GROUP) == certainty, found


@pytest.mark.parametrize(
    "sentence",
    [
        f"The {GROUP} is expected to take part.",
        f"The {GROUP} refused to take part.",
        f"The {GROUP} will take part.",
        f"The {GROUP} took part in the peace talks.",
        "The army did not say how many attackers took part.",
    ],
)
def test_a_part_meant_or_in_something_else_is_in_no_incident(sentence: str) -> None:
    found = blamed_for(BEFORE + sentence)
    assert GROUP not in found, found

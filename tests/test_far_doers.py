""" "Police identified the gunmen as A and B", "the bomber, A, was a student", "the attackers were members of X", told
paragraphs after the page's own incident: the doers named are blamed for it, when no other incident was told since
(loaders/incident_parts.py). Sentences written for these tests (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model

NEWS = (
    "A car bomb exploded outside a police station in Gadra on Monday, killing nine officers.\n\n"
    "The mayor of Gadra said the town would rebuild the station within a year and asked the government for help. "
    "Schools stayed closed on Tuesday, and many families kept their children at home for the rest of the week. "
    "Traders said business had slowed sharply, with the main market half empty and prices of food rising fast.\n\n"
    "The town has grown quickly over the past decade as people moved in from the surrounding farms and villages, "
    "and the police station was one of the largest buildings in the centre.\n\n"
)


def blamed_for(text: str) -> dict[str, str]:
    """Each person or group blamed for an incident of the text, by the incident's name."""
    return {subject: event for (subject, event) in named_links(text, "BLAMED_FOR")}


@pytest.mark.parametrize(
    ("told", "named"),
    [
        ("Police identified the gunmen as Karim Osman and Ali Tahir.", ["Karim Osman", "Ali Tahir"]),
        ("The two attackers were identified as Karim Osman and Ali Tahir.", ["Karim Osman", "Ali Tahir"]),
        ("Police named the bomber as Karim Osman, a student.", ["Karim Osman"]),
        ("The bomber, Karim Osman, was a student.", ["Karim Osman"]),
        ("The attackers were members of the Gadra Liberation Front.", ["Gadra Liberation Front"]),
    ],
)
def test_doers_named_paragraphs_after_the_page_s_incident_did_it(told: str, named: list[str]) -> None:
    found = blamed_for(NEWS + told)
    assert all(found.get(name) == "Gadra car bomb" for name in named), found


def test_doers_named_after_another_incident_did_that_one() -> None:
    text = NEWS + "A rocket hit a school in Sabra on Friday. The attacker, Karim Osman, was a student."
    assert blamed_for(text).get("Karim Osman") not in {None, "Gadra car bomb"}, blamed_for(text)


def test_a_doer_not_of_the_incident_told_is_not_blamed() -> None:
    assert not blamed_for(NEWS + "A gunman, Karim Osman, was seen near the market last year.")

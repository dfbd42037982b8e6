""" "One of the gunmen was identified as A", "two of the attackers were named as A and B": each doer named is blamed
for the incident (loaders/incident_parts.py); "X claimed responsibility in a statement": a claim made in a message is
of the incident told (loaders/extract.py). Sentences written for these tests (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model

NEWS = (
    "A car bomb exploded outside a police station in Gadra on Monday, killing nine officers.\n\n"
    "The mayor of Gadra said the town would rebuild the station within a year and asked the government for help. "
    "Schools stayed closed on Tuesday, and many families kept their children at home for the rest of the week.\n\n"
)


def blamed(text: str) -> dict[str, tuple[str, str]]:
    """Each person or group blamed for an incident of the text: the incident's name and the link's certainty."""
    return {subject: (event, certainty) for (subject, event), certainty in named_links(text, "BLAMED_FOR").items()}


@pytest.mark.parametrize(
    ("told", "named"),
    [
        (
            "The attackers, who fled on foot, were identified as Karim Osman and Ali Tahir.",
            ["Karim Osman", "Ali Tahir"],
        ),
        ("One of the gunmen was later identified as Karim Osman, a law graduate.", ["Karim Osman"]),
        ("Two of the attackers were named as Karim Osman and Ali Tahir.", ["Karim Osman", "Ali Tahir"]),
        ("Another of the bombers was identified as Karim Osman, a student from Sabra.", ["Karim Osman"]),
        ("Police named one of the attackers as Karim Osman.", ["Karim Osman"]),
    ],
)
def test_each_doer_named_is_blamed(told: str, named: list[str]) -> None:
    found = blamed(NEWS + told)
    assert all(found.get(name) == ("Gadra car bomb", "asserted") for name in named), found


@pytest.mark.parametrize(
    "told",
    [
        "One of the victims was later identified as Karim Osman, a law graduate.",  # not a doer
        "One of the police officers was named as Karim Osman.",
        "One of the gunmen was never identified.",  # no one named
        "Police said one of the gunmen had been identified.",
    ],
)
def test_no_doer_named_no_blame(told: str) -> None:
    assert not blamed(NEWS + told), blamed(NEWS + told)


@pytest.mark.parametrize(
    ("told", "certainty"),
    [
        ("The Gadra Liberation Front claimed responsibility in a statement carried by its radio station.", "asserted"),
        ("The Gadra Liberation Front claimed responsibility in a video posted online.", "asserted"),
        ("The Gadra Liberation Front admitted responsibility in an audio message.", "asserted"),
        ("Later, the Gadra Liberation Front claimed responsibility in a communique.", "asserted"),
        ("The Gadra Liberation Front denied any involvement in a statement on Tuesday.", "negated"),
    ],
)
def test_a_claim_made_in_a_message_is_of_the_incident_told(told: str, certainty: str) -> None:
    found = blamed(NEWS + told)
    assert found.get("Gadra Liberation Front") == ("Gadra car bomb", certainty), found


def test_a_claim_of_something_else_in_a_message_is_no_blame() -> None:
    text = NEWS + "The Gadra Liberation Front claimed responsibility for the protests in a statement."
    assert not blamed(text), blamed(text)

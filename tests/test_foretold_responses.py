"""A response announced as the subject of its clause ("the response would be harsh") threatens the author of the
page's incident, or the side it is said to be against (loaders/hostility.py, ``foretold_response``); each on a page
written for its test."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model

INCIDENT = "Hezbollah fired a rocket at Majdal Shams on Saturday, killing 12 children. "


@pytest.mark.parametrize(
    ("said", "holders"),
    [
        ("Israel Katz said the response would be harsh.", {"Israel Katz"}),
        ('"Our response will be severe," Israel Katz said on Sunday.', {"Israel Katz"}),
        ("Netanyahu said Israel's retaliation would be painful.", {"Benjamin Netanyahu", "Israel"}),
        ("Israel Katz said Hezbollah had crossed all red lines and the response will reflect this.", {"Israel Katz"}),
        ("Israel Katz warned that revenge would come soon.", {"Israel Katz"}),
        ("Katz said Israel's response against Hezbollah will be decisive.", {"Israel Katz", "Israel"}),
    ],
)
def test_a_response_foretold_threatens_the_author_of_the_incident(said: str, holders: set[str]) -> None:
    threatened = named_links(INCIDENT + said, "THREATENED")
    assert {h for h in holders if threatened.get((h, "Hezbollah")) == "asserted"} == holders


@pytest.mark.parametrize(
    "said",
    [
        "Israel Katz said the response had been measured.",  # told, not foretold
        "Israel Katz said the response would not be hasty.",  # denied
        "Guterres said the humanitarian response would need more funds.",  # relief, no blow
        "Walid Jumblatt said he feared that reprisals would follow.",  # dreaded, another's
    ],
)
def test_a_response_told_denied_dreaded_or_of_relief_threatens_no_one(said: str) -> None:
    assert not named_links(INCIDENT + said, "THREATENED")

"""Blame laid on incidents listed a line each after the lead's "including:" ("linked the two men to a list of
attacks, including:" then "- the bombing of X;"): each listed incident is laid on whoever the lead blames, as certain
as the lead (claimed, alleged, denied); not when the lead blames no one or after a colon that lists nothing. Sentences
written for the test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model

INTRO = "Police arrested Tomas Varga, a commander of the Kalunga Front, in Dondo on Monday.\n\n"
LIST = (
    ":\n\n- the 2022 bombing of the Beira market;\n- the kidnapping of a French engineer in Chimoio;\n"
    "- an ambush on a police convoy near Nhamatanda.\n\nThe group has not commented."
)
LISTED = {"Beira bombing", "Chimoio kidnapping", "Nhamatanda ambush"}


def laid(lead: str) -> dict[tuple[str, str], str]:
    """Each blame link of the page whose lead is given, by name, with its certainty."""
    return named_links(INTRO + lead + LIST, "BLAMED_FOR")


@pytest.mark.parametrize(
    ("lead", "blamed", "certainty"),
    [
        ("Officials linked Tomas Varga to a list of attacks, including", "Tomas Varga", "alleged"),
        ("Police blamed Tomas Varga for several attacks, including", "Tomas Varga", "alleged"),
        ("Tomas Varga has been blamed for a string of attacks, including", "Tomas Varga", "alleged"),
        ("Prosecutors accused Tomas Varga of several attacks, including", "Tomas Varga", "alleged"),
        ("Investigators attributed several attacks to Tomas Varga, including", "Tomas Varga", "alleged"),
        ("Officials held Tomas Varga responsible for numerous attacks, including", "Tomas Varga", "alleged"),
        ("The Kalunga Front has claimed responsibility for several attacks, including", "Kalunga Front", "asserted"),
        ("The Kalunga Front was behind several attacks, including", "Kalunga Front", "asserted"),
        ("Tomas Varga was convicted over several attacks, including", "Tomas Varga", "asserted"),
        ("Tomas Varga denied any role in several attacks, including", "Tomas Varga", "negated"),
    ],
)
def test_each_incident_listed_on_the_lines_after_the_lead_is_laid_on_the_blamed(
    lead: str, blamed: str, certainty: str
) -> None:
    found = laid(lead)
    assert {(blamed, e) for e in LISTED} <= set(found), found
    assert {found[blamed, e] for e in LISTED} == {certainty}, found


@pytest.mark.parametrize(
    "lead",
    [
        "The army has suffered several attacks this year, including",
        "Tomas Varga condemned several attacks, including",
        "Police blamed Tomas Varga for the Dondo riot, and listed other attacks, including",
    ],
)
def test_no_blame_for_the_listed_incidents_from_a_lead_that_lays_none(lead: str) -> None:
    assert not {e for _, e in laid(lead)} & LISTED, laid(lead)

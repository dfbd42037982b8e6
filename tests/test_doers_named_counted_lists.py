"""The doers of an incident named in a list the parser breaks: "identified the four gunmen as A, a Somali-born
citizen, B, C and D", "the gunmen, all of whom died, were named as ...", "named by police as ...": each name of the
counted list is blamed for the incident told before (as certain as the clause); not the victims, nor a list that
names fewer than the count. Sentences written for the test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model

RAID = "Gunmen stormed the Zarin mall in Kalo on Saturday, killing 40 shoppers. "
FOUR = {"Tomas Varga", "Elena Hudak", "Marek Dobos", "Ivan Sulik"}
THREE = {"Tomas Varga", "Elena Hudak", "Marek Dobos"}


def blamed(text: str) -> dict[str, str]:
    """Each actor blamed for an incident, by name, with the certainty of the link."""
    return {s: c for (s, _), c in named_links(RAID + text, "BLAMED_FOR").items()}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Police identified the four gunmen as Tomas Varga, Elena Hudak, Marek Dobos and Ivan Sulik.", FOUR),
        (
            "Police identified the four gunmen, all of whom died inside the mall, as Tomas Varga, a Slovak-born "
            "engineer, Elena Hudak, Marek Dobos and Ivan Sulik.",
            FOUR,
        ),
        (
            "The three attackers were identified as Tomas Varga, a Slovak-born engineer, Elena Hudak and Marek Dobos.",
            THREE,
        ),
        ("The three gunmen have been named by police as Tomas Varga, Elena Hudak and Marek Dobos.", THREE),
        ("Officials have identified the three assailants as Tomas Varga, Elena Hudak and Marek Dobos.", THREE),
        ("Police named the two bombers as Tomas Varga and Elena Hudak.", {"Tomas Varga", "Elena Hudak"}),
    ],
)
def test_each_name_the_counted_doers_are_identified_as_is_blamed(text: str, names: set[str]) -> None:
    found = blamed(text)
    assert names <= set(found), found
    assert {found[n] for n in names} == {"asserted"}, found


@pytest.mark.parametrize(
    "text",
    [
        "Police identified the four victims as Tomas Varga, Elena Hudak, Marek Dobos and Ivan Sulik.",
        "Police said the four gunmen had shot Tomas Varga, Elena Hudak, Marek Dobos and Ivan Sulik.",
    ],
)
def test_no_blame_for_the_victims_of_the_doers(text: str) -> None:
    assert not FOUR & set(blamed(text)), blamed(text)


def test_a_denied_identification_is_negated() -> None:
    found = blamed("Police have not identified the two gunmen as Tomas Varga and Elena Hudak.")
    assert found == {"Tomas Varga": "negated", "Elena Hudak": "negated"}, found

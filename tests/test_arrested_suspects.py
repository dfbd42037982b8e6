"""Who an arrest, a charge, an acquittal, a joint operation or a bare blame lays an incident on
(loaders/blame_phrases.py, loaders/court_cases.py, loaders/extract.py): "arrested X in connection with the bombing",
"detained over the attack", "arrested A, B and C and charged them" (the pronoun stands for those the first verb
names), "acquitted X of involvement in it" (negated), "the operation also involved X", "In May, police blamed X" (the
date names no incident), "denied involvement in both attacks"; each construction on a sentence written for its test."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model

BOMBING = "A car bombing in Hargeisa killed six people in 2016. "


def blamed(text: str) -> dict[tuple[str, str], str]:
    """Each BLAMED_FOR link, by its ends' names, with its certainty."""
    return named_links(text, "BLAMED_FOR")


@pytest.mark.parametrize(
    "text",
    [
        BOMBING + "Detectives arrested Yusuf Dirie and a cousin in connection with the car bombing.",
        BOMBING + "Yusuf Dirie was detained over the car bombing in Hargeisa.",
    ],
)
def test_a_suspect_arrested_over_an_incident_is_alleged_to_have_done_it(text: str) -> None:
    assert blamed(text) == {("Yusuf Dirie", "Hargeisa car bombing"): "alleged"}


@pytest.mark.parametrize(
    "text",
    [
        BOMBING + "Detectives arrested Yusuf Dirie in a raid on a farm near Hargeisa.",
        BOMBING + "Officers said Yusuf Dirie had not been arrested over the car bombing.",
    ],
)
def test_an_arrest_in_a_raid_or_one_not_made_blames_no_one(text: str) -> None:
    assert not blamed(text)


def test_them_after_a_list_of_arrested_men_charges_each_one() -> None:
    text = BOMBING + (
        "Detectives arrested two brothers, Yusuf Dirie and Abdi Dirie, and charged them with murder over the car "
        "bombing."
    )
    assert blamed(text) == {
        ("Yusuf Dirie", "Hargeisa car bombing"): "alleged",
        ("Abdi Dirie", "Hargeisa car bombing"): "alleged",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Chad launched Operation Desert Shield against the rebels in 2019. The operation also involved the Nigerien "
        "Armed Forces.",
        "Chad launched Operation Desert Shield against the rebels in 2019. The operation, known as Desert Shield, "
        "brings together the Chadian National Army and the Nigerien Armed Forces.",
    ],
)
def test_an_operation_is_laid_on_every_body_it_joins(text: str) -> None:
    assert blamed(text).get(("Nigerien Armed Forces", "Operation Desert Shield")) == "asserted"


def test_an_operation_that_did_not_involve_a_body_is_denied_of_it() -> None:
    text = "Chad launched Operation Desert Shield in 2019. The operation did not involve the Nigerien Armed Forces."
    assert blamed(text).get(("Nigerien Armed Forces", "Operation Desert Shield")) == "negated"


def test_a_bare_blame_after_a_date_the_parse_hangs_on_it_is_for_the_incident_named_before() -> None:
    text = "In May 2021, a car bombing in Hargeisa killed six people; police officials blamed al-Shabaab fighters."
    assert blamed(text) == {("al-Shabaab", "Hargeisa car bombing"): "alleged"}


def test_both_attacks_means_the_two_incidents_named_last() -> None:
    text = (
        "A bombing of a hotel in Berbera killed 12 people in 2014. A raid on a police post near Burao killed four "
        "officers in 2016. Al-Shabaab has denied any role in both attacks."
    )
    assert blamed(text) == {("al-Shabaab", "Berbera bombing"): "negated", ("al-Shabaab", "Burao raid"): "negated"}


@pytest.mark.parametrize(
    "text",
    [
        BOMBING + "A jury acquitted Yusuf Dirie of involvement in the car bombing in Hargeisa.",
        BOMBING + "Yusuf Dirie was acquitted of the car bombing in Hargeisa.",
    ],
)
def test_an_acquittal_denies_the_blame(text: str) -> None:
    assert blamed(text) == {("Yusuf Dirie", "Hargeisa car bombing"): "negated"}


def test_an_acquittal_of_another_crime_blames_no_one_for_the_incident() -> None:
    assert not blamed(BOMBING + "A court acquitted Yusuf Dirie of fraud.")

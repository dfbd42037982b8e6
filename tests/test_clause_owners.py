"""Whom a relative "who" or a possessive inside a clause stands for, each construction on a sentence written for its
test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_of, named_links

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of militants from Boko Haram who joined the Islamic State were killed.",
        "Hundreds of militants from Boko Haram who pledged allegiance to the Islamic State were killed.",
    ],
)
def test_who_after_a_groups_people_stands_for_the_people_not_the_group(text: str) -> None:
    found = links_of(text)
    assert not {link for link in found if link[1] in {"MEMBER_OF", "AFFILIATED_WITH"}}, found


@pytest.mark.parametrize(
    "text",
    [
        "Some fighters from al-Shabaab who joined the Islamic State were captured.",
        "Dozens of militants from Boko Haram joined the Islamic State in 2015.",
        "Two of the militants from Boko Haram joined the Islamic State in 2015.",
        "Dozens of Boko Haram fighters joined the Islamic State in 2015.",
    ],
)
def test_a_groups_people_who_join_another_group_do_not_make_it_a_member(text: str) -> None:
    found = links_of(text)
    assert not {link for link in found if link[1] == "MEMBER_OF"}, found


def test_who_after_a_group_itself_still_stands_for_the_group() -> None:
    found = links_of("The Nusra Front, who joined al-Qaeda in 2013, changed its name in 2016.")
    assert ("nusra-front", "MEMBER_OF", "al-qaeda") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury sanctioned Hezbollah over its activities in Venezuela.",
        "The Treasury sanctioned Hezbollah over its networks in Venezuela.",
        "Hezbollah was sanctioned by the Treasury over its networks in Venezuela.",
    ],
)
def test_a_possessive_in_the_reason_for_a_sanction_is_the_sanctioned_ones(text: str) -> None:
    found = links_of(text)
    assert ("hezbollah", "SANCTIONED_BY", "treasury") in found, found
    assert ("treasury", "BASED_IN", "venezuela") not in found, found
    assert ("hezbollah", "BASED_IN", "venezuela") in found, found


@pytest.mark.parametrize(
    ("text", "link"),
    [
        (
            "The Lindi Front, whose fighters have fought the Coast Brigade for years, was banned.",
            ("lindi-front", "OPPOSES", "coast-brigade"),
        ),
        (
            "The Coast Brigade, whose gunmen attacked Mtwara in May, was banned.",
            ("coast-brigade", "ATTACKED", "mtwara"),
        ),
    ],
)
def test_whose_fighters_act_for_the_group_the_clause_describes(text: str, link: tuple[str, str, str]) -> None:
    assert link in links_of(text), links_of(text)


def test_whose_fighters_after_a_phrase_set_off_after_a_person_are_the_persons() -> None:
    found = named_links(
        "Gunmen attacked a bus station in Dolo on Monday, killing nine passengers. The raid was carried out by a cell"
        " led by Omar Diallo, one of the most wanted commanders in the insurgency, whose fighters have been blamed for"
        " the bus station attack in Dolo.",
        "BLAMED_FOR",
    )
    assert ("Omar Diallo", "Dolo attack") in found, found


def test_which_after_a_leaders_name_stands_for_the_body_he_leads() -> None:
    found = links_of("The Coast Brigade, the militia led by Omari Juma, which is at war with the Lindi Front, fled.")
    assert ("coast-brigade", "OPPOSES", "lindi-front") in found, found
    assert ("omari-juma", "OPPOSES", "lindi-front") not in found, found
    assert ("omari-juma", "LEADS", "coast-brigade") in found, found


def test_which_after_a_leaders_name_set_beside_his_title_stands_for_the_body_he_leads() -> None:
    found = links_of(
        "He helped stage protests run by Sindhi Voice for Freedom, the London-based group led by the lawyer "
        "Tariq Memon, which Pakistan banned in 2020."
    )
    assert ("sindhi-voice-for-freedom", "SANCTIONED_BY", "pakistan") in found, found
    assert ("tariq-memon", "SANCTIONED_BY", "pakistan") not in found, found
    assert ("tariq-memon", "LEADS", "sindhi-voice-for-freedom") in found, found

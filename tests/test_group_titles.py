""" "Group spokesman X", "movement leader X": a bare group noun opening a title stands for the one group named before
(none when two were); "X denied it, with spokesman Y saying": a bare spokesman's title speaks for the clause's subject.
Each construction on a sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_of

pytestmark = pytest.mark.model

RAID = "Al-Shabaab fighters raided a police post in Mandera on Friday. "


@pytest.mark.parametrize(
    "title",
    [
        "Group spokesman Abdiasis Abu Musab said the fighters had withdrawn.",
        "The fighters withdrew at dawn, group spokesman Abdiasis Abu Musab said.",
    ],
)
def test_a_group_spokesman_works_for_the_group_named_before(title: str) -> None:
    found = links_of(RAID + title)
    assert ("abdiasis-abu-musab", "WORKS_FOR", "al-shabaab") in found, found


def test_with_two_groups_named_before_the_group_title_names_neither() -> None:
    found = links_of(
        "Al-Shabaab and the Islamic State fought near Qandala on Friday. "
        "Group spokesman Abdiasis Abu Musab said the fighters had withdrawn."
    )
    assert not {link for link in found if link[0] == "abdiasis-abu-musab"}, found


def test_a_bare_spokesman_in_a_with_phrase_speaks_for_the_clauses_subject() -> None:
    found = links_of("The Taliban denied the report, with spokesman Zabihullah Mujahid calling it propaganda.")
    assert ("zabihullah-mujahid", "WORKS_FOR", "taliban") in found, found


def test_a_title_after_whose_is_of_the_name_the_clause_describes() -> None:
    found = links_of("The Tiger Brigade, whose leader Omar Bashiri escaped from prison in 2023, was also listed.")
    assert ("omar-bashiri", "LEADS", "tiger-brigade") in found, found


def test_its_spokesman_after_a_clause_works_for_the_state_its_stands_for() -> None:
    found = links_of(
        "Jordan's government condemned what it called a terrorist attack; its spokesman Omar Bashiri said the "
        "strike had hit a base in Syria."
    )
    assert ("omar-bashiri", "WORKS_FOR", "jordan") in found, found


def test_its_title_set_beside_a_group_is_of_that_group_not_the_sentence_s_subject() -> None:
    found = links_of("The Treasury designated Hezbollah, its leader Omar Bashiri and two companies.")
    assert ("omar-bashiri", "LEADS", "hezbollah") in found, found
    assert not any(
        s == "omar-bashiri" and o in {"us-treasury", "treasury"} and t != "SANCTIONED_BY" for s, t, o in found
    )

"""A role read at its rank: "the JAN commander X" titles the body's one commander (its head), where "X, the JAN
commander who ..." and "a JAN commander, X" are some of its commanders; and a role with an owner of its own keeps its
owner when the parse hangs the "of" of a role coordinated after it on it ("Y's founder and head of its relief wing");
the names a colon opens after a counted plural role are its holders ("five LRA leaders: A; B; C"), the head among them
only its head. Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import graph_of, named_links

pytestmark = pytest.mark.model

TRUCE = (
    "A truce signed in Geneva by the army chief of staff, General Omar Dalo, and the JAN commander Bakri Hassan set "
    "the terms."
)


def test_the_bodys_commander_before_a_name_leads_it() -> None:
    assert ("Bakri Hassan", "JAN") in named_links(TRUCE, "LEADS")
    assert ("Bakri Hassan", "JAN") not in named_links(TRUCE, "MEMBER_OF")


def test_the_late_bodys_commander_before_a_name_leads_it() -> None:
    text = "He kept close ties to the late JAN commander Bakri Hassan, who was killed in 2020."
    assert ("Bakri Hassan", "JAN") in named_links(text, "LEADS")


def test_the_bodys_commander_said_of_a_name_before_is_a_member() -> None:
    text = "Soldiers killed Bakri Hassan, the JAN commander who had planned the raid."
    assert ("Bakri Hassan", "JAN") in named_links(text, "MEMBER_OF")
    assert ("Bakri Hassan", "JAN") not in named_links(text, "LEADS")


def test_a_commander_of_the_body_is_a_member() -> None:
    text = "Police arrested a JAN commander, Bakri Hassan, in March."
    assert ("Bakri Hassan", "JAN") in named_links(text, "MEMBER_OF")
    assert ("Bakri Hassan", "JAN") not in named_links(text, "LEADS")


def test_a_founder_with_an_owner_leads_it_though_a_part_follows() -> None:
    text = (
        "The Jaish al-Nur militia has fought the army for years. The state also blames Omar Bakri Hassan, Jaish "
        "al-Nur's founder and head of its relief wing Ansar al-Khair (AK), for the bombing."
    )
    assert ("Omar Bakri Hassan", "Jaish al-Nur") in named_links(text, "LEADS")
    assert ("Omar Bakri Hassan", "Jaish al-Nur") not in named_links(text, "MEMBER_OF")


LISTED = (
    "The Lord's Resistance Army (LRA) is led by Joseph Kony. In 2005 judges issued arrest warrants for five LRA "
    "leaders: Joseph Kony; his deputy Vincent Otti; Okot Odhiambo; Dominic Ongwen; and Raska Lukwiya."
)


def test_names_after_a_colon_closing_a_counted_plural_role_are_members() -> None:
    members = {s for s, o in named_links(LISTED, "MEMBER_OF") if o == "Lord's Resistance Army"}
    assert {"Okot Odhiambo", "Dominic Ongwen", "Raska Lukwiya"} <= members


def test_the_head_counted_among_listed_leaders_only_leads() -> None:
    kg = graph_of(LISTED, extractor="both")  # as a build reads it: the rules, then the scorer
    name = {n: d["name"] for n, d in kg.g.nodes(data=True)}
    kony = {(t, name[o]) for s, o, t in kg.g.edges(keys=True) if name[s] == "Joseph Kony"}
    assert ("LEADS", "Lord's Resistance Army") in kony
    assert ("MEMBER_OF", "Lord's Resistance Army") not in kony


def test_a_rank_between_a_bodys_role_and_the_name_is_not_the_role() -> None:
    text = "The truce was signed in Geneva by Sudanese Armed Forces commander General Bakri Hassan on Monday."
    assert ("Bakri Hassan", "Sudanese Armed Forces") in named_links(text, "LEADS")
    assert ("Bakri Hassan", "Sudanese Armed Forces") not in named_links(text, "WORKS_FOR")


def test_a_rank_between_a_groups_commander_and_the_name_leaves_him_a_member() -> None:
    text = "The truce was signed in Geneva by JAN commander Colonel Bakri Hassan on Monday."
    assert ("Bakri Hassan", "JAN") in named_links(text, "MEMBER_OF")
    assert ("Bakri Hassan", "JAN") not in named_links(text, "WORKS_FOR")


def test_a_rank_after_a_hyphen_is_part_of_the_role() -> None:
    found = named_links("The report was welcomed by UN Secretary-General Omar Dalo on Monday.", "LEADS")
    assert ("Omar Dalo", "United Nations") in found, found


def test_a_role_ending_in_a_rank_word_is_the_whole_role() -> None:
    found = named_links("The talks were opened by Hamas Secretary General Bakri Hassan on Monday.", "LEADS")
    assert ("Bakri Hassan", "Hamas") in found, found

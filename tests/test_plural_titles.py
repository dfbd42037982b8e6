"""A plural title before a list of names gives each name the title: "former ministers A, B and C" each work for the
page's state, "ISIS-K commanders A and B" are each its members. Sentences written for these tests (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


def test_each_minister_listed_after_a_plural_title_works_for_the_page_state() -> None:
    found = links_by_name(
        "Lebanon's judge summoned senior officials. Lebanon's parliament met. The judge wants to question former "
        "ministers Karim Haddad, Samir Aoun and Walid Nassar over the blast. Lebanon has been in crisis."
    )
    for name in ("Karim Haddad", "Samir Aoun", "Walid Nassar"):
        assert (name, "WORKS_FOR", "Lebanon") in found, found


def test_each_commander_of_a_named_group_listed_after_a_plural_title_is_its_member() -> None:
    found = links_by_name(
        "The group's leaders were arrested. Police detained ISIS-K commanders Abdul Karim Zahid and Mohammad Nabi "
        "Omari near Jalalabad."
    )
    assert ("Abdul Karim Zahid", "MEMBER_OF", "Islamic State Khorasan Province") in found, found
    assert ("Mohammad Nabi Omari", "MEMBER_OF", "Islamic State Khorasan Province") in found, found


def test_a_list_after_a_plural_noun_that_is_no_title_gets_no_role() -> None:
    found = links_by_name("Hamas praised villagers Youssef Karim and Nabil Saad for sheltering the wounded.")
    assert not any(t in {"WORKS_FOR", "MEMBER_OF", "LEADS"} for _, t, _ in found), found

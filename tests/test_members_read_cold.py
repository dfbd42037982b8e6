"""People and their bodies where the gazetteer knows neither: a commander titled by a force's name heads it, a part
named after the acronym of a body the page names is its member, and the one a body is "led by" is a person whatever
the NER took the name for."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


def test_a_commander_titled_by_a_force_of_no_kind_heads_it() -> None:
    found = links_by_name("Saqr Force commander Walid Haddad said the strike had hit an ammunition depot.")
    assert ("Walid Haddad", "LEADS", "Saqr Force") in found, found
    assert ("Walid Haddad", "MEMBER_OF", "Saqr Force") not in found, found


def test_a_commander_titled_by_an_armed_groups_name_is_one_of_its_members() -> None:
    found = links_by_name("Hezbollah commander Walid Haddad was killed in the strike on Tuesday.")
    assert ("Walid Haddad", "MEMBER_OF", "Hezbollah") in found, found
    assert ("Walid Haddad", "LEADS", "Hezbollah") not in found, found


def test_a_part_named_after_the_acronym_of_a_body_on_the_page_is_its_member() -> None:
    found = links_by_name(
        "The Zarqan Liberation Front said on Monday it had fought for a week. "
        "The ZLF Military Council later named a new chief."
    )
    assert ("ZLF Military Council", "MEMBER_OF", "Zarqan Liberation Front") in found, found


def test_the_one_a_body_is_led_by_is_a_person_who_heads_it() -> None:
    found = links_by_name("The Nahr Battalion, led by Karim Odeh Salem, has grown in the north since the spring.")
    assert ("Karim Odeh Salem", "LEADS", "Nahr Battalion") in found, found


def test_a_leader_among_several_of_a_body_of_no_kind_is_its_member() -> None:
    found = links_by_name("Karim Odeh had earlier been a leader of Harkat-ul-Nasr, officials said.")
    assert ("Karim Odeh", "MEMBER_OF", "Harkat-ul-Nasr") in found, found
    assert ("Karim Odeh", "WORKS_FOR", "Harkat-ul-Nasr") not in found, found

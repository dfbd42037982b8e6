"""A role read at its rank: "the JAN commander X" titles the body's one commander (its head), where "X, the JAN
commander who ..." and "a JAN commander, X" are some of its commanders; and a role with an owner of its own keeps its
owner when the parse hangs the "of" of a role coordinated after it on it ("Y's founder and head of its relief wing").
Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import named_links

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

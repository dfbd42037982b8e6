"""People in organisations read from a part's head and a head's title: the head of an unnamed part a referring
possessive owns ("head of its finance department") is a member of the body the possessive stands for; the head of
a movement's political bureau heads the movement (and its deputy head is the movement's deputy); a title ending in
"General" after a body's name ("Secretary-General") is the head's of that body, not a portfolio's. Each on
sentences written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_of

pytestmark = pytest.mark.model

RAID = "The Kanuri Liberation Front raided a police post in Gashua on Friday. "


@pytest.mark.parametrize(
    "text",
    [
        RAID + "Musa Bello, head of its media bureau, was arrested in Maiduguri.",
        RAID + "Musa Bello, the head of the group's political office, was arrested in Maiduguri.",
        RAID + "Musa Bello, deputy head of its finance department, was arrested in Maiduguri.",
    ],
)
def test_the_head_of_a_part_a_referring_possessive_owns_is_a_member_of_its_owner(text: str) -> None:
    found = links_of(text)
    assert ("musa-bello", "MEMBER_OF", "kanuri-liberation-front") in found, found
    assert ("musa-bello", "LEADS", "kanuri-liberation-front") not in found, found


@pytest.mark.parametrize(
    ("text", "link"),
    [
        (RAID + "Musa Bello, the head of its political bureau, was arrested in Maiduguri.", "LEADS"),
        (RAID + "Musa Bello, head of the Kanuri Liberation Front's political bureau, was arrested.", "LEADS"),
        (RAID + "Musa Bello heads the political bureau of the Kanuri Liberation Front.", "LEADS"),
        (RAID + "Musa Bello, the deputy head of its political bureau, was arrested in Maiduguri.", "DEPUTY_OF"),
    ],
)
def test_the_head_of_a_movements_political_bureau_heads_the_movement(text: str, link: str) -> None:
    found = links_of(text)
    assert ("musa-bello", link, "kanuri-liberation-front") in found, found
    assert ("musa-bello", "MEMBER_OF", "kanuri-liberation-front") not in found, found


@pytest.mark.parametrize("title", ["Secretary-General", "Secretary General"])
def test_a_secretary_general_after_a_bodys_name_heads_the_body(title: str) -> None:
    found = links_of(RAID + f"Kanuri Liberation Front {title} Musa Bello denied any role in the raid.")
    assert ("musa-bello", "LEADS", "kanuri-liberation-front") in found, found


def test_a_portfolio_before_a_secretarys_title_is_still_no_body() -> None:
    found = links_of("Finance Secretary Tomas Arnell said the accounts of the Kanuri Liberation Front were frozen.")
    assert not any(s == "tomas-arnell" and t == "LEADS" for s, t, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        RAID + "Musa Bello, its founder and head of its charity wing Kanuri Relief Foundation, was arrested.",
        RAID + "Musa Bello heads its charity wing, the Kanuri Relief Foundation.",
    ],
)
def test_the_head_of_a_part_named_beside_its_noun_leads_that_part(text: str) -> None:
    found = links_of(text)
    assert ("musa-bello", "LEADS", "kanuri-relief-foundation") in found, found
    assert ("musa-bello", "MEMBER_OF", "kanuri-relief-foundation") not in found, found

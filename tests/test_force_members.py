"""Members of a body named by its parts and its people: a part named after a body the page names on its own, a
force's name and a rank before a soldier's name, soldiers and reservists set off with their force, a group's
fundraisers."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        (
            "The Zarqan Front Shura Council met in secret on Monday. The Zarqan Front said its fighters had withdrawn.",
            "Zarqan Front Shura Council",
            "Zarqan Front",
        ),
        (
            "The Tamar Movement Political Bureau rejected the offer. The Tamar Movement later denied any role.",
            "Tamar Movement Political Bureau",
            "Tamar Movement",
        ),
    ],
)
def test_a_part_named_after_a_body_the_page_names_alone_is_its_member(text: str, part: str, whole: str) -> None:
    found = named_links(text, "MEMBER_OF")
    assert (part, whole) in found, found


def test_a_group_named_after_a_people_is_no_part_of_the_people() -> None:
    found = named_links(
        "The Zarqan National Army attacked the town on Friday. Zarqan elders said the fighting had to stop.",
        "MEMBER_OF",
    )
    assert not any(whole == "Zarqan" for _, whole in found), found


@pytest.mark.parametrize(
    ("text", "person", "force"),
    [
        (
            "The Indian Army said the raid was over. Among the dead was Indian Army Major Walid Haddad.",
            "Walid Haddad",
            "Indian Army",
        ),
        (
            "The Marine Corps said 11 Marines were killed. The dead included Marine Corps Lance Cpl. Omar Farouk, "
            "20, of Norco, California.",
            "Omar Farouk",
            "Marine Corps",
        ),
    ],
)
def test_a_rank_after_a_forces_name_makes_the_person_its_member(text: str, person: str, force: str) -> None:
    found = named_links(text, "MEMBER_OF")
    assert (person, force) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Canadian Armed Forces said so. Walid Haddad, a Canadian Armed Forces soldier, was arrested on Monday.",
        "The Canadian Armed Forces said so. Several men, including a former Canadian Armed Forces reservist, Walid "
        "Haddad, were arrested.",
    ],
)
def test_a_soldier_or_reservist_of_a_force_is_its_member(text: str) -> None:
    found = named_links(text, "MEMBER_OF")
    assert ("Walid Haddad", "Canadian Armed Forces") in found, found


def test_soldiers_listed_after_their_force_are_its_members() -> None:
    found = named_links(
        "The US Army said the base was hit. The drone killed three US Army soldiers - Sergeant Walid Haddad, "
        "Specialist Samir Qasim and Specialist Omar Farouk - and wounded 40 others.",
        "MEMBER_OF",
    )
    assert {("Walid Haddad", "US Army"), ("Samir Qasim", "US Army"), ("Omar Farouk", "US Army")} <= set(found), found


def test_soldiers_killed_by_a_group_are_not_its_members() -> None:
    text = "Two soldiers, Walid Haddad and Samir Qasim, were killed by Hamas gunmen on Monday."
    found = named_links(text, "MEMBER_OF")
    assert not found, found


@pytest.mark.parametrize(
    ("text", "person", "group"),
    [
        ("Walid Haddad, a Hezbollah fundraiser in West Africa, was arrested in Dakar.", "Walid Haddad", "Hezbollah"),
        (
            "The Zarqan Front said its fighters had withdrawn. Omar Farouk, a Zarqan Front fundraiser, was arrested.",
            "Omar Farouk",
            "Zarqan Front",
        ),
    ],
)
def test_a_groups_fundraiser_funds_it_and_is_its_member(text: str, person: str, group: str) -> None:
    assert (person, group) in named_links(text, "FUNDS")
    assert (person, group) in named_links(text, "MEMBER_OF")


def test_a_groups_financier_only_funds_it() -> None:
    text = "Walid Haddad, a Hezbollah financier, was arrested in Dakar."
    assert ("Walid Haddad", "Hezbollah") in named_links(text, "FUNDS")
    assert ("Walid Haddad", "Hezbollah") not in named_links(text, "MEMBER_OF")

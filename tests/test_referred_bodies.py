"""A body named after a reference's possessive ("the group's Shura Council") is a body of the group named before."""

from __future__ import annotations

import pytest
from conftest import links_by_name, links_of


def test_the_groups_council_is_a_body_of_the_group_named_before() -> None:
    text = "Hezbollah held a rally in Beirut on Friday. The group's Shura Council later met in secret."
    found = links_of(text)
    assert ("shura-council", "MEMBER_OF", "hezbollah") in found, found


def test_its_council_is_a_body_of_the_party_named_before() -> None:
    text = "The Communist Party of India (Maoist) was banned in 2009. Its Central Military Commission plans ambushes."
    found = links_of(text)
    assert ("central-military-commission", "MEMBER_OF", "communist-party-of-india-maoist") in found, found


def test_a_name_that_only_qualifies_what_the_possessive_owns_is_no_body() -> None:
    text = "The UN Security Council met on Friday. It added two men to its ISIL and Al-Qaida sanctions list."
    found = links_of(text)
    assert not any(t == "MEMBER_OF" and o == "un-security-council" for _, t, o in found), found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Hezbollah is based in Lebanon. Mikel Albisu, who ran its political apparatus, was arrested.", "Mikel Albisu"),
        (
            "Hezbollah is based in Lebanon. The group's dialogue panel has been led since 2020 by Anas Abdulrahman.",
            "Anas Abdulrahman",
        ),
    ],
)
def test_one_who_leads_an_unnamed_body_of_the_group_referred_to_is_its_member(text: str, person: str) -> None:
    found = links_by_name(text)
    assert (person, "MEMBER_OF", "Hezbollah") in found, found
    assert not any(t == "LEADS" and s == "Anas Abdulrahman" for s, t, _ in found), found


def test_a_body_owned_by_a_state_named_before_makes_no_member() -> None:
    text = "Lebanon held elections in May. Anas Abdulrahman, who ran its census office, resigned."
    found = links_by_name(text)
    assert not any(t == "MEMBER_OF" and s == "Anas Abdulrahman" for s, t, _ in found), found

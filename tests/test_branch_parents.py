"""A branch named after its parent is a member of it when the page names the parent on its own
(loaders/branch_parents.py); each on a sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


def test_a_province_named_after_its_parent_is_its_member() -> None:
    links = links_by_name(
        "The Islamic Caliphate has grown in the east. Villagers fled after the Islamic Caliphate Lake Kivu Province "
        "raided three farms on Tuesday."
    )
    assert ("Islamic Caliphate Lake Kivu Province", "MEMBER_OF", "Islamic Caliphate") in links


def test_an_acronym_hyphened_to_a_word_is_a_member_of_the_acronym_s_body() -> None:
    links = links_by_name("Donors in Durban sent money to the ZRF and to ZRF-Mozambique, the officials said.")
    assert ("ZRF-Mozambique", "MEMBER_OF", "ZRF") in links


def test_a_body_named_after_a_group_with_no_branch_noun_is_no_member() -> None:
    links = links_by_name(  # a council so named is a part of the group (tests/test_force_members.py), no branch
        "The Islamic Caliphate has grown in the east. Villagers fled after the Islamic Caliphate Lake Kivu Rangers "
        "raided three farms on Tuesday."
    )
    assert not any(t == "MEMBER_OF" for _, t, _ in links)


def test_an_acronym_hyphened_to_more_capitals_is_no_branch() -> None:
    links = links_by_name("The ZRF-EP, a splinter group, attacked Gao on Monday. The ZRF denied it.")
    assert ("ZRF-EP", "MEMBER_OF", "ZRF") not in links


@pytest.mark.parametrize(
    ("name", "may"),
    [
        ("the Green Brigades Upper Nile Province", True),
        ("ZRF-Mozambique", True),
        ("the Green Brigades", False),
        ("the ZRF's", False),
        ("Upper Nile State", False),
    ],
)
def test_only_a_name_ending_in_a_branch_noun_or_an_acronym_hyphened_to_a_word_is_compared_with_parents(
    name: str, may: bool
) -> None:
    from loaders.branch_parents import may_name_a_branch

    assert may_name_a_branch(name) is may


def test_a_group_named_after_its_parent_and_a_state_is_its_member() -> None:
    links = links_by_name(
        "The Islamic Caliphate has lost ground in the east. In the north, the Islamic Caliphate Mozambique claimed "
        "a raid on a police post near the coast on Sunday."
    )
    assert ("Islamic Caliphate Mozambique", "MEMBER_OF", "Islamic Caliphate") in links

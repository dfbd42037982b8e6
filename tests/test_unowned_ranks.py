"""A plural role of a group's ranks with no owner of its own lists members of the group the paragraph tells of:
"The group was built around commanders including A, B and C". Staff roles ("officials, including X") do not.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


def test_commanders_including_names_are_members_of_the_group_told_of() -> None:
    found = named_links(
        "The Allied Democratic Forces (ADF) have raided villages along the border for years. The movement was "
        "rebuilt around commanders including Okot Odhiambo, Dominic Ongwen and Vincent Otti.",
        "MEMBER_OF",
    )
    members = {s for s, o in found if o == "Allied Democratic Forces"}
    assert {"Okot Odhiambo", "Dominic Ongwen", "Vincent Otti"} <= members, found


def test_officials_including_a_minister_are_not_the_groups() -> None:
    found = named_links(
        "The Allied Democratic Forces (ADF) have raided villages along the border for years. Officials, including "
        "Interior Minister Okello Lumumba, condemned the raids.",
        "MEMBER_OF",
    )
    assert not any(s == "Okello Lumumba" for s, _ in found), found

"""A counted plural reference ("the two men", "both brothers", "the three groups") stands for each of exactly that
many actors of its kind named before it, and for none when the count does not fit; a war a place only names ("the
Darfur war") places no one. Each on sentences written for its test."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


def _members(text: str, group: str) -> set[str]:
    return {s for s, k, o in links_by_name(text) if k == "MEMBER_OF" and o == group}


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested Tariq Osman and Yusuf Bello in Kano on Monday. The two men are members of Boko Haram.",
        "Tariq Osman and Yusuf Bello were detained in Kano. Both men are members of Boko Haram, police said.",
        "Soldiers seized Tariq Osman and Yusuf Bello near Kano. The two suspects are members of Boko Haram.",
        "Tariq Osman, a trader, and Yusuf Bello, a driver, were charged on Friday. The two defendants are members"
        " of Boko Haram, prosecutors said.",
        "Police named the gunmen as Tariq Osman and Yusuf Bello, and said the two brothers are members of Boko Haram.",
    ],
)
def test_a_counted_plural_of_people_stands_for_each_person_named_before(text: str) -> None:
    assert _members(text, "Boko Haram") == {"Tariq Osman", "Yusuf Bello"}, links_by_name(text)


@pytest.mark.parametrize(
    "text",
    [
        # three people named before "the two men": which two is not told
        "Police arrested Tariq Osman, Yusuf Bello and Musa Dauda in Kano. The two men are members of Boko Haram.",
        # no definite article: new people, not those named
        "Police arrested Tariq Osman and Yusuf Bello in Kano. Two men are members of Boko Haram, police said.",
        # a count a phrase describes names new people
        "Police arrested Tariq Osman and Yusuf Bello in Kano. The two leaders of Boko Haram fled.",
    ],
)
def test_a_counted_plural_that_does_not_fit_the_names_before_stands_for_none(text: str) -> None:
    assert not _members(text, "Boko Haram") - {"Tariq Osman", "Yusuf Bello"}, links_by_name(text)
    assert _members(text, "Boko Haram") != {"Tariq Osman", "Yusuf Bello"}, links_by_name(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury sanctioned Kovar Brigades, Tansa Front and Belmo Legion. The three groups are members of the"
        " Sarat Alliance.",
        "Kovar Brigades, Tansa Front and Belmo Legion were designated on Monday. Officials said the three groups are"
        " members of the Sarat Alliance.",
    ],
)
def test_a_counted_plural_of_groups_stands_for_the_list_of_that_many(text: str) -> None:
    assert _members(text, "Sarat Alliance") >= {"Kovar Brigades", "Tansa Front", "Belmo Legion"}, links_by_name(text)


def test_two_groups_after_a_list_of_three_stand_for_none() -> None:
    text = "Kovar Brigades, Tansa Front and Belmo Legion were designated. The two groups are members of Sarat Alliance."
    assert not _members(text, "Sarat Alliance"), links_by_name(text)


def test_a_war_a_place_names_does_not_place_who_fought_in_it() -> None:
    assert ("Kovar Brigades", "BASED_IN", "Darfur") not in links_by_name("Kovar Brigades fought in the Darfur war.")
    assert ("Kovar Brigades", "BASED_IN", "Darfur") in links_by_name("Kovar Brigades fought in Darfur.")

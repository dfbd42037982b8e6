"""A list of places joined by commas ("towns including A, B, C, D and E") puts none of them in another, even where
the parse sets the second name in apposition to the first; a place and its region after one comma still does."""

from __future__ import annotations

from conftest import links_of


def test_towns_listed_with_commas_are_not_in_one_another() -> None:
    links = links_of("The rebels now hold towns including Shwegu, Momauk, Mansi-Ywa, Bhamo, Waingmaw and Chipwi.")
    assert not {(s, o) for s, k, o in links if k == "LOCATED_IN"}


def test_a_town_and_its_province_after_a_comma_stays_placed() -> None:
    assert ("gwadar", "LOCATED_IN", "balochistan") in links_of(
        "Gunmen attacked a bus in Gwadar, Balochistan, on Monday."
    )

"""The places listed after a verb's first place phrase, set beside it ("fighting mostly in the Nuba zones, parts of
West Kordofan and the Dilling and Talodi areas"): each place a later item names, by its own phrase of place or by the
names the item's noun is written with, is a place of the verb's organisation too (a sentence written for the test,
the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


def test_the_places_listed_after_a_named_place_noun_place_the_group() -> None:
    links = links_by_name(
        "The Tansa Front is fighting in southern Kordofan, mostly in the Nuba zones, parts of West Kordofan and the "
        "Dilling and Talodi areas in the south."
    )
    based = {o for s, t, o in links if s == "Tansa Front" and t == "BASED_IN"}
    assert {"West Kordofan", "Dilling", "Talodi"} <= based, links


@pytest.mark.parametrize(
    ("text", "based"),
    [
        ("The Tansa Front is fighting in southern Kordofan.", True),
        ("The Tansa Front fought the government in Kordofan for a decade.", False),
        ("In Kordofan, the Tansa Front has battled army units for years.", False),
    ],
)
def test_a_fight_with_a_foe_as_object_does_not_place_the_fighter(text: str, based: bool) -> None:
    links = links_by_name(text)
    assert (("Tansa Front", "BASED_IN", "Kordofan") in links) is based, links

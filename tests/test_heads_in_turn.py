""" "Past leaders include A", "successive leaders of the group, including A and B": a plural head's role with a word
of time before it lists the body's heads in turn, each of whom led it; "its leaders include A and B" and "former
commanders" list members. Sentences written for these tests (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model

FOUNDED = "The Kanuri Liberation Front was founded in 2009. "
FRONT = "Kanuri Liberation Front"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (FOUNDED + "Past leaders include Musa Bello, who held the post until 2016.", ["Musa Bello"]),
        (
            FOUNDED + "Successive leaders of the group, including Musa Bello and Ali Garba, were killed in 2017.",
            ["Musa Bello", "Ali Garba"],
        ),
    ],
)
def test_leaders_in_turn_each_led_the_body(text: str, people: list[str]) -> None:
    found = links_by_name(text)
    for person in people:
        assert (person, "LEADS", FRONT) in found, found
        assert (person, "MEMBER_OF", FRONT) not in found, found


@pytest.mark.parametrize(
    ("text", "link"),
    [
        (FOUNDED + "Its leaders include Musa Bello and Ali Garba.", "MEMBER_OF"),
        (FOUNDED + "Former commanders of the group, including Musa Bello and Ali Garba, were killed.", "MEMBER_OF"),
    ],
)
def test_a_leadership_or_commanders_listed_are_members(text: str, link: str) -> None:
    found = links_by_name(text)
    assert ("Musa Bello", link, FRONT) in found, found
    assert ("Musa Bello", "LEADS", FRONT) not in found, found

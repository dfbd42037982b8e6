""" "Drones were fired towards Turkey ... since the PKK's attack on Turkey in October": an attack told by its noun is
an incident of its own, so its author is not blamed for another incident that hit the same side. Sentences written
for these tests (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "author", "other"),
    [
        (
            "Two drones flown from Syria were fired towards Turkey on Tuesday, officials said. Ankara has bombed "
            "militant bases many times since the PKK's attack on Turkey in October.",
            "PKK",
            "Fire on Turkey",
        ),
        (
            "Missiles launched from Somalia were fired towards Kenya on Friday, police said. Nairobi has tightened "
            "border security since the al-Shabaab-led attack on Kenya in January.",
            "al-Shabaab",
            "Fire on Kenya",
        ),
    ],
)
def test_the_author_of_an_attack_named_by_its_noun_is_not_blamed_for_another_incident(
    text: str, author: str, other: str
) -> None:
    found = links_by_name(text)
    assert (author, "ATTACKED", other.split()[-1]) in found, found  # the noun's own attack stays
    assert (other, "TARGETED", other.split()[-1]) in found, found
    assert (author, "BLAMED_FOR", other) not in found, found

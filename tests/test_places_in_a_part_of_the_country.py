"""A place named right before a part of "the country" ("a unit in X, in the north of the country", "the X prefecture
in the centre of the country", "X, in the country's restive east") lies in the country the reference stands for
(`place_phrases.part_of_country_referred`); not a part of another country the reference owns, nor a place the words
only send people to, nor another state than the one the page is about, named just before. Each on a sentence written
for its test, the rules alone."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        (
            "Little is known about the man who now leads Burkina Faso. He commanded a unit in Kobalsk, in the north of "
            "the country, and backed the coup.",
            "Kobalsk",
            "Burkina Faso",
        ),
        (
            "The Central African Republic is at war. The UPC, whose stronghold has long been the Kobalsk prefecture in "
            "the centre of the country, signed.",
            "Kobalsk",
            "Central African Republic",
        ),
        ("Burkina Faso's army lost Kobalsk, in the country's restive east.", "Kobalsk", "Burkina Faso"),
        ("Mali's army lost Kobalsk, in the far north of the country.", "Kobalsk", "Mali"),
        ("Mali's army lost Kobalsk, in the west of the country, on Monday.", "Kobalsk", "Mali"),
    ],
)
def test_a_place_in_a_part_of_the_country_lies_in_the_country_referred_to(text: str, place: str, country: str) -> None:
    links = links_by_name(text)
    assert (place, "LOCATED_IN", country) in links, links


@pytest.mark.parametrize(
    "text",
    [
        "Mali's army lost Kobalsk, in the north of the country's neighbour Niger.",
        "Mali's army sent troops from Kobalsk to the north of the country.",
    ],
)
def test_a_part_of_another_country_or_a_journey_s_end_places_nothing_in_the_country(text: str) -> None:
    links = links_by_name(text)
    assert ("Kobalsk", "LOCATED_IN", "Mali") not in links, links


def test_the_country_is_the_page_s_state_not_another_named_just_before() -> None:
    links = links_by_name(
        "Haiti buried its president on Friday. Haiti mourned him. The United States sent investigators on Monday. "
        "The funeral took place in Kobalsk, in the north of the country."
    )
    assert ("Kobalsk", "LOCATED_IN", "United States") not in links, links

"""A place said to be "on" an island or a peninsula ("Lamitan, on Basilan island", "X on the island of Y", "X, on the
Afungi peninsula") lies on it (`place_phrases.on_a_landmass`); not a place on a river, nor a place a journey only
ends on. Each on a sentence written for its test, the rules alone."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "place", "wider"),
    [
        ("A van exploded at a checkpoint in Kobalsk, on Basilan island, last July.", "Kobalsk", "Basilan island"),
        ("A van exploded at a checkpoint in Kobalsk on Basilan island last July.", "Kobalsk", "Basilan island"),
        ("A van exploded at a checkpoint in Kobalsk, on the island of Basilan, last July.", "Kobalsk", "Basilan"),
        ("Total is building a plant at Kobalsk, on the Afungi peninsula.", "Kobalsk", "Afungi"),
    ],
)
def test_a_place_on_an_island_or_a_peninsula_lies_on_it(text: str, place: str, wider: str) -> None:
    links = links_by_name(text)
    assert (place, "LOCATED_IN", wider) in links, links


@pytest.mark.parametrize(
    "text",
    [
        "Fighting raged in Kobalsk, on the Tigris river.",
        "Troops moved from Kobalsk on Monday to Basilan island.",
    ],
)
def test_a_river_or_a_journey_s_end_is_no_landmass_the_place_lies_on(text: str) -> None:
    links = links_by_name(text)
    assert not any(s == "Kobalsk" and t == "LOCATED_IN" for s, t, _ in links), links

"""Territory taken, told in two more ways: a list of places the parse hangs on the verb after a first place ("has taken
X in Y, and towns including A and B"), and an offensive that took a place, taken by whoever launched or led it ("X
led the offensive that took Y"). Each construction on a sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


def attacked(text: str) -> set[tuple[str, str]]:
    """Each ATTACKED link of the graph of one document, by its ends' names."""
    return set(named_links(text, "ATTACKED"))


@pytest.mark.parametrize(
    ("text", "taker", "places"),
    [
        (
            "Since then the Arakan Army has taken Paletwa in neighbouring Chin State, and towns including Pauktaw, "
            "Minbya and Maungdaw.",
            "Arakan Army",
            {"Pauktaw", "Minbya", "Maungdaw"},
        ),
        ("The M23 has seized Bunagana in North Kivu, and towns including Rubaya and Kitshanga.", "M23", {"Rubaya"}),
    ],
)
def test_places_listed_after_a_first_place_taken_were_taken_too(text: str, taker: str, places: set[str]) -> None:
    found = attacked(text)
    assert {(taker, p) for p in places} <= found, found
    assert (taker, "Chin State") not in found, found  # where the first town lies, not taken


@pytest.mark.parametrize(
    ("text", "taker", "place"),
    [
        (
            "Hayat Tahrir al-Sham led the rebel offensive that took Aleppo in late November.",
            "Hayat Tahrir al-Sham",
            "Aleppo",
        ),
        ("The M23 began an assault that overran Rubaya within a week.", "M23", "Rubaya"),
        ("The Arakan Army spearheaded the offensive which seized Paletwa last year.", "Arakan Army", "Paletwa"),
        ("Al-Shabaab mounted an attack that captured Beledweyne on Friday.", "al-Shabaab", "Beledweyne"),
    ],
)
def test_whoever_launched_or_led_an_offensive_took_the_place_it_took(text: str, taker: str, place: str) -> None:
    assert (taker, place) in attacked(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Somali army repelled an offensive that took Beledweyne.",
        "The army halted the offensive that captured Bunagana.",
        "The M23 took 20 soldiers hostage in Bunagana, and civilians including Jean Kabila.",
    ],
)
def test_an_offensive_only_met_and_people_listed_take_no_place(text: str) -> None:
    assert not {link for link in attacked(text) if link[1] in {"Beledweyne", "Bunagana", "Jean Kabila"}}

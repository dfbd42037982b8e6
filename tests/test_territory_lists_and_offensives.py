"""Territory taken, told in more ways: a list of places the parse hangs on the verb after a first place ("has taken X
in Y, and towns including A and B") or on the place that first place lies in ("has taken X in Y, A and B"), and an
offensive that took a place, taken by whoever launched or led it ("X led the offensive that took Y"). Each
construction on a sentence written for its test (the rules alone)."""

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


@pytest.mark.parametrize(
    ("text", "taker", "places"),
    [
        ("The M23 has since taken Kalehe in South Kivu, Minova and Sake.", "M23", {"Kalehe", "Minova", "Sake"}),
        (
            "The M23 has since taken Rubaya in neighbouring North Kivu, Kitshanga, Minova and, in May, Sake.",
            "M23",
            {"Rubaya", "Kitshanga", "Minova"},
        ),
        (
            "The Arakan Army has since taken Paletwa in neighbouring Chin State, Kyauktaw and Mrauk-U.",
            "Arakan Army",
            {"Paletwa", "Kyauktaw", "Mrauk-U"},
        ),
    ],
)
def test_places_listed_after_the_place_a_first_one_lies_in_were_taken_too(
    text: str, taker: str, places: set[str]
) -> None:
    found = attacked(text)
    assert {(taker, p) for p in places} <= found, found
    assert not {(taker, p) for p in ("South Kivu", "North Kivu", "Chin State")} & found, found


@pytest.mark.parametrize(
    "text",
    [
        "The M23 took Rubaya in North Kivu and South Kivu last year.",  # where it lies, told with "and"
        "The M23 took Rubaya in North Kivu, Congo, last year.",
        "The M23 took 20 soldiers in North Kivu, Minova and Sake.",  # people taken, no place
    ],
)
def test_places_joined_to_the_scene_without_a_list_of_places_taken_were_not_taken(text: str) -> None:
    found = attacked(text)
    assert not {link for link in found if link[1] in {"North Kivu", "South Kivu", "Minova", "Sake"}}, found

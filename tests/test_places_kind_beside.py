"""A place described beside its name by what it is in a wider place lies in that place (`loaders.place_phrases.
kind_beside`): "X, the Y state capital", "X, the Y regional capital", "X, the Y province town on the Z", "X, a Y
district town"; and a distance to a wider place called by what it is before its name ("40 km west of the provincial
capital Y", `loaders.place_phrases._called_or_none`). Not a border town (the near side), a group's stronghold, a
body named after a town, a group's capital, nor a person's town. Each on sentences written for its test,
the rules alone."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


def _located(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in links_by_name(text) if t == "LOCATED_IN"}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked Kandura, the Belvo state capital, on Monday.",
        "Gunmen attacked Kandura, the Belvo capital, on Monday.",
        "Fighting reached Kandura, the Belvo regional capital.",
        "Her account was collected in Kandura, the Belvo province town on the Tigris.",
        "Gunmen attacked Kandura, the Belvo district town, on Monday.",
        "Kandura, the Belvo provincial capital, was attacked on Monday.",
        "The group was founded in Kandura, the Belvo state capital, by a preacher.",
    ],
)
def test_a_place_described_by_its_kind_in_a_wider_place_lies_in_it(text: str) -> None:
    assert ("Kandura", "Belvo") in _located(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked Kandura, the main Belvo border town, on Monday.",  # on the near side of Belvo's border
        "Gunmen attacked Kandura, the Belvo militia stronghold, on Monday.",  # what a group holds, no settlement
        "Gunmen attacked Kandura, the Belvo town council, on Monday.",  # a body, not what Kandura is
        "Gunmen attacked Kandura, the Tarumba rebels' capital, on Monday.",  # a group's capital
        "Gunmen attacked Kandura, the Belvo governor's home town, on Monday.",  # the governor's town
    ],
)
def test_no_wider_place_without_a_settlement_described_in_it(text: str) -> None:
    assert not {("Kandura", "Belvo"), ("Kandura", "Tarumba")} & _located(text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels seized Kalma, about 40 km west of the provincial capital El Fasher.",
        "The attackers struck near the town of Kalma about 40 km (25 miles) west of the provincial capital El Fasher.",
        "The rebels seized Kalma, 30 kilometres from the state capital El Fasher.",
        "The rebels seized Kalma, some 40 km north of the regional capital El Fasher, on Monday.",
        "Fighting hit Kalma, a town about 25 km south-east of the city of El Fasher.",
    ],
)
def test_a_distance_to_a_place_called_by_what_it_is_places_the_first(text: str) -> None:
    assert ("Kalma", "El Fasher") in _located(text)


def test_a_distance_to_a_person_called_by_a_title_places_nothing() -> None:
    assert not _located("The rebels seized Kalma, 40 km west of the army chief Omar Bashir.")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the Belvo town of Kandura on Monday.",
        "Gunmen attacked the Belvo state town of Kandura on Monday.",
        "Gunmen attacked the remote Belvo village of Kandura on Monday.",
        "The rebels still hold the Belvo port of Kandura.",
        "Kandura, the Belvo state capital, was attacked on Monday; the Belvo town of Kandura is now empty.",
    ],
)
def test_a_settlement_named_after_a_place_and_its_kind_lies_in_that_place(text: str) -> None:
    located = _located(text)
    assert ("Kandura", "Belvo") in located
    assert ("Belvo", "Kandura") not in located


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fighting reached Amanual town of East Gojam on Monday.", ("Amanual", "East Gojam")),  # the town first
        ("Fighting reached the Kidal region of Tamara on Monday.", ("Kidal", "Tamara")),  # a division, not a town
    ],
)
def test_a_place_named_first_with_its_kind_lies_in_the_place_after_of(text: str, expected: tuple[str, str]) -> None:
    located = _located(text)
    assert expected in located
    assert (expected[1], expected[0]) not in located


def test_a_town_hall_named_after_a_place_is_no_settlement_of_it() -> None:
    assert ("Kandura", "Belvo") not in _located("Gunmen attacked the Belvo town hall of Kandura on Monday.")

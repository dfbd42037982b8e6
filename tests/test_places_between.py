"""A place said to lie between two others lies by both (`loaders/places_between.py`): "the X area between A and B
provinces", "X, between A and B,", "X, which lies between A and B", "X is located halfway between A and B", "the
tunnel in the rugged area between A and B"; not states ("a region between India and Pakistan"), not the sides of a
fight ("clashes in X between the army and the M23"), not a road named by its ends, nor a line that runs between the
two ("the Green Line between A and B"). Each on sentences written for its test, the rules alone."""

from __future__ import annotations

import pytest
from conftest import graph_of, links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "place", "ends"),
    [
        (
            "Gunmen ambushed a patrol in the Mutaibijah area between Salahuddin and Diyala provinces.",
            "Mutaibijah",
            ("Salahuddin", "Diyala"),
        ),
        ("Troops entered Masisi, between Goma and Rutshuru, on Monday.", "Masisi", ("Goma", "Rutshuru")),
        ("Fighters hid in Masisi, which lies between Goma and Rutshuru.", "Masisi", ("Goma", "Rutshuru")),
        ("Masisi is located halfway between Goma and Rutshuru.", "Masisi", ("Goma", "Rutshuru")),
        (
            "A bomb hit the road near Masisi in the hilly area between Goma and Rutshuru.",
            "Masisi",
            ("Goma", "Rutshuru"),
        ),
    ],
)
def test_a_place_between_two_lies_by_both(text: str, place: str, ends: tuple[str, str]) -> None:
    links = links_by_name(text)
    assert {(place, "LOCATED_IN", end) for end in ends} <= links


@pytest.mark.parametrize(
    "text",
    [
        "Kashmir, a region between India and Pakistan, was quiet.",  # states
        "Clashes erupted in Masisi between the army and the Kivu Front.",  # the sides of a fight
        "The road between Goma and Rutshuru was cut near Masisi.",  # a road named by its ends
        "Masisi saw fighting between Goma and Rutshuru militias.",
        "Gunfire echoed across the former Green Line between Chiyah and Ain el-Remmaneh.",  # a line runs between
    ],
)
def test_states_sides_and_roads_are_no_places_between(text: str) -> None:
    kg = graph_of(text)
    methods = {e.method for _, _, data in kg.g.edges(data=True) for e in data["evidence"]}
    assert "place-between" not in methods

"""Places joined by "and" before a comma and a wider place all lie in it (`loaders/places.py`, the comma chains):
"between Dapaong and Mandouri, Savanes region", "in Rutshuru and Masisi, North Kivu province"; not a place listed
with commas only, nor one set apart by a verb. Each on sentences written for its test, the rules alone."""

from __future__ import annotations

import pytest
from conftest import graph_of, links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "places", "wider"),
    [
        (
            "Photo: Soldiers at a checkpoint on the road between Dapaong and Mandouri, Savanes region, 2023.",
            ("Dapaong", "Mandouri"),
            "Savanes region",
        ),
        ("Fighting hit Rutshuru and Masisi, North Kivu province, on Monday.", ("Rutshuru", "Masisi"), "North Kivu"),
        (
            "Photo: Refugees in Kibati or Kanyaruchinya, Nyiragongo territory, 2024.",
            ("Kibati", "Kanyaruchinya"),
            "Nyiragongo",
        ),
    ],
)
def test_places_joined_before_a_comma_lie_in_the_place_after_it(text: str, places: tuple[str, ...], wider: str) -> None:
    links = {(s, o) for s, t, o in links_by_name(text) if t == "LOCATED_IN"}
    assert all(any(s == p and o.startswith(wider) for s, o in links) for p in places)


def test_a_place_set_apart_by_a_verb_is_not_joined() -> None:
    kg = graph_of("Rebels left Kabanda and took Mweso, Nyiragongo territory, on Monday.")
    methods = {e.method for _, _, data in kg.g.edges(data=True) for e in data["evidence"]}
    assert "places-joined-comma" not in methods

"""A place put in a part of another ("on the western shore of", "in the north-east of"): the name read as a place's
whatever the NER made of it, and linked to the wider place."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def links(text: str) -> tuple[dict[str, str], set[tuple[str, str]]]:
    """The labels of a one-sentence graph's actors, and its LOCATED_IN pairs, by name."""
    kg = graph_of(text)
    names = {d["name"]: d["label"] for _, d in kg.g.nodes(data=True)}
    pairs = {(kg.g.nodes[s]["name"], kg.g.nodes[o]["name"]) for s, o, t in kg.g.edges(keys=True) if t == "LOCATED_IN"}
    return names, pairs


def test_a_name_before_a_part_of_a_place_is_a_place_in_it() -> None:
    names, pairs = links("On 21 January they took Kalungu, on the western shore of Lake Kivu, cutting a supply road.")
    assert names.get("Kalungu") == "Location", names  # the NER reads "Kalungu" here as a body's
    assert ("Kalungu", "Lake Kivu") in pairs, pairs


def test_towns_in_the_north_east_of_a_region_lie_in_it() -> None:
    _, pairs = links("Rebel units entered Chipwi and Pangwa in the north-east of Kachin State last week.")
    assert {("Chipwi", "Kachin State"), ("Pangwa", "Kachin State")} <= pairs, pairs

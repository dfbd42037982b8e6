"""An act of attack the page's title tells by its verb is the page's incident, of the report's month: "Gunmen attack
police post in Dori" above the story. A crosshead inside the story ("Why gunmen attack police posts in Dori") tells
no incident. Sentences written for these tests (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def events(text: str) -> dict[str, set[str]]:
    """Each Event's name and its aliases."""
    return {d["name"]: set(d["aliases"]) for _, d in graph_of(text).g.nodes(data=True) if d["label"] == "Event"}


def test_the_title_act_is_the_pages_incident() -> None:
    text = "Gunmen attack police post in Dori\n\nThe attackers fled towards the border, residents said."
    found = events(text)
    assert "Dori attack" in found, found
    assert "Gunmen attack police post in Dori" in found["Dori attack"], found
    assert ("dori-attack-2024-03", "dori", "OCCURRED_AT") in set(graph_of(text).g.edges(keys=True)), found


def test_a_crosshead_act_is_no_incident() -> None:
    text = (
        "Dori residents mourn\n\nThe army said its patrols were reinforced.\n\n"
        "Why gunmen attack police posts in Dori\n\nAnalysts say the border is porous."
    )
    assert events(text) == {}, events(text)

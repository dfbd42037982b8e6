"""Plural incident nouns that tell a habit of many attacks ("small-scale attacks", "hit-and-run raids") are no one
incident: no Event, and so no place, target or author of one; a dated attack beside them still is one."""

from __future__ import annotations

from conftest import graph_of


def event_names(text: str) -> set[str]:
    """The name of each Event node of the graph of one document."""
    return {d["name"] for _, d in graph_of(text).g.nodes(data=True) if d["label"] == "Event"}


def test_a_habit_of_small_attacks_is_no_incident() -> None:
    text = (
        "Since 2022 the Kawa Front has claimed small-scale attacks on army checkpoints in Kapisa and Parwan, and its "
        "fighters keep up hit-and-run raids in Baghlan province."
    )
    kg = graph_of(text)
    assert event_names(text) == set()
    assert not [k for _, _, k in kg.g.edges(keys=True) if k in {"OCCURRED_AT", "BLAMED_FOR"}]


def test_a_dated_attack_beside_the_habit_is_still_an_event() -> None:
    text = (
        "The Kawa Front carries out sporadic ambushes in Parwan. On Sunday its fighters attacked a checkpoint in "
        "Kapisa, the deadliest attack this year."
    )
    kg = graph_of(text)
    events = {n for n, d in kg.g.nodes(data=True) if d["label"] == "Event"}
    assert len(events) == 1, events
    [event] = events
    assert kg.g.has_edge(event, "kapisa", "OCCURRED_AT")
    assert not kg.g.has_edge(event, "parwan", "OCCURRED_AT")

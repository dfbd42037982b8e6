"""An act told by its verb and the word of its result, with no object, is also named by them alone ("shot dead" of
"X was shot dead at home in Y", "gunned down", "taken hostage", "shot down"); not a verb with its object ("shot dead
the mayor"), nor a verb with no result word ("killed")."""

from __future__ import annotations

from conftest import graph_of


def event_names(text: str) -> set[str]:
    """Every name and alias of the Event nodes."""
    nodes = graph_of(text).g.nodes(data=True)
    return {name for _, d in nodes if d["label"] == "Event" for name in [d["name"], *d["aliases"]]}


def test_shot_dead_at_home() -> None:
    assert "shot dead" in event_names("Judge Omar Said and his wife were shot dead at their home in Colima on Monday.")


def test_gunned_down_outside_an_office() -> None:
    assert "gunned down" in event_names("The mayor, Omar Said, was gunned down outside his office in Gao on Monday.")


def test_taken_hostage_near_a_town() -> None:
    assert "taken hostage" in event_names("Two aid workers were taken hostage near Gao on Monday.")


def test_a_drone_shot_down() -> None:
    assert "shot down" in event_names("A Turkish drone was shot down over Tripoli on Friday.")


def test_not_the_verb_without_its_object() -> None:
    assert "shot dead" not in event_names("Gunmen shot dead the mayor, Omar Said, in Gao on Monday.")


def test_not_a_verb_with_no_result_word() -> None:
    names = event_names("Judge Omar Said was killed at his home in Colima on Monday.")
    assert names and not any(" " not in name for name in names), names

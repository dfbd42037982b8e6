"""An incident told by its noun that killed a named person is also named by him, as "<target> <incident>" names are
written ("Fuad Saleh strike" of "Israel killed X in a strike on Beirut's southern suburbs"); not by someone it only
wounded, nor twice by the victim a killing is already named after."""

from __future__ import annotations

from conftest import graph_of


def event_names(text: str) -> set[str]:
    """Every name and alias of the Event nodes."""
    nodes = graph_of(text).g.nodes(data=True)
    return {name for _, d in nodes if d["label"] == "Event" for name in [d["name"], *d["aliases"]]}


def test_killed_in_a_strike_on_a_city() -> None:
    names = event_names("Israel killed the commander Fuad Saleh in a strike on Beirut's southern suburbs in July.")
    assert "Fuad Saleh strike" in names, names


def test_killed_in_a_drone_strike_near_a_town() -> None:
    names = event_names("The Hezbollah commander Ali Omar was killed in an Israeli drone strike near Tyre on Monday.")
    assert "Ali Omar drone strike" in names, names


def test_a_raid_that_killed_a_leader() -> None:
    names = event_names("Ali Kalora, the leader of the MIT, was killed in a police raid near Poso on Saturday.")
    assert "Ali Kalora police raid" in names or "Ali Kalora raid" in names, names


def test_not_someone_only_wounded() -> None:
    names = event_names("The Hezbollah commander Ali Omar was wounded in an Israeli drone strike near Tyre on Monday.")
    assert not any(name.startswith("Ali Omar") for name in names), names

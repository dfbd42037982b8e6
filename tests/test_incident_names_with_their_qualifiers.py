"""An incident named "<place> <incident>" is also named with the words that qualify its noun, as "<place> <incident>"
names are written ("Bulobarde U.S. strike" of "a U.S. strike near Bulobarde", "Tyre Israeli drone strike"); not with a
possessive ("Israel's strike"), a date or a number ("the 2019 bombing")."""

from __future__ import annotations

from conftest import graph_of


def event_names(text: str) -> set[str]:
    """Every name and alias of the Event nodes."""
    nodes = graph_of(text).g.nodes(data=True)
    return {name for _, d in nodes if d["label"] == "Event" for name in [d["name"], *d["aliases"]]}


def test_a_states_strike_near_a_town() -> None:
    assert "Bulobarde U.S. strike" in event_names(
        "A U.S. strike killed al Shabaab fighters near Bulobarde, AFRICOM says."
    )


def test_a_states_drone_strike_on_a_car_near_a_town() -> None:
    names = event_names("An Israeli drone strike on a car near Tyre killed two Hezbollah fighters on Monday.")
    assert "Tyre Israeli drone strike" in names, names


def test_a_groups_bombing_in_a_town() -> None:
    names = event_names("A Shabaab suicide bombing in Baidoa killed 12 people on Sunday.")
    assert "Baidoa Shabaab suicide bombing" in names, names


def test_not_with_a_possessive() -> None:
    names = event_names("Israel's strike near Tyre killed two Hezbollah fighters on Monday.")
    assert not any("Israel's" in name and name.startswith("Tyre") for name in names), names


def test_not_with_a_year() -> None:
    names = event_names("The 2019 suicide bombing in Kabul killed 40 people.")
    assert "Kabul 2019 suicide bombing" not in names, names

"""A harm whose "in" or "during" phrase the parse hangs on its companion or on a harm joined to it happened in that
incident: one Event, not a killing named for its victims beside the strike that killed them, and a killing with no
incident of its own is named by the phrase ("a clash with rebels"). Not when the first harm tells its own place or
day, nor an incident its words set apart ("a separate attack", "a later ambush")."""

from __future__ import annotations

from conftest import graph_of


def events(text: str) -> list[set[str]]:
    """The name and aliases of each Event node."""
    return [{d["name"], *d["aliases"]} for _, d in graph_of(text).g.nodes(data=True) if d["label"] == "Event"]


def test_a_killing_with_a_companion_in_a_strike_is_the_strike() -> None:
    text = (
        "Karim succeeded Hadi Amiri, the group's deputy chief, who was killed with Quds Force commander Ali Saleh in "
        "the US strike near Erbil airport on 4 May 2021."
    )
    found = events(text)
    assert len(found) == 1, found
    assert "US strike near Erbil airport" in found[0], found


def test_killed_and_others_captured_during_a_clash_is_named_by_the_clash() -> None:
    text = "In March 2023, four Malian soldiers were killed and seven others captured during a clash with rebels."
    found = events(text)
    assert len(found) == 1, found
    assert "a clash with rebels" in found[0], found


def test_killed_and_others_wounded_in_an_ambush_is_the_ambush() -> None:
    text = "Captain Ali Sow and two soldiers were killed and five others were wounded in an ambush near Kidal."
    found = events(text)
    assert len(found) == 1, found
    assert "ambush near Kidal" in found[0], found


def test_killed_and_abducted_during_a_raid_set_off_by_commas() -> None:
    text = "Two guards of the Kenya Wildlife Service were killed, and three were abducted, during the raid on Lamu."
    found = events(text)
    assert len(found) == 1, found
    assert "raid on Lamu" in found[0], found


def test_killed_with_a_companion_past_a_relative_clause_during_a_raid() -> None:
    text = (
        "The unit was led by Omar Said, who was shot dead with his deputy Ali Saleh during the raid on Burao by "
        "Somali troops."
    )
    found = events(text)
    assert len(found) == 1, found


def test_a_harm_told_on_its_own_day_is_not_a_later_ambush() -> None:
    text = "Captain Ali Sow was killed on Monday, and seven soldiers were wounded in a later ambush near Kidal."
    assert len(events(text)) == 2


def test_a_harm_at_its_own_place_is_not_a_separate_attack() -> None:
    text = (
        "Four Malian soldiers were killed in Gao on Monday and seven others were wounded in a separate attack near "
        "Kidal."
    )
    assert len(events(text)) == 2


def test_a_separate_attack_after_a_bare_killing_stays_apart() -> None:
    text = "Captain Ali Sow was killed and seven soldiers were wounded in a separate attack near Kidal."
    assert len(events(text)) == 2


def test_a_raid_later_that_month_is_not_the_bombing_told_before() -> None:
    text = (
        "Omar Said died when a bomb planted under his car exploded in Nablus in May 2023, a killing the group blamed "
        "on Israel; and Ali Saleh was killed in a raid on a house in Jenin later that month."
    )
    kg = graph_of(text)
    names = {kg.g.nodes[s]["name"] for s, o, k in kg.g.edges(keys=True) if k == "BLAMED_FOR"}
    assert "Omar Said" not in names, names

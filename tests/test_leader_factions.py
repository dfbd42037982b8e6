"""Factions named after their leader are organisations of their own (loaders/leader_factions.py), each on a sentence
written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import graph_of, links_by_name

pytestmark = pytest.mark.model


def test_a_leaders_faction_of_a_movement_is_led_by_him_and_part_of_it() -> None:
    text = (
        "Rebel leader Ousmane Diatta broke with the movement in 2021. "
        "Soldiers were ambushed on Monday by Diatta's faction of the MFDC."
    )
    links = links_by_name(text)
    assert ("Ousmane Diatta", "LEADS", "Diatta faction") in links
    assert ("Diatta faction", "MEMBER_OF", "Movement of Democratic Forces of Casamance") in links


def test_a_faction_named_after_a_surname_is_an_organisation_that_acts() -> None:
    text = "Nur Misuari returned to Jolo in May. The Misuari faction of the MNLF attacked an army post near Jolo."
    kg = graph_of(text)
    factions = [d for _, d in kg.g.nodes(data=True) if d["name"] == "Misuari faction"]
    assert [d["label"] for d in factions] == ["Organization"]
    assert ("Nur Misuari", "LEADS", "Misuari faction") in links_by_name(text)


def test_a_hyphen_led_faction_keeps_its_leader_apart() -> None:
    links = links_by_name("The Mohammed Hassan-led faction of Hamas rejected the truce.")
    assert ("Mohammed Hassan", "LEADS", "Hassan-led faction") in links
    assert ("Hassan-led faction", "MEMBER_OF", "Hamas") in links


def test_a_faction_that_describes_a_named_group_is_that_group() -> None:
    text = "Rebel leader Ousmane Diatta was seen in May. The Northern Front, Diatta's faction, ambushed a patrol."
    assert not any(name.endswith("faction") for link in links_by_name(text) for name in (link[0], link[2]))

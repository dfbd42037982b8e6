"""A reference back by an incident's own noun ("the blast" of a bombing, "the assassination" of a killing) means the
incident told by that noun, not a nearer one of another noun; "the attack" still means the nearest (the rules alone,
on paragraphs written for the test)."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def blamed(text: str) -> set[tuple[str, str]]:
    """The (blamed, incident) pairs of the text's BLAMED_FOR links."""
    kg = graph_of(text)
    return {(s, o) for s, o, k in kg.g.edges(keys=True) if k == "BLAMED_FOR"}


BOMBING_THEN_RAID = (
    "A bombing at a market in Kano killed nine people on Monday. On Tuesday, gunmen raided a police station in Zaria. "
)


def test_the_blast_is_the_bombing_told_before_not_the_nearer_raid() -> None:
    found = blamed(BOMBING_THEN_RAID + "Boko Haram claimed the blast in a statement.")
    assert ("boko-haram", "kano-attack-2024-03") in found
    assert ("boko-haram", "zaria-attack-2024-03") not in found


def test_the_attack_is_still_the_nearest_incident() -> None:
    found = blamed(BOMBING_THEN_RAID + "Boko Haram claimed the attack in a statement.")
    assert ("boko-haram", "zaria-attack-2024-03") in found


def test_the_killings_are_the_massacre_told_before_not_the_nearer_raid() -> None:
    found = blamed(
        "A massacre in the village of Kano left 40 dead on Monday. On Tuesday, gunmen raided a police station in Zaria."
        " The government blamed Boko Haram for the killings."
    )
    assert {o for s, o in found if s == "boko-haram"} == {"kano-killing-2024-03"}, found


def test_the_shooting_is_no_nearer_explosion_but_the_attack_told_before_it() -> None:
    found = blamed(
        "Gunmen attacked a police post in Zaria on Monday. On Tuesday an explosion hit a market in Kano."
        " Police blamed Boko Haram for the shooting."
    )
    assert {o for s, o in found if s == "boko-haram"} == {"zaria-attack-2024-03"}, found


def test_the_attack_is_no_crackdown_told_after_it() -> None:
    found = blamed(
        "Gunmen attacked a police post in Zaria on Monday. On Tuesday, police launched a crackdown in Kano."
        " Officials blamed Boko Haram for the attack."
    )
    assert {o for s, o in found if s == "boko-haram"} == {"zaria-attack-2024-03"}, found

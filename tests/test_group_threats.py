"""A threat made by a fighting group's leader or spokesman is the group's threat too (loaders/group_threats.py)."""

from __future__ import annotations

import pytest
from conftest import graph_of


def threats_by_name(text: str) -> dict[tuple[str, str], str]:
    """Each THREATENED link the rules find in the text, by its ends' names, with the rule that made it."""
    kg = graph_of(text)
    return {
        (kg.g.nodes[s]["name"], kg.g.nodes[o]["name"]): d["evidence"][0].method
        for s, o, k, d in kg.g.edges(keys=True, data=True)
        if k == "THREATENED"
    }


@pytest.mark.parametrize(
    ("text", "group", "foe"),
    [
        (
            "Hossein Salami, the commander of the Islamic Revolutionary Guard Corps, warned Israel that it would face"
            " a crushing response.",
            "Islamic Revolutionary Guard Corps",
            "Israel",
        ),
        (
            "Ali Dhere, the spokesman of al-Shabaab, warned Kenya that its soldiers would pay a heavy price.",
            "al-Shabaab",
            "Kenya",
        ),
    ],
)
def test_a_threat_by_a_fighting_groups_head_or_spokesman_is_the_groups(text: str, group: str, foe: str) -> None:
    found = threats_by_name(text)
    assert any(s == group and o == foe for s, o in found), found


def test_a_threat_by_a_head_of_state_is_not_given_to_the_state() -> None:
    found = threats_by_name("Kenyan President William Ruto warned al-Shabaab that its fighters would be hunted down.")
    assert "threat-of-group" not in found.values(), found


def test_a_threat_whose_sentence_does_not_name_the_group_stays_the_persons() -> None:
    found = threats_by_name(
        "Abu Mahdi al-Muhandis leads Kataib Hezbollah. Abu Mahdi al-Muhandis has threatened US troops in the past."
    )
    assert "threat-of-group" not in found.values(), found

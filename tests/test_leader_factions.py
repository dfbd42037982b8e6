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


NICKNAMED = [
    "The Zarqoun faction of the MNLF attacked an army post near Jolo on Monday.",
    "An army post near Jolo was attacked on Monday by the Zarqoun faction of the MNLF.",
    "Fighters of the Zarqoun faction, which split from the MNLF in 2019, attacked an army post.",
    "Officials said the Zarqoun faction, under Musa Halid, had attacked an army post.",
    "Musa Halid, who leads the Zarqoun faction, denied the attack on the army post.",
]


@pytest.mark.parametrize("text", NICKNAMED)
def test_a_nickname_before_faction_names_an_organisation(text: str) -> None:
    kg = graph_of(text)
    assert [d["label"] for _, d in kg.g.nodes(data=True) if d["name"] == "Zarqoun faction"] == ["Organization"]


def test_a_two_word_nickname_before_faction_is_kept_whole() -> None:
    kg = graph_of("The Abu Sarrat faction pledged allegiance to the Islamic State in 2016.")
    assert "Abu Sarrat faction" in {d["name"] for _, d in kg.g.nodes(data=True)}


@pytest.mark.parametrize(
    "text",
    [
        "The MNLF faction attacked an army post near Jolo.",  # a known body's own faction
        "The Biden administration rejected the truce.",  # not a faction's noun
        "The faction attacked an army post near Jolo.",  # no nickname
    ],
)
def test_no_nickname_faction_from_a_known_name_or_none(text: str) -> None:
    kg = graph_of(text)
    assert not any(d["name"].endswith(" faction") for _, d in kg.g.nodes(data=True))


def test_a_body_the_page_names_on_its_own_is_the_whole_of_its_faction() -> None:
    text = "Ansar Kelbo claimed the raid. The Ansar Kelbo faction attacked an army post near Jolo."
    kg = graph_of(text)
    assert not any(d["name"].endswith(" faction") for _, d in kg.g.nodes(data=True))


@pytest.mark.parametrize(
    "text",
    [
        "Near Lake Chad, the Kelbo Haram faction JAS ambushed an army convoy.",
        "The forces are mostly the Kelbo Haram faction led by Musa Halid, and smaller groups.",
    ],
)
def test_a_faction_named_or_led_after_its_noun_is_no_nicknamed_faction(text: str) -> None:
    kg = graph_of(text)
    assert not any(d["name"] == "Kelbo Haram faction" for _, d in kg.g.nodes(data=True))


def test_a_bodys_full_name_before_faction_is_its_whole() -> None:
    kg = graph_of("The coalition includes the Kelbo Liberation Movement faction of Musa Halid.")
    assert not any(d["name"] == "Kelbo Liberation Movement faction" for _, d in kg.g.nodes(data=True))


READ_AS_A_PLACE = [  # a nickname the NER reads as a place's or a people's, which the unit-names rule reads too
    "The Tombura faction of the rebels seized Nasir on Monday.",
    "Nasir was seized on Monday by the Tombura faction.",
    "Fighters of the Tombura faction, which broke away from the SPLM-IO, seized Nasir.",
    "Officials said Nasir had fallen to the Tombura faction and the Agwelek forces.",
    "The army, the Tombura faction and the Agwelek forces fought near Nasir.",
    "James Deng, who commands the Tombura faction, said his men held Nasir.",
]


@pytest.mark.parametrize("text", READ_AS_A_PLACE)
def test_a_nickname_both_rules_read_is_one_faction_node(text: str) -> None:
    names = [d["name"] for _, d in graph_of(text).g.nodes(data=True) if "Tombura" in d["name"]]
    assert names == ["Tombura faction"]


def test_a_nickname_faction_is_no_member_of_its_own_nickname() -> None:
    kg = graph_of("The Tombura faction was joined by the Agwelek forces.")
    assert not any(k == "MEMBER_OF" and s == "tombura-faction" for s, _, k in kg.g.edges(keys=True))

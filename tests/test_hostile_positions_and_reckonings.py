"""Hostility told by what an attack hit and by a reckoning promised: a side's fighting positions struck
(loaders/hit_positions.py), a side held to account (loaders/hostility.py, ``held_to_account``), and the owner a
rival's "its" stands for when a body comes between (``_clear_owner``); each on a sentence written for its test."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Turkish jets struck PKK positions in the mountains near Qandil overnight.", ("Turkey", "PKK")),
        (
            "The Saudi-led coalition has carried out dozens of air strikes on Houthi targets around Hodeidah.",
            ("Saudi-led coalition", "Houthis"),
        ),
        (
            "Factions of the Syrian National Army shelled positions of the SDF near Manbij on Sunday.",
            ("Syrian National Army", "Syrian Democratic Forces"),
        ),
    ],
)
def test_an_attack_on_a_sides_fighting_positions_opposes_that_side(text: str, pair: tuple[str, str]) -> None:
    assert pair in named_links(text, "ATTACKED")
    assert named_links(text, "OPPOSES").get(pair) == "asserted"


def test_an_attack_on_a_sides_troops_or_bases_sets_no_one_against_anyone() -> None:
    text = "Al-Shabaab fighters attacked Kenyan troops near the border on Tuesday."
    assert named_links(text, "ATTACKED")
    assert not named_links(text, "OPPOSES")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ndayishimiye said Burundi would hold Kigali responsible for the massacre.", ("Burundi", "Rwanda")),
        (
            "The US will keep working with its partners to hold the Wagner Group accountable.",
            ("United States", "Wagner Group"),
        ),
        ("Kurdish leader Mustafa Hijri called on the world to hold Tehran to account.", ("Mustafa Hijri", "Iran")),
    ],
)
def test_holding_a_side_to_account_opposes_it(text: str, pair: tuple[str, str]) -> None:
    assert named_links(text, "OPPOSES").get(pair) == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "The next round of talks with Hamas will be held in Doha.",
        "Hamas held its own account of the meeting with Fatah.",
    ],
)
def test_holding_talks_or_an_account_of_ones_own_opposes_no_one(text: str) -> None:
    assert not named_links(text, "OPPOSES")


def test_a_rival_whose_owner_a_body_after_a_state_makes_unclear_is_no_ones_rival() -> None:
    text = "Washington designated Barrio 18 a terrorist organisation last month, alongside its rival MS-13."
    assert not named_links(text, "OPPOSES")
    assert named_links("Hamas and its rival Fatah sent delegations to Cairo.", "OPPOSES")


@pytest.mark.parametrize(
    ("text", "holders", "held"),
    [
        (
            "Jake Sullivan said the United States would use all appropriate tools to hold Iran responsible.",
            {"United States", "Jake Sullivan"},
            "Iran",
        ),
        ("Burundi pledged to hold Rwanda accountable for the massacre in Cibitoke.", {"Burundi"}, "Rwanda"),
        (
            "The Pentagon will hold Kataib Hezbollah to account, Austin said.",
            {"Pentagon", "Lloyd Austin"},
            "Kataib Hezbollah",
        ),
        (
            "Kenya has promised that it will hold al-Shabaab to account for the raid on Lamu.",
            {"Kenya"},
            "al-Shabaab",
        ),
        (
            "Nigeria would hold Boko Haram accountable for every death, Tinubu said.",
            {"Nigeria", "Bola Tinubu"},
            "Boko Haram",
        ),
    ],
)
def test_a_reckoning_only_announced_threatens_the_side_to_be_held(text: str, holders: set[str], held: str) -> None:
    threatened = named_links(text, "THREATENED")
    assert {h for h in holders if threatened.get((h, held)) == "asserted"} == holders


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah holds Israel fully responsible for the attack on Beirut.",  # held, not vowed
        "Kurdish leader Mustafa Hijri called on the world to hold Tehran to account.",  # the world's to do
        "Kenya said it would not hold al-Shabaab responsible for the fire.",  # denied
        "Ndayishimiye said Burundi would hold Kigali responsible for the massacre.",  # blame laid, a verdict
    ],
)
def test_a_reckoning_held_called_for_denied_or_laid_as_blame_threatens_no_one(text: str) -> None:
    assert not named_links(text, "THREATENED")

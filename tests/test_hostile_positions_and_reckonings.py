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

"""Attacks told through a phrase of blame on a counted series of them ("blamed for a string of attacks on X") and
deaths told by a possessive before a noun of death or killing ("X's death in a US strike"); each construction on
sentences written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model

POLICE = ("al-Shabaab", "Kenya National Police Service")


def attacked(text: str) -> dict[tuple[str, str], str]:
    """Each ATTACKED link of the graph of one document, by its ends' names, with its certainty."""
    return named_links(text, "ATTACKED")


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab is blamed for a string of attacks on Kenyan police.",
        "Officials hold al-Shabaab responsible for a spate of attacks on Kenyan police.",
        "Al-Shabaab was behind a wave of attacks on Kenyan police.",
        "Officials attributed a wave of attacks on Kenyan police to al-Shabaab.",
        "Al-Shabaab claimed responsibility for a wave of attacks on Kenyan police.",
        "Al-Shabaab, blamed for a string of attacks on Kenyan police, vowed more.",
        "Officials held al-Shabaab responsible for attacks on Kenyan police.",
        "Al-Shabaab has claimed dozens of bombings and ambushes on Kenyan police since 2011.",
    ],
)
def test_a_side_blamed_for_a_series_of_attacks_attacked_their_target(text: str) -> None:
    assert POLICE in attacked(text), attacked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab denied responsibility for a wave of attacks on Kenyan police.",
        "Officials said al-Shabaab was not responsible for attacks on Kenyan police.",
        "Al-Shabaab denied it was responsible for a wave of attacks on Kenyan police.",
        "Officials do not hold al-Shabaab responsible for attacks on Kenyan police.",
        "Al-Shabaab condemned a wave of attacks on Kenyan police.",
    ],
)
def test_no_attack_from_a_denied_or_condemned_series(text: str) -> None:
    assert POLICE not in attacked(text), attacked(text)


def test_the_side_blamed_not_the_blamer_attacked() -> None:
    found = attacked("Hamas blamed Israel for a string of attacks on Hezbollah.")
    assert ("Israel", "Hezbollah") in found and ("Hamas", "Hezbollah") not in found, found


def test_a_count_of_what_is_no_incident_is_no_attack() -> None:
    assert not attacked("Al-Shabaab claimed a string of towns in southern Somalia."), "towns are no attacks"


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("Esmail Qaani took over after Qassem Soleimani's death in a U.S. strike in Baghdad.", "Qassem Soleimani"),
        ("Mourners marked the anniversary of Soleimani's killing in a U.S. drone strike.", "Qassem Soleimani"),
        ("Qassem Soleimani led the Quds Force until his death in a U.S. drone strike in 2020.", "Qassem Soleimani"),
        ("Hamas mourned Saleh al-Arouri's assassination in an Israeli drone strike in Beirut.", "Saleh al-Arouri"),
        ("After Omar Haddad's death in a Turkish air strike, the PKK named a new commander.", "Omar Haddad"),
    ],
)
def test_the_author_of_the_strike_a_possessive_victim_died_in_attacked_him(text: str, link: str) -> None:
    found = attacked(text)
    assert any(victim == link for _, victim in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Omar Haddad's death in a car crash in Sinjar shocked the PKK.",
        "Omar Haddad's killing of three guards in a raid near Sinjar was condemned by Turkey.",
        "Omar Haddad's death in a strike on Sinjar was confirmed by the PKK.",
        "Israel confirmed Yahya Sinwar's death in Rafah.",
    ],
)
def test_no_attacker_without_an_author_of_the_strike(text: str) -> None:
    found = attacked(text)
    assert not any(victim in {"Omar Haddad", "Yahya Sinwar"} for _, victim in found), found


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("The Amal Movement lost members in Israeli strikes.", ("Israel", "Amal Movement")),
        ("Hezbollah lost most of its top command to Israeli strikes.", ("Israel", "Hezbollah")),
        ("The Malian army lost 20 soldiers in a JNIM ambush near Gao.", ("JNIM", "Malian Armed Forces")),
        ("Consuelo Ordonez lost her brother Gregorio Ordonez to an ETA gunman in 1995.", ("ETA", "Gregorio Ordonez")),
        ("The PKK lost two commanders, Omar Haddad and Yusuf Barakat, in Turkish drone strikes.", ("Turkey", "PKK")),
        (
            "The PKK lost two commanders, Omar Haddad and Yusuf Barakat, in Turkish drone strikes.",
            ("Turkey", "Yusuf Barakat"),
        ),
        ("Hamas has lost thousands of fighters to Israeli air strikes.", ("Israel", "Hamas")),
    ],
)
def test_the_author_of_an_attack_people_were_lost_in_attacked_them(text: str, link: tuple[str, str]) -> None:
    assert link in attacked(text), attacked(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Malian army lost ground to JNIM near Gao.",
        "Hamas lost the election to Fatah in 2006.",
        "The PKK lost its bases in Turkish strikes.",
        "Omar Haddad lost two nieces in the strike.",
        "Hezbollah lost members in Syria.",
    ],
)
def test_nothing_lost_to_an_attack_by_a_named_side_is_no_attack(text: str) -> None:
    assert not attacked(text), attacked(text)

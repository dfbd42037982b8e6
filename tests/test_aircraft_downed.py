"""An aircraft brought down: whoever shot it down ATTACKED the state or body it belonged to, named by a demonym, a name
or a possessive before it, an "of" or "launched by" after it (loaders/hit_owners.py ``aircraft_owners``, the
``shoot`` and ``bring`` entries of ``phrasal_attacks``); never the place it flew over. Each on a sentence written for
its test."""

from __future__ import annotations

import pytest
from conftest import graph_of, named_links

from loaders.hit_owners import AIRCRAFT_DOWNED

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Houthi forces shot down an American spy drone over Marib on Tuesday.", ("Houthis", "United States")),
        ("Israel shot down a Hezbollah drone that had crossed into the Galilee.", ("Israel", "Hezbollah")),
        ("Pakistani forces said they had shot down five Indian aircraft.", ("Pakistan", "India")),
        ("A Turkish jet was shot down over the Mediterranean by Syria.", ("Syria", "Turkey")),
        ("The Free Syrian Army brought down a helicopter of the Syrian army.", ("Free Syrian Army", "Syria")),
        ("The Royal Air Force shot down several drones launched by Iran.", ("Royal Air Force", "Iran")),
        ("Royal Air Force jets had shot down a number of Iranian attack drones.", ("Royal Air Force", "Iran")),
        ("The Houthis downed an American drone off the coast of Hodeidah.", ("Houthis", "United States")),
        ("Hezbollah said it had shot down an Israeli Hermes 450 drone over southern Lebanon.", ("Hezbollah", "Israel")),
    ],
)
def test_whoever_brings_an_aircraft_down_attacked_its_owner(text: str, pair: tuple[str, str]) -> None:
    assert named_links(text, "ATTACKED").get(pair) == "asserted", named_links(text, "ATTACKED")


def test_the_place_an_aircraft_is_downed_over_is_not_attacked() -> None:
    found = named_links("Houthi forces shot down an American drone over Yemen on Sunday.", "ATTACKED")
    assert ("Houthis", "United States") in found, found
    assert ("Houthis", "Yemen") not in found, found
    assert not named_links("Houthi forces shot down a drone over Marib.", "ATTACKED")


def test_a_denied_downing_is_negated() -> None:
    found = named_links("Iran denied that it had shot down the Ukrainian airliner.", "ATTACKED")
    assert found == {("Iran", "Ukraine"): "negated"}, found


@pytest.mark.parametrize(
    "text",
    [
        "The army shot down the proposal of Hezbollah.",  # no aircraft
        "Parliament brought down the government of Israel.",  # a government brought down is no attack
        "Israel's Iron Dome intercepted rockets fired by Hamas.",  # an interception hits no one's aircraft
        "Iran may shoot down Israeli drones if they cross its border.",  # only possible
    ],
)
def test_no_attack_without_an_aircraft_brought_down(text: str) -> None:
    assert not named_links(text, "ATTACKED"), named_links(text, "ATTACKED")


def test_a_threat_to_shoot_down_is_a_threat() -> None:
    text = "Iran threatened to shoot down American drones over the Gulf."
    assert not named_links(text, "ATTACKED")
    assert ("Iran", "United States") in named_links(text, "THREATENED")


def test_a_sides_fighters_are_no_aircraft() -> None:
    kg = graph_of("The Sudanese army attacked RSF fighters in Omdurman.")
    methods = {ev.method for _, _, k, d in kg.g.edges(keys=True, data=True) if k == "ATTACKED" for ev in d["evidence"]}
    assert methods and not any(AIRCRAFT_DOWNED in m for m in methods), methods

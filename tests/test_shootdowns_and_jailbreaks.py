"""Incidents told by a verb with its particle, its weapon or its object: "shot down an aircraft" is an attack on what
was brought down, not a killing, and the place the parse hangs on the weapon ("with a rocket near X") is where the
incident happened; "gunmen freed 900 inmates from X prison" is a prison break (an amnesty is none), and "stole $60
million from a bank in X" a theft there; each construction on a sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import graph_of
from conftest import named_links as links

pytestmark = pytest.mark.model

SHOOTDOWN = "In March 2019, Boko Haram fighters shot down an air force helicopter with a rocket near Dikwa."


def test_shooting_down_an_aircraft_is_an_attack_at_the_place_hung_on_the_weapon() -> None:
    kg = graph_of(SHOOTDOWN)
    events = [d for _, d in kg.g.nodes(data=True) if d.get("label") == "Event"]
    assert [e["name"] for e in events] == ["Dikwa attack"], events
    assert "shot down an air force helicopter with a rocket near Dikwa" in events[0]["aliases"], events
    assert links(SHOOTDOWN, "OCCURRED_AT") == {("Dikwa attack", "Dikwa"): "asserted"}
    assert links(SHOOTDOWN, "BLAMED_FOR") == {("Boko Haram", "Dikwa attack"): "asserted"}


def test_shooting_people_with_a_weapon_somewhere_stays_a_killing_there() -> None:
    text = "In March 2019, Boko Haram fighters shot two soldiers with rifles near Dikwa."
    assert links(text, "OCCURRED_AT") == {("Dikwa killing", "Dikwa"): "asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen freed more than 900 inmates from the central prison in Maiduguri in June 2019.",
        "Boko Haram freed more than 900 inmates from the central prison in Maiduguri in June 2019.",
    ],
)
def test_armed_men_freeing_inmates_from_a_prison_is_a_jailbreak_there(text: str) -> None:
    assert links(text, "OCCURRED_AT") == {("Maiduguri jailbreak", "Maiduguri"): "asserted"}


def test_a_jailbreak_from_a_named_prison_needs_no_date() -> None:
    text = "Fighters freed hundreds of detainees from Gwoza prison. The jailbreak alarmed the army."
    assert links(text, "OCCURRED_AT") == {("Gwoza prison jailbreak", "Gwoza prison"): "asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "In June 2019 the government freed more than 900 prisoners from the central prison in Maiduguri.",
        "The governor freed 300 inmates from Gwoza prison under an amnesty.",
        "Two aid workers were freed from Gwoza prison in June 2019.",
    ],
)
def test_prisoners_released_by_the_state_or_a_person_freed_are_no_jailbreak(text: str) -> None:
    kg = graph_of(text)
    assert [d for _, d in kg.g.nodes(data=True) if d.get("label") == "Event"] == []


def test_a_sum_stolen_from_someone_somewhere_is_a_theft_there() -> None:
    text = "In May 2019, Lazarus Group hackers stole $60 million from a bank in Taipei."
    assert links(text, "OCCURRED_AT") == {("Taipei theft", "Taipei"): "asserted"}
    assert links(text, "BLAMED_FOR") == {("Lazarus Group", "Taipei theft"): "asserted"}


def test_stealing_the_show_is_no_theft() -> None:
    kg = graph_of("In May 2019, the Malian film stole the show from its rivals at the festival in Cannes.")
    assert [d for _, d in kg.g.nodes(data=True) if d.get("label") == "Event"] == []


def test_a_date_the_parse_hangs_inside_the_place_is_no_part_of_the_incidents_phrase() -> None:
    kg = graph_of("Lazarus Group stole $60 million from two banks in Asia between May 2017 and June 2018.")
    events = [d for _, d in kg.g.nodes(data=True) if d.get("label") == "Event"]
    assert [e["name"] for e in events] == ["Asia theft"], events
    assert "stole $60 million from two banks in Asia" in events[0]["aliases"], events

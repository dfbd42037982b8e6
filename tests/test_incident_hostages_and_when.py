"""Incidents told three more ways: the place the parse hangs on the victims of the verb an incident noun is the
subject of ("a strike killed five fighters near X on Monday"), a kidnapping told by "took X hostage", "was taken
hostage" or "seized 40 pupils", and the date of the "when" clause an incident is claimed or done in ("since May 2021,
when X claimed an attack on Y"); each construction on a sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import graph_of
from conftest import named_links as links

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "A Kenyan airstrike killed six Boko Haram fighters near Dikwa on Friday.",
        "A Kenyan airstrike killed six Boko Haram fighters near Dikwa.",
    ],
)
def test_the_place_hung_on_the_victims_of_an_incidents_verb_is_where_it_occurred(text: str) -> None:
    assert links(text, "OCCURRED_AT") == {("Dikwa airstrike", "Dikwa"): "asserted"}


def test_the_town_the_victims_came_from_is_no_place_of_the_incident() -> None:
    assert links("A Kenyan airstrike killed six fighters from Dikwa on Friday.", "OCCURRED_AT") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen took four Red Cross nurses hostage in Dikwa on Friday. Boko Haram carried out the kidnapping.",
        "Four Red Cross nurses were taken hostage in Dikwa on Friday. Boko Haram carried out the kidnapping.",
    ],
)
def test_taking_people_hostage_is_a_kidnapping_a_later_reference_finds(text: str) -> None:
    kg = graph_of(text)
    events = [d for _, d in kg.g.nodes(data=True) if d.get("label") == "Event"]
    assert len(events) == 1 and "Dikwa kidnapping" in events[0]["aliases"], events
    assert links(text, "OCCURRED_AT") == {(events[0]["name"], "Dikwa"): "asserted"}
    assert links(text, "BLAMED_FOR") == {("Boko Haram", events[0]["name"]): "asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "In March 2022, gunmen seized 40 pupils from a boarding school in Dikwa.",
        "Nine aid workers were seized by Boko Haram fighters in Dikwa on Friday.",
    ],
)
def test_people_seized_are_a_kidnapping(text: str) -> None:
    kg = graph_of(text)
    events = [d for _, d in kg.g.nodes(data=True) if d.get("label") == "Event"]
    assert [e["name"] for e in events] == ["Dikwa abduction"], events
    assert links(text, "OCCURRED_AT") == {("Dikwa abduction", "Dikwa"): "asserted"}


def test_seizing_a_town_or_weapons_is_no_kidnapping() -> None:
    kg = graph_of("The army seized weapons in Dikwa on Friday. Rebels seized the town of Gwoza on Monday.")
    assert not [d["name"] for _, d in kg.g.nodes(data=True) if d.get("label") == "Event"]


def test_taking_a_town_is_no_kidnapping() -> None:
    kg = graph_of("Rebels took the town of Dikwa on Friday.")
    assert not [n for n, d in kg.g.nodes(data=True) if d.get("label") == "Event"]


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram has grown since May 2021, when it claimed a rocket attack on the barracks in Dikwa.",
        "The truce lasted until May 2021, when a car bombing killed nine soldiers in Dikwa.",
    ],
)
def test_an_incident_told_in_a_when_clause_has_the_clauses_date(text: str) -> None:
    kg = graph_of(text)
    dates = [d["date"] for _, d in kg.g.nodes(data=True) if d.get("label") == "Event"]
    assert dates == ["2021-05"], dates


def test_a_strike_that_killed_a_named_person_near_a_place_is_named_by_him_and_occurred_there() -> None:
    text = "A French drone strike killed ISGS commander Adnan Abu Walid near Menaka in August 2021."
    assert links(text, "OCCURRED_AT") == {("Adnan Abu Walid drone strike", "Menaka"): "asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "Reporters toured the town of Dikwa, where Boko Haram fighters killed thirty farmers in June 2020.",
        "The 2020 raid, in which Boko Haram fighters killed thirty farmers in Dikwa, shocked the region.",
    ],
)
def test_the_place_a_clause_of_harm_tells_the_act_at_is_where_it_occurred(text: str) -> None:
    found = links(text, "OCCURRED_AT")
    assert {o for _, o in found} == {"Dikwa"}, found

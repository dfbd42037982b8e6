"""The page's own incident told only by definite references ("The raid began on Sunday ... The incursion ended"):
one Event with every such reference among its names, placed by the verb that says where it began; no Event for a
reference told once, for "the fighting" of a war no headline names, nor a second one beside an incident the page tells
itself (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import graph_of
from conftest import named_links as links

pytestmark = pytest.mark.model

TOLD_BY_REFERENCES = (
    "Saboteurs routed after cross-border raid\n\n"
    "The raid was the boldest in years, officials in Kursk said. "
    "The incursion ended on Monday when the attackers withdrew across the frontier."
)


def _events(text: str) -> dict[str, set[str]]:
    kg = graph_of(text)
    return {d["name"]: set(d["aliases"]) for _, d in kg.g.nodes(data=True) if d["label"] == "Event"}


def test_an_incident_told_only_by_definite_references_is_one_event() -> None:
    events = _events(TOLD_BY_REFERENCES)
    assert len(events) == 1, events
    assert {"The raid", "The incursion"} <= next(iter(events.values())), events


def test_the_verb_that_says_where_it_began_places_it() -> None:
    text = (
        "Saboteurs routed after cross-border raid\n\n"
        "The raid, which began on Sunday near the village of Krasnoye, was the boldest in years. "
        "The incursion ended on Monday when the attackers withdrew across the frontier."
    )
    placed = links(text, "OCCURRED_AT")
    assert {o for _, o in placed} == {"Krasnoye"}, placed


def test_a_reference_told_once_makes_no_event() -> None:
    assert _events("Analysts in Kabul said the offensive would stall before the winter.") == {}


def test_the_fighting_of_a_war_makes_no_event() -> None:
    text = "The fighting has displaced millions, officials in Khartoum said. Aid agencies said the fighting must stop."
    assert _events(text) == {}


def test_no_second_event_beside_an_incident_the_page_tells_itself() -> None:
    text = (
        "Gunmen killed the governor of Kassala on Monday, officials said. The governor's killing shocked the city. "
        "Residents said the killing was the worst in years."
    )
    assert len(_events(text)) <= 1


def test_the_fighting_a_headline_names_is_one_event() -> None:
    text = (
        "Border clashes leave dozens dead\n\n"
        "The clashes erupted on Wednesday, officials in Bishkek said. "
        "The fighting spread along the frontier on Thursday, and both armies brought up artillery."
    )
    events = _events(text)
    assert len(events) == 1, events
    assert {"The clashes", "The fighting"} <= next(iter(events.values())), events


def test_a_link_to_another_story_is_no_headline() -> None:
    text = (
        "Related: Border clashes leave dozens dead\n\n"
        "The clashes erupted on Wednesday, officials in Bishkek said. "
        "The fighting spread along the frontier on Thursday, and both armies brought up artillery."
    )
    assert "Border clashes" not in _events(text)

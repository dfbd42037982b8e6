"""Sieges told by their verb: a siege lasts, so "has besieged X since May" is one incident the span dates (not a toll
of many acts); a siege only threatened is none."""

from __future__ import annotations

from conftest import graph_of


def _events(text: str) -> tuple[list[tuple[str, dict]], set[tuple[str, str, str]]]:
    kg = graph_of(text)
    events = [(n, d) for n, d in kg.g.nodes(data=True) if d["label"] == "Event"]
    return events, {(s, k, o) for s, o, k in kg.g.edges(keys=True)}


def test_a_town_besieged_since_a_month_is_one_siege_dated_to_that_month() -> None:
    events, links = _events("The Rapid Support Forces have besieged Nyala since March 2023, blocking food convoys.")
    assert len(events) == 1 and events[0][1]["date"] == "2023-03", events
    assert ("rapid-support-forces", "BLAMED_FOR", events[0][0]) in links, links
    assert (events[0][0], "OCCURRED_AT", "nyala") in links, links


def test_a_town_the_relative_clause_says_was_besieged_since_a_month_is_one_siege() -> None:
    events, links = _events("The Rapid Support Forces massed near Nyala, which they have besieged since March 2023.")
    assert len(events) == 1 and events[0][1]["date"] == "2023-03", events
    assert ("rapid-support-forces", "BLAMED_FOR", events[0][0]) in links, links


def test_a_siege_only_threatened_is_no_incident() -> None:
    events, _ = _events("The Rapid Support Forces could besiege Nyala within weeks, analysts warned.")
    assert events == [], events

"""Incidents placed or told in ways the rules used to miss: blasts "across" a region, which happened there (not
strikes "across the border from" a region, on its other side); posts attacked "in the town", the town named just
before (not a dateline's); and a named man "killed in a clash" or "in a strike" that made no incident of its own,
which is the killing of that man."""

from __future__ import annotations

from conftest import graph_of, links_by_name


def test_bombings_across_a_region_happened_there() -> None:
    links = links_by_name("Serial bombings across Balochistan on 30 October 2008 killed more than 80 people.")
    assert any(k == "OCCURRED_AT" and o == "Balochistan" for _, k, o in links), links


def test_strikes_across_the_border_from_a_region_did_not_happen_there() -> None:
    text = "Jets struck hideouts of the Pakistani Taliban in Barmal, across the border from Waziristan, on Tuesday."
    links = links_by_name(text)
    assert not any(k == "OCCURRED_AT" and o == "Waziristan" for _, k, o in links), links


def test_posts_attacked_in_the_town_were_attacked_in_the_town_named_before() -> None:
    text = "Rebels first entered Kidal in 2012. On 5 June 2017, gunmen attacked three police posts in the town."
    links = links_by_name(text)
    assert any(k == "OCCURRED_AT" and o == "Kidal" for _, k, o in links), links


def test_the_town_of_a_dateline_is_not_where_the_incident_happened() -> None:
    text = "KIDAL, June 6 (Reuters) - Gunmen attacked three police posts in the town on Monday, officials said."
    links = links_by_name(text)
    assert not any(k == "OCCURRED_AT" for _, k, _ in links), links


def test_a_named_man_killed_in_a_clash_that_made_no_incident_was_targeted_by_his_killing() -> None:
    kg = graph_of("The army said that Tomas Ruiz, the group's commander, had been killed in a clash in the forests.")
    events = [(n, d) for n, d in kg.g.nodes(data=True) if d["label"] == "Event"]
    assert len(events) == 1 and events[0][1]["name"] == "Tomas Ruiz killing", events
    links = {(s, k, o) for s, o, k in kg.g.edges(keys=True)}
    assert (events[0][0], "TARGETED", "tomas-ruiz") in links, links


def test_a_named_man_killed_in_a_strike_that_made_no_incident_was_targeted_by_his_killing() -> None:
    kg = graph_of("The army said the next day that it had killed Tomas Ruiz in a separate strike.")
    events = [(n, d) for n, d in kg.g.nodes(data=True) if d["label"] == "Event"]
    assert len(events) == 1, events
    links = {(s, k, o) for s, o, k in kg.g.edges(keys=True)}
    assert (events[0][0], "TARGETED", "tomas-ruiz") in links, links


def test_a_named_man_killed_in_a_strike_told_as_an_incident_is_its_target_not_a_second_incident() -> None:
    kg = graph_of("Tomas Ruiz was killed in an air strike on a camp in Kidal on Monday.")
    events = [d["name"] for _, d in kg.g.nodes(data=True) if d["label"] == "Event"]
    assert len(events) == 1, events

"""Incidents a text tells with no date: an attack verb in the simple past on one thing hit, or one body of people, at a
named place ("gunmen fired on a checkpoint in X", "troops fired on protesters in Y") is one incident there; a habit,
or an attack on many things, is not."""

from __future__ import annotations

from conftest import graph_of


def _events(text: str) -> tuple[list[str], set[tuple[str, str, str]]]:
    kg = graph_of(text)
    events = [n for n, d in kg.g.nodes(data=True) if d["label"] == "Event"]
    return events, {(s, k, o) for s, o, k in kg.g.edges(keys=True)}


def test_an_undated_volley_on_one_post_at_a_named_town_is_an_incident_there() -> None:
    events, links = _events("Late that evening, bandits fired on a lone customs post in Kandi.")
    assert len(events) == 1, events
    assert (events[0], "OCCURRED_AT", "kandi") in links, links


def test_an_undated_volley_on_a_crowd_or_on_soldiers_at_a_named_town_is_an_incident_there() -> None:
    for text in (
        "Riot police fired on marchers in Kandi, witnesses said.",
        "Bandits ambushed soldiers near Kandi before dawn.",
    ):
        events, links = _events(text)
        assert len(events) == 1 and (events[0], "OCCURRED_AT", "kandi") in links, (text, links)
    assert _events("The militia attacked farms and granaries in Kandi.")[0] == []  # many things, by a known doer


def test_a_volley_on_people_doing_something_at_a_place_happened_there_and_is_named_by_whom_it_hit() -> None:
    kg = graph_of("Militiamen fired on mourners leaving a funeral in Kandi, a local official said.")
    events = [(n, d) for n, d in kg.g.nodes(data=True) if d["label"] == "Event"]
    assert len(events) == 1 and "fired on mourners" in events[0][1]["aliases"], events
    assert (events[0][0], "kandi", "OCCURRED_AT") in set(kg.g.edges(keys=True))


def test_an_undated_shelling_of_a_named_district_is_laid_on_the_forces_that_shelled_it() -> None:
    events, links = _events("Uzbek artillery units shelled the Sokh district before dawn.")
    assert len(events) == 1, events
    assert ("uzbekistan", "BLAMED_FOR", events[0]) in links, links


def test_attacks_on_many_homes_or_a_habit_of_attacks_are_no_incident() -> None:
    assert _events("Rioters in Kandi attacked the houses of two deputies.")[0] == []
    assert _events("The militia has often attacked a checkpoint in Kandi.")[0] == []


def test_the_district_shelled_names_the_incident_not_a_place_beside_it() -> None:
    kg = graph_of("Uzbek artillery units shelled the Sokh district and farms near the Shakhimardan enclave.")
    events = [d for _, d in kg.g.nodes(data=True) if d["label"] == "Event"]
    assert len(events) == 1 and events[0]["name"].startswith("Sokh"), events


def test_an_attack_on_one_site_over_recent_months_is_no_incident() -> None:
    assert _events("Bandits attacked a lone customs post in Kandi in recent months.")[0] == []

"""Incidents listed as examples of many ("bombings in Kano and Zaria, including a blast at a market in June 2022"):
each example is an incident of its own, with its own place and date, not the many its head names."""

from __future__ import annotations

from conftest import graph_of


def test_a_blast_listed_among_bombings_is_its_own_incident_with_its_own_date() -> None:
    text = "The militia claimed bombings in Kano and Zaria, including a blast at a Kano market in June 2022."
    kg = graph_of(text)
    events = {d["name"]: (n, d) for n, d in kg.g.nodes(data=True) if d["label"] == "Event"}
    assert len(events) == 2, events
    blast = next(d for _, d in events.values() if "a blast at a Kano market" in d["aliases"])
    assert blast["date"] == "2022-06", blast
    many = next(d for _, d in events.values() if d is not blast)
    assert many["date"] != "2022-06", many


def test_the_place_of_a_listed_incident_is_not_the_place_of_the_many() -> None:
    text = "Gunmen carried out raids in Tolima in 2023, including an ambush near Ataco on May 2."
    kg = graph_of(text)
    links = {(s, k, o) for s, o, k in kg.g.edges(keys=True)}
    placed = {s for s, k, o in links if k == "OCCURRED_AT" and o == "ataco"}
    assert len(placed) == 1 and (next(iter(placed)), "OCCURRED_AT", "tolima") not in links, links


def test_targets_listed_after_including_stay_the_targets_of_the_attacks() -> None:
    text = "The militias claimed rocket attacks on US forces in Syria in May, including on the Tanf garrison."
    kg = graph_of(text)
    events = [n for n, d in kg.g.nodes(data=True) if d["label"] == "Event"]
    assert len(events) == 1, events


def test_an_example_shares_the_blame_and_the_place_of_the_many_it_is_listed_under() -> None:
    for text in [
        "Officials blame the Kivu Liberation Front for a string of raids in Masisi, including the killing of six road"
        " workers on the Sake highway in May 2019.",
        "The Kivu Liberation Front claimed a string of raids in Masisi, among them the abduction of 80 pupils from a"
        " school in Kitchanga in May 2021.",
    ]:
        kg = graph_of(text)
        names = {n: d["name"] for n, d in kg.g.nodes(data=True)}
        links = {(names[s], k, names[o]) for s, o, k in kg.g.edges(keys=True)}
        dated = [d["name"] for _, d in kg.g.nodes(data=True) if d["label"] == "Event" and d["date"][:4] < "2024"]
        assert len(dated) == 1, (text, dated)  # the example, of its own date (the many are of the page's month)
        example = dated[0]
        assert (example, "OCCURRED_AT", "Masisi") in links, (text, links)
        assert ("Kivu Liberation Front", "BLAMED_FOR", example) in links, (text, links)


def test_an_example_of_attacks_in_two_regions_is_placed_in_neither() -> None:
    text = "The rebels claimed attacks in Tolima and Huila, including a raid on a police post in Ataco in May 2023."
    kg = graph_of(text)
    links = {(s, k, o) for s, o, k in kg.g.edges(keys=True)}
    placed = {o for s, k, o in links if k == "OCCURRED_AT" and s.startswith("ataco")}
    assert placed == {"ataco"}, links

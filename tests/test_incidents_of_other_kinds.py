"""Incidents of kinds and phrasings the rules used to miss: an act at a site "in the town of X", which happened at X;
an incursion "into" a region, which happened there; a stabbing told by its verb; a prison break told by the inmates
who escaped or by the noun "escape" with the prison it was from (not "a narrow escape", nor a family that escaped
from a country); and a noun that names an incident only after its word ("the hostage crisis", "a shooting spree";
not "the crisis in Sudan"); and a vehicle driven into a crowd (not into a city)."""

from __future__ import annotations

from conftest import graph_of, links_by_name


def _events(text: str) -> list[dict]:
    kg = graph_of(text)
    return [d for _, d in kg.g.nodes(data=True) if d["label"] == "Event"]


def _placed(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, k, o in links_by_name(text) if k == "OCCURRED_AT"}


def test_an_act_at_a_site_in_the_town_of_a_place_happened_there() -> None:
    placed = _placed("Gunmen killed four worshippers at a church in the town of Kaduna on Sunday.")
    assert len(placed) == 1 and next(iter(placed))[1] == "Kaduna", placed


def test_an_incursion_into_a_region_happened_in_it() -> None:
    placed = _placed("Saboteurs staged a brief incursion into the Kursk region on Tuesday.")
    assert len(placed) == 1 and next(iter(placed))[1].startswith("Kursk"), placed


def test_a_stabbing_told_by_its_verb_is_an_incident_at_its_place() -> None:
    events = _events("A man stabbed three people at a music festival in Mannheim on Friday.")
    assert len(events) == 1 and "Mannheim stabbing" in events[0]["aliases"], events
    assert _placed("A man stabbed three people at a music festival in Mannheim on Friday.") == {
        (events[0]["name"], "Mannheim")
    }


def test_inmates_who_escaped_from_a_prison_tell_a_prison_break_there() -> None:
    text = "More than 300 inmates escaped from the central prison in Kaduna on Sunday night."
    events = _events(text)
    assert len(events) == 1 and events[0]["name"] == "Kaduna jailbreak", events
    assert _placed(text) == {("Kaduna jailbreak", "Kaduna")}


def test_inmates_who_escaped_are_no_one_s_deed_even_where_the_parse_joins_the_next_line() -> None:
    text = (
        "# Sudan: army says it has retaken the capital\n\n> **Key events**\n"
        "> - Hundreds of inmates escape from Kober prison as it burns\n"
        "> - Khartoum cut diplomatic ties with Abu Dhabi on Saturday\n"
    )
    links = links_by_name(text)
    assert ("Kober prison jailbreak", "OCCURRED_AT", "Kober prison") in links, links
    assert not any(k == "BLAMED_FOR" for _, k, _ in links), links


def test_the_escape_from_a_named_prison_is_a_prison_break_there() -> None:
    text = "The escape from Evin prison in March 2019 left two guards dead."
    events = _events(text)
    assert len(events) == 1 and events[0]["name"].lower() == "evin prison escape", events


def test_a_narrow_escape_or_a_family_fleeing_a_country_is_no_incident() -> None:
    assert _events("He had a narrow escape. The family escaped from Syria in 2015 and settled in Berlin.") == []


def test_a_hostage_crisis_and_a_shooting_spree_are_incidents_but_a_crisis_alone_is_none() -> None:
    crisis = _events("The hostage crisis at a gas plant near Tiguentourine ended after four days in January 2013.")
    assert len(crisis) == 1 and crisis[0]["name"].endswith("hostage crisis"), crisis
    assert not any(a.endswith("crisi") for a in crisis[0]["aliases"]), crisis
    spree = _events("The shooting spree in Hanau in February 2020 left nine people dead.")
    assert [d["name"] for d in spree] == ["Hanau shooting spree"], spree
    assert _events("The crisis in Sudan deepened on Monday, and the standoff in the capital went on.") == []


def test_a_vehicle_driven_into_a_crowd_is_an_attack_at_its_place_but_a_drive_into_a_city_is_none() -> None:
    placed = _placed("A van ploughed into a crowd at a street fair in Marseille on Sunday, wounding 11 people.")
    assert {o for _, o in placed} == {"Marseille"}, placed
    assert _events("Troops drove into the city of Kherson on Friday. A bus crashed into a wall near Lviv.") == []

"""Ships and named naval missions: a ship's name is no actor, and a known mission named as an operation is the body,
not an incident of the same name (each on a sentence written for its test, the rules alone)."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def test_a_ship_named_after_a_prefix_is_no_person() -> None:
    kg = graph_of("The Houthis fired two missiles at the HMS Lancaster in the Red Sea on Tuesday.")
    assert not [n for n, d in kg.g.nodes(data=True) if "Lancaster" in d["name"]]
    assert "houthis" in kg.g


def test_a_ship_in_apposition_with_a_tanker_is_no_place_even_named_later() -> None:
    kg = graph_of(
        "Rebels struck the Sea Harare, a Liberian-flagged tanker, off Hodeidah on Monday. "
        "The company that manages the Sea Harare said the crew was safe."
    )
    names = {d["name"] for _, d in kg.g.nodes(data=True)}
    assert not {"Sea Harare", "Harare", "Zimbabwe"} & names, names


def test_a_ship_after_the_noun_of_a_ship_is_no_actor() -> None:
    kg = graph_of("A naval drone sank the patrol ship Ivan Khurs near Sevastopol, Kyiv said.")
    assert not [n for n, d in kg.g.nodes(data=True) if "Khurs" in d["name"]]


def test_a_known_naval_mission_named_as_an_operation_is_no_incident() -> None:
    kg = graph_of("Greece joined Operation Aspides in the Red Sea in February to escort merchant ships.")
    labels = {d["label"] for _, d in kg.g.nodes(data=True) if "Aspides" in d["name"] or "Aspides" in d["aliases"]}
    assert labels == {"Organization"}


def test_an_attack_on_a_named_ship_is_an_incident_named_by_the_ship() -> None:
    kg = graph_of("On Sunday the Houthis struck the Northern Dawn, a Panama-flagged bulk carrier, in the Gulf of Aden.")
    events = {n: d["name"] for n, d in kg.g.nodes(data=True) if d["label"] == "Event"}
    assert list(events.values()) == ["Northern Dawn attack"], events
    found = {(s, k, o) for s, o, k in kg.g.edges(keys=True)}
    assert ("houthis", "BLAMED_FOR", next(iter(events))) in found, found


def test_a_ship_the_tagger_misses_is_known_by_the_noun_beside_it_and_names_the_attack_on_it() -> None:
    kg = graph_of("On Monday the Coral Wind, a Maltese-flagged tanker, was struck by Houthi missiles off Hodeidah.")
    events = {n: d["name"] for n, d in kg.g.nodes(data=True) if d["label"] == "Event"}
    assert list(events.values()) == ["Coral Wind attack"], events
    assert not [n for n, d in kg.g.nodes(data=True) if d["label"] != "Event" and "Coral" in d["name"]]


def test_a_ship_seized_is_a_hijacking_named_by_the_ship_and_laid_on_its_takers() -> None:
    kg = graph_of("On January 3, the Houthis seized the Panama-flagged vessel Sea Falcon near the port of Hodeidah.")
    events = [(n, d) for n, d in kg.g.nodes(data=True) if d["label"] == "Event"]
    assert len(events) == 1 and "Sea Falcon seizure" in events[0][1]["aliases"], events
    assert "seized the Panama-flagged vessel Sea Falcon" in events[0][1]["aliases"], events
    links = {(kg.g.nodes[s]["name"], k, kg.g.nodes[o]["name"]) for s, o, k in kg.g.edges(keys=True)}
    assert ("Houthis", "BLAMED_FOR", events[0][1]["name"]) in links, links
    kg = graph_of("The Houthis seized the port city of Hodeidah on Monday.")  # a town taken is no hijacking
    assert not any(d["label"] == "Event" for _, d in kg.g.nodes(data=True))

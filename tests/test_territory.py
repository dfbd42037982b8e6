"""Territory taken: the capture of a town or region is an attack on the place (ATTACKED from the taker), and no Event;
a capture of people is left as it was. Each construction on a sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def links(text: str) -> dict[tuple[str, str, str], str]:
    """Each link and the certainty of its first evidence."""
    edges = graph_of(text).g.edges(keys=True, data=True)
    return {(s, k, o): d["evidence"][0].certainty for s, o, k, d in edges}


def event_names(text: str) -> list[str]:
    return [d["name"] for _, d in graph_of(text).g.nodes(data=True) if d["label"] == "Event"]


@pytest.mark.parametrize(
    ("text", "taker", "place"),
    [
        ("The M23 rebels captured Bunagana on Tuesday.", "m23", "bunagana"),  # dated: once an Event
        ("Al-Shabaab seized the town of Beledweyne after a short battle.", "al-shabaab", "beledweyne"),
        ("Al-Shabaab took control of Beledweyne last month.", "al-shabaab", "beledweyne"),
        ("The M23 seized control of Bunagana.", "m23", "bunagana"),
        ("Al-Shabaab seized control of Beledweyne.", "al-shabaab", "beledweyne"),
        ("Al-Shabaab fighters overran the army base at Beledweyne on Friday.", "al-shabaab", "beledweyne"),
        ("The M23 rebels occupied Bunagana in June.", "m23", "bunagana"),
        ("The Somali army retook Beledweyne on Sunday.", "somali-national-army", "beledweyne"),
        ("Bunagana fell to the M23 on Sunday.", "m23", "bunagana"),
        ("The M23's capture of Bunagana alarmed the region.", "m23", "bunagana"),
        ("The capture of Bunagana by the M23 alarmed the region.", "m23", "bunagana"),
        ("Al-Shabaab's seizure of Beledweyne worried the region.", "al-shabaab", "beledweyne"),
        ("The fall of Bunagana to the M23 alarmed the region.", "m23", "bunagana"),
        ("The M23 took Bunagana and Rubaya last year.", "m23", "rubaya"),  # "took" with a named place
        ("Al-Shabaab took the town of Beledweyne after a short battle.", "al-shabaab", "beledweyne"),
    ],
)
def test_a_place_taken_is_attacked_by_its_taker_and_is_no_incident(text: str, taker: str, place: str) -> None:
    found = links(text)
    assert found.get((taker, "ATTACKED", place)) == "asserted", found
    assert event_names(text) == [], event_names(text)
    assert not [k for k in found if k[1] in {"OCCURRED_AT", "TARGETED", "BLAMED_FOR"}], found


def test_a_capture_of_people_near_a_place_does_not_attack_the_place() -> None:
    text = "Al-Shabaab captured 20 soldiers near Beledweyne on Sunday."
    found = links(text)
    assert ("al-shabaab", "ATTACKED", "beledweyne") not in found, found
    assert [k for k in found if k[0] == "al-shabaab" and k[1] == "BLAMED_FOR"], found  # the incident stays


def test_a_capture_of_a_ship_attacks_no_place() -> None:
    text = "The Houthis seized the cargo ship Amber Tide near Hodeidah in November."
    assert {"houthis", "hodeidah"} <= set(graph_of(text).g.nodes), graph_of(text).g.nodes
    found = links(text)
    assert not [k for k in found if k[0] == "houthis" and k[1] == "ATTACKED"], found


def test_taking_what_is_no_named_place_attacks_nothing() -> None:
    found = links("The M23 took the residents of Goma hostage, and it took part in talks in Goma.")
    assert not [k for k in found if k[1] == "ATTACKED"], found


def test_taking_some_towns_of_a_region_does_not_attack_the_region() -> None:
    found = links("Al-Shabaab seized several villages in Hiiraan, and the M23 overran the army base at Bunagana.")
    assert not [k for k in found if k[1] == "ATTACKED" and k[2] == "hiiraan"], found
    assert ("m23", "ATTACKED", "bunagana") in found, found


def test_taking_control_of_a_unit_named_after_a_place_attacks_no_place() -> None:
    found = links("The M23 took control of the Goma column in 2012. The M23 took control of the town of Bunagana.")
    assert not [k for k in found if k[1] == "ATTACKED" and k[2] == "goma"], found
    assert ("m23", "ATTACKED", "bunagana") in found, found

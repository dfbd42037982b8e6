"""A person is killed once: the tellings of one named person's death on a page are one Event, however each dates it,
and a killing told only at the place of that death is it too (loaders/victim_incidents.py)."""

from __future__ import annotations

from conftest import graph_of

DEATH = (
    "Ottawa recalls envoy over Ravi Sandhu killing\n\n"
    "OTTAWA, Sept 19 - Canada recalled its envoy on Tuesday over the killing of the activist Ravi Sandhu, the prime "
    "minister said.\n\n"
    "Sandhu, a 51-year-old trade unionist, was shot dead outside his office in Kelowna on the evening of June 3.\n\n"
    "Police have made no arrests in the Kelowna shooting. The government of Freedonia has denied any role in the "
    "killing."
)


def events(text: str) -> dict[str, set[str]]:
    """Each Event node's id and its name and aliases."""
    nodes = graph_of(text, date="2023-09-19").g.nodes(data=True)
    return {n: {d["name"], *d["aliases"]} for n, d in nodes if d["label"] == "Event"}


def test_a_death_told_three_ways_is_one_incident() -> None:
    found = events(DEATH)
    assert len(found) == 1, found
    [forms] = found.values()
    assert {"Kelowna shooting", "killing of the activist Ravi Sandhu"} <= forms, forms


def test_the_death_keeps_the_links_of_each_telling() -> None:
    kg = graph_of(DEATH, date="2023-09-19")
    name = {n: d["name"] for n, d in kg.g.nodes(data=True)}
    links = {(k, name[o]) for s, o, k in kg.g.edges(keys=True) if kg.g.nodes[s]["label"] == "Event"}
    assert {("TARGETED", "Ravi Sandhu"), ("OCCURRED_AT", "Kelowna")} <= links, links


def test_attacks_that_only_hit_one_person_stay_two() -> None:
    text = (
        "Gunmen attacked the convoy of the governor Amadou Sylla near Mopti in March. In August a roadside bomb "
        "struck Amadou Sylla's car in Segou."
    )
    assert len(events(text)) == 2, events(text)

"""A one-word name before an incident's noun is the group's, not a place's, where the page also writes the group as
its members' plural after "the" or with its article ("the Harathi offensive" beside "the Harathis"; "the Shabaab
attack" beside "al-Shabaab"), so the name and its plural are one actor (loaders/incident_place_names.py)."""

import pytest
from conftest import graph_of


def _nodes(text: str, stem: str) -> set[tuple[str, str]]:
    kg = graph_of(text)
    return {(d["name"], d["label"]) for _, d in kg.g.nodes(data=True) if stem in d["name"] and d["label"] != "Event"}


@pytest.mark.parametrize(
    "text",
    [
        "The Harathis claimed the Harathi offensive on the town of Dabarre, which killed 12 people.",
        "Officials blamed the Harathis for the Harathi offensive on the town of Dabarre on Monday.",
        "The Harathi offensive on Dabarre killed 12 people. The Harathis denied targeting civilians.",
        "The Harathis, who began the Harathi offensive in March, denied targeting civilians in Dabarre.",
        "The Harathi offensive was condemned by the UN. The Harathis said the group would go on fighting.",
        "Harathi offensive: 12 killed in Dabarre\n\nThe Harathis said they had attacked the town.",
    ],
)
def test_a_groups_incident_beside_its_plural_names_no_place(text: str) -> None:
    nodes = _nodes(text, "Harathi")
    assert all(label == "Organization" for _, label in nodes), nodes


def test_a_groups_incident_beside_its_article_names_no_place() -> None:
    text = "The Kessab attack on the hotel killed nine people. Al-Kessab said its fighters had stormed the building."
    assert ("Kessab", "Location") not in _nodes(text, "Kessab")


def test_a_place_named_by_an_incident_beside_a_modifying_plural_stays_a_place() -> None:
    text = "Survivors of the Dorvan massacre marched on Sunday, as the Dorvans militia watched from the hills."
    assert ("Dorvan", "Location") in _nodes(text, "Dorvan")


def test_a_place_named_by_an_incident_beside_no_plural_stays_a_place() -> None:
    text = "The Dorvan massacre, in which 40 villagers were killed, was blamed on the Harathi Liberation Front."
    assert ("Dorvan", "Location") in _nodes(text, "Dorvan")

"""A killing of many is a massacre as well: "rebels killed more than 200 people in and around X" is the "X
massacre" beside the "X killing", so a page that names it so names the same incident; a killing of a few is not
(``massacre_names`` in loaders/incident_aliases.py, the ``mass_killings`` block of seeds/relations.yaml)."""

from __future__ import annotations

from conftest import graph_of


def _event_names(text: str) -> set[str]:
    kg = graph_of(text)
    return {name for _, d in kg.g.nodes(data=True) if d["label"] == "Event" for name in [d["name"], *d["aliases"]]}


def test_a_killing_of_hundreds_is_also_named_a_massacre() -> None:
    for text in (
        "In March 2011 rebel fighters killed more than 200 people in and around Dungu, a rights group said.",
        "In March 2011 rebel fighters killed hundreds of villagers in Dungu, a rights group said.",
    ):
        assert "Dungu massacre" in _event_names(text), text


def test_a_killing_of_a_few_is_no_massacre() -> None:
    names = _event_names("In March 2011 rebel fighters killed six people in Dungu, a rights group said.")
    assert "Dungu massacre" not in names, names

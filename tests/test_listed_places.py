"""Every name of a list of places is a place, not only the first: the names a plural noun of ports gives as its
examples ("ports such as Barwe and Kolsa", ``place_names`` of ``seeds/relations.yaml``)."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def labels_of(text: str) -> dict[str, str]:
    """The label of each node of the graph of one document written for a test, by its name."""
    return {d["name"]: d["label"] for _, d in graph_of(text).g.nodes(data=True)}


def test_the_names_a_plural_noun_of_ports_lists_are_places() -> None:
    labels = labels_of("Navy ships shelled ports such as Barwe and Kolsa, residents said.")
    assert labels.get("Barwe") == "Location", labels
    assert labels.get("Kolsa") == "Location", labels

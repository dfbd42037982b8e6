"""A body's part named after the part's noun ("its armed wing, the X", "its armed wing, known as X") is a member of
the body (loaders/named_parts.py); each on a sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def _links(text: str) -> set[tuple[str, str, str]]:
    kg = graph_of(text)
    return {(kg.g.nodes[s]["name"], t, kg.g.nodes[o]["name"]) for s, o, t in kg.g.edges(keys=True)}


def test_a_wing_named_after_its_noun_is_the_owner_s() -> None:
    links = _links("Hamas and its armed wing, the Qassam Brigades, were banned in Paraguay last year.")
    assert ("Qassam Brigades", "MEMBER_OF", "Hamas") in links


def test_a_wing_known_as_a_name_is_the_owner_s() -> None:
    links = _links("After 2019 Hamas struggled to hold together its armed wing, known as the Qassam Brigades.")
    assert ("Qassam Brigades", "MEMBER_OF", "Hamas") in links

"""A known group's name written with its country after it, no preposition between, is the group alone."""

from __future__ import annotations

from tests.conftest import graph_of


def test_group_name_with_its_country_is_one_group() -> None:
    nodes = set(graph_of("Militia fighters pushed into the hills, where Islamic State Somalia is dug in.").g.nodes)
    assert "islamic-state-somalia-province" in nodes
    assert "somalia" not in nodes and "isis" not in nodes

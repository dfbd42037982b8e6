"""Names the build mislabelled, each on a sentence written for its test (the rules alone): a name one prefix away
from a known one."""

from __future__ import annotations

import pytest
from conftest import graph_of

from graph.resolve import other_words

pytestmark = pytest.mark.model


def labels(text: str) -> dict[str, str]:
    """Each node's name with its label."""
    return {d["name"]: d["label"] for _, d in graph_of(text).g.nodes(data=True)}


def test_a_prefix_makes_another_name_not_a_spelling() -> None:
    assert other_words("rapid reaction battalion", "rapid action battalion")
    assert not other_words("rapid action batallion", "rapid action battalion")

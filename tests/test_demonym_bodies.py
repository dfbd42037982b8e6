"""A state's demonym before capitalised words ending in a body's head ("Senate", "Legion", "Association") is that
body's whole name, not the state alone; each on a sentence written for its test."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def _nodes(text: str) -> dict[str, str]:
    return {d["name"]: d["label"] for _, d in graph_of(text).g.nodes(data=True)}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Okafor, who sits in the Liberian Senate, denied the charges on Monday.", "Liberian Senate"),
        ("He served for ten years in the French Foreign Legion before returning home.", "French Foreign Legion"),
        ("The Togolese Gendarmerie arrested four men outside the market.", "Togolese Gendarmerie"),
    ],
)
def test_a_demonym_and_a_bodys_head_name_the_body(text: str, body: str) -> None:
    assert _nodes(text).get(body) == "Organization", _nodes(text)


def test_a_demonym_before_common_words_names_no_body() -> None:
    nodes = _nodes("Liberian government officials said the vote had been fair.")
    assert [name for name, label in nodes.items() if label == "Organization"] == [], nodes

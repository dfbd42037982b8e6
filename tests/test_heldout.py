"""Four hand-annotated articles written apart from the rules (tests/data/heldout): the score must not slip."""

from __future__ import annotations

import pytest
from conftest import ROOT

from graph.build import build_graph
from graph.evaluate import evaluate, read_gold

pytestmark = pytest.mark.model
HELDOUT = ROOT / "tests" / "data" / "heldout"


def test_heldout_articles_score() -> None:
    kg = build_graph([HELDOUT / "articles"]).graph
    scores = evaluate(kg, read_gold(HELDOUT / "gold.jsonl"))
    assert scores["overall"].precision >= 0.65
    assert scores["overall"].f1 >= 0.5
    assert scores["untyped"].f1 >= 0.45
    assert scores["entities"].f1 >= 0.8

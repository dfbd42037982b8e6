"""benchmarks/written/scorer_reach.py: the links missed between two actors a build found, and the probability bins."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from conftest import ROOT

from graph.build import build_graph


def reach_module() -> object:
    spec = importlib.util.spec_from_file_location("scorer_reach", ROOT / "benchmarks" / "written" / "scorer_reach.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_missed_link_between_two_found_actors_is_listed_and_a_made_one_is_not(tmp_path: Path) -> None:
    reach = reach_module()
    text = "Iran funds the Northern Shield Front. Qatar hosted a conference."  # written for this test
    (tmp_path / "t.txt").write_text(text, encoding="utf-8")
    kg = build_graph([tmp_path]).graph
    gold = [
        {
            "doc_id": "t",
            "entities": [
                {"id": "iran", "name": "Iran", "mentions": []},
                {"id": "nsf", "name": "Northern Shield Front", "mentions": []},
                {"id": "qatar", "name": "Qatar", "mentions": []},
            ],
            "relations": [
                {"subject": "iran", "type": "FUNDS", "object": "nsf"},
                {"subject": "qatar", "type": "ALLIED_WITH", "object": "iran"},
            ],
        }
    ]
    assert reach.missed_between_found(kg, gold, {"ALLIED_WITH"}) == [("t", "ALLIED_WITH", "qatar", "iran")]


def test_probabilities_are_binned_up_to_the_types_threshold() -> None:
    reach = reach_module()
    bins = [reach.bin_of(p, 0.8) for p in (0.05, 0.2, 0.4, 0.6, 0.8)]
    assert bins == ["<0.1", "0.1-0.3", "0.3-0.5", "0.5-thr", ">=thr"]

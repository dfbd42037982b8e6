"""benchmarks/written/scorer_beside.py: the links the scorer adds beside the rules, scored out of fold."""

from __future__ import annotations

import importlib.util

from conftest import ROOT

from loaders.learn import Beside, Row


def beside_module() -> object:
    path = ROOT / "benchmarks" / "written" / "scorer_beside.py"
    spec = importlib.util.spec_from_file_location("scorer_beside", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pair(doc: str, features: list[str], label: bool, subject: str = "x", obj: str = "land") -> Row:
    return Row(features, frozenset({"BASED_IN"} if label else ()), "Organization", "Country", subject, obj, doc)


def test_a_rules_link_is_not_added_and_every_pair_is_scored_by_a_regression_that_never_saw_its_document() -> None:
    beside = beside_module()
    rows = []
    for n in range(10):  # ten made-up documents: "based in" marks the link, "visited" does not
        rows.append(pair(f"d{n}", ["lca=base"], True, f"g{n}"))
        rows.append(pair(f"d{n}", ["lca=visit"], False, f"h{n}"))
        rows.append(pair(f"d{n}", ["lca=base", "vote=BASED_IN"], True, f"r{n}"))
    links = beside.out_of_fold(rows, "BASED_IN", unvoted=False)
    assert (links.rules_right, links.rules_made) == (10, 10)
    assert len(links.added) == 20  # the rules' ten links are not among the added
    made, right = links.above(0.5)
    assert made == right == 10  # the "based in" pairs, scored from the other documents


def test_unvoted_fits_only_the_pairs_the_rules_did_not_link() -> None:
    beside = beside_module()
    rows = [pair(f"d{n}", ["vote=BASED_IN"], True, f"r{n}") for n in range(10)]
    rows += [pair(f"d{n}", ["lca=visit"], False, f"h{n}") for n in range(10)]
    assert beside.out_of_fold(rows, "BASED_IN", unvoted=True) is None  # no positive left to learn from
    assert beside.out_of_fold(rows, "BASED_IN", unvoted=False) is not None


def test_the_curve_line_counts_the_added_links_at_each_threshold() -> None:
    beside = beside_module()
    line = beside.curve_line("LEADS", Beside([(0.9, True), (0.6, False), (0.35, True)], 3, 4))
    assert line.split()[:6] == ["LEADS", "rules", "3/4", "added", "0.30:2/3", "0.40:1/2"]

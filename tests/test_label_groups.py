"""benchmarks/written/label_groups.py: what each group of the label check's features adds, out of fold."""

from __future__ import annotations

import importlib.util

from conftest import ROOT

from loaders.learn_labels import LabelRow, out_of_fold


def groups_module() -> object:
    path = ROOT / "benchmarks" / "written" / "label_groups.py"
    spec = importlib.util.spec_from_file_location("label_groups", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows() -> list[LabelRow]:
    """Ten made-up pages: a name after "colonel" is a person though the NER read a place; one named once with no
    such word is no actor."""
    rows = []
    for page in range(10):
        rows.append(LabelRow(f"p{page}", "Tessa", "Location", ["label=Location", "prev=colonel", "times=2"], "Person"))
        rows.append(LabelRow(f"p{page}", "Tessa", "Location", ["label=Location", "prev=colonel", "times=2"], "Person"))
        rows.append(LabelRow(f"p{page}", "Kisangi", "Location", ["label=Location", "prev=in", "times=2"], "Location"))
        rows.append(LabelRow(f"p{page}", "Sunday", "Person", ["label=Person", "prev=<s>", "times=1"], "none"))
        rows.append(LabelRow(f"p{page}", "Orvane", "Person", ["label=Person", "prev=said", "times=2"], "Person"))
    return rows


def test_leaving_out_the_words_that_tell_a_reading_loses_its_changes() -> None:
    groups = groups_module()
    rows = _rows()
    every = groups.changes_line("all", out_of_fold(rows))
    assert "Person 0.4: 10/0/10" in every and "none 0.4: 10/0/10" in every
    assert every.startswith("all      right-wrong   20")
    no_window = groups.changes_line("-window", out_of_fold(groups.without(rows, groups.GROUPS["window"])))
    assert "Person" not in no_window  # nothing but "colonel" tells Tessa from Kisangi
    assert "none" in no_window  # "times=1" still tells Sunday


def test_a_group_left_out_takes_only_its_own_features() -> None:
    groups = groups_module()
    (row,) = groups.without(_rows()[:1], groups.GROUPS["count"])
    assert row.features == ["label=Location", "prev=colonel"]

"""Corrections that stick: an analyst's YAML re-applied on every build, and the build's own judgements to review."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import SAMPLE_ID, SEEDS
from typer.testing import CliRunner

from actorgraph.cli import app
from graph.corrections import CorrectionsError, apply_corrections, parse_corrections
from graph.kg import Evidence, KnowledgeGraph

runner = CliRunner()

CORRECTIONS = """\
merge:
  - names: [Newsweek, Fox News]
reject:
  - {subject: Iran, type: ATTACKED, object: United States, reason: the drone was not the US}
  - {subject: Iran, type: FUNDS, object: Nobody}
"""


@pytest.fixture(scope="module")
def corrected(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """The sample corpus with a corrections.yaml beside it, built; the corpus, the build and the command's stderr."""
    corpus = tmp_path_factory.mktemp("corpus")
    shutil.copy(SEEDS / f"{SAMPLE_ID}.txt", corpus)
    (corpus / "corrections.yaml").write_text(CORRECTIONS, encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    result = runner.invoke(app, ["build", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return corpus, out, result.stderr


def _graph(out: Path) -> dict:
    return json.loads((out / "graph.json").read_text(encoding="utf-8"))


def test_a_rejected_link_and_merged_actors_are_gone_from_the_build(corrected, sample_json: dict) -> None:
    _, out, _ = corrected
    data = _graph(out)
    edges = {(e["source"], e["type"], e["target"]) for e in data["edges"]}
    assert ("iran", "ATTACKED", "united-states") in {
        (e["source"], e["type"], e["target"]) for e in sample_json["edges"]
    }
    assert ("iran", "ATTACKED", "united-states") not in edges
    names = {n["name"] for n in data["nodes"]}
    assert "Newsweek" in names and "Fox News" not in names
    [newsweek] = [n for n in data["nodes"] if n["name"] == "Newsweek"]
    assert "Fox News" in newsweek["aliases"]
    assert len(data["nodes"]) == len(sample_json["nodes"]) - 1
    workers = {e["source"] for e in data["edges"] if e["target"] == newsweek["id"] and e["type"] == "WORKS_FOR"}
    assert {"james-laporta", "lucas-tomlinson"} <= workers  # Fox News's reporter now works for the merged actor


def test_a_correction_that_matches_nothing_is_reported(corrected) -> None:
    assert "warning: correction matches nothing: reject #2: no actor 'Nobody'" in corrected[2]


def test_corrections_stick_on_the_next_build(corrected, tmp_path: Path) -> None:
    corpus, out, _ = corrected
    result = runner.invoke(app, ["build", str(corpus), "--out", str(out)])
    assert result.exit_code == 0 and "2 correction(s) applied" in result.output
    assert _graph(out)["nodes"] == _graph(corrected[1])["nodes"]
    plain = tmp_path / "plain.yaml"
    plain.write_text("{}\n", encoding="utf-8")
    again = runner.invoke(app, ["build", str(corpus), "--out", str(tmp_path / "o"), "--corrections", str(plain)])
    assert again.exit_code == 0 and "Fox News" in {n["name"] for n in _graph(tmp_path / "o")["nodes"]}


def test_review_lists_the_builds_own_merges_with_the_lines_that_reverse_or_confirm_them(corrected) -> None:
    _, out, _ = corrected
    result = runner.invoke(app, ["review", "--graph", str(out)])
    assert result.exit_code == 0, result.output
    assert "surname (name similarity 58.8 of 100): 'Saleh' taken for Barham Saleh (Person)" in result.output
    assert '  reverse: split: [{alias: "Saleh", from: "Barham Saleh"}]' in result.output
    assert '  confirm: merge: [{names: ["Barham Saleh", "Saleh"]}]' in result.output
    assert "Fox News" not in result.output  # the analyst's own merge is not the build's judgement
    shown = re.findall(r"^\S.* \((?:name similarity ([\d.]+) of 100|confidence ([\d.]+))\): ", result.output, re.M)
    strengths = [float(similarity) / 100 if similarity else float(confidence) for similarity, confidence in shown]
    assert len(strengths) == len(result.output.splitlines()[1:]) - result.output.count("\n  ")  # every judgement
    assert strengths == sorted(strengths)  # weakest first, names and links on one scale


def test_review_shows_a_links_confidence_as_the_graph_stores_it(corrected) -> None:
    _, out, _ = corrected
    result = runner.invoke(app, ["review", "--graph", str(out), "--min-confidence", "0.6"])
    assert result.exit_code == 0, result.output
    header, *lines = result.output.splitlines()
    assert "similarity" in header and "not a probability" in header and "confidence (0-1" in header
    stored = {(e["source"], e["type"], e["target"]): e["confidence"] for e in _graph(out)["edges"]}
    names = {n["name"]: n["id"] for n in _graph(out)["nodes"]}
    shown = [re.fullmatch(r"low-confidence link \(confidence ([\d.]+)\): (.+) -(\w+)-> (.+)", line) for line in lines]
    shown = [(names[m[2]], m[3], names[m[4]], float(m[1])) for m in shown if m]
    assert len(shown) >= 3 and all(confidence < 0.6 for *_, confidence in shown)
    assert all(stored[(s, t, o)] == confidence for s, t, o, confidence in shown)


def test_reverse_lines_are_corrections_that_apply(corrected, sample_graph: KnowledgeGraph) -> None:
    kg = KnowledgeGraph.from_json(sample_graph.to_json())
    report = apply_corrections(kg, parse_corrections({"split": [{"alias": "Saleh", "from": "Barham Saleh"}]}))
    assert report.unmatched == [] and "saleh" in kg.g and "Saleh" not in kg.g.nodes["barham-saleh"]["aliases"]


def _small() -> KnowledgeGraph:
    kg = KnowledgeGraph()
    kg.add_actor("kh", "Organization", "Kataib Hezbollah", kind="armed_group", doc_id="d")
    kg.add_actor("iran", "Country", "Iran", doc_id="d")
    kg.add_actor("unsom", "Country", "UNSOM", doc_id="d")
    kg.add_relation("iran", "FUNDS", "kh", Evidence("d", "Iran backs KH.", 0, 14))
    return kg


def test_rename_relabel_retype_and_add_leave_analyst_evidence() -> None:
    kg = _small()
    report = apply_corrections(
        kg,
        parse_corrections(
            {
                "rename": [{"actor": "UNSOM", "name": "UN Assistance Mission in Somalia"}],
                "relabel": [{"actor": "UNSOM", "label": "Organization", "kind": "international"}],
                "retype": [{"subject": "Iran", "type": "FUNDS", "object": "KH", "to": "ALLIED_WITH", "reason": "ally"}],
                "add": [{"subject": "KH", "type": "OPPOSES", "object": "UNSOM", "note": "seen in the field"}],
            }
        ),
    )
    assert report.unmatched == []
    node = kg.g.nodes["un-assistance-mission-in-somalia"]
    assert (node["label"], node["kind"], node["aliases"]) == ("Organization", "international", {"UNSOM"})
    assert {k for *_, k in kg.g.edges(keys=True)} == {"ALLIED_WITH", "OPPOSES"}
    added = kg.g.edges["kh", "un-assistance-mission-in-somalia", "OPPOSES"]["evidence"]
    assert [(e.method, e.sentence) for e in added] == [("analyst", "seen in the field")]
    retyped = kg.g.edges["iran", "kh", "ALLIED_WITH"]["evidence"]
    assert [e.method for e in retyped] == ["", "analyst"]


def test_a_malformed_corrections_file_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CorrectionsError, match=r"reject #1: expected the fields object, subject, type, \[reason\]"):
        parse_corrections({"reject": [{"subject": "Iran"}]})
    bad = tmp_path / "c.yaml"
    bad.write_text("merge: [{names: [Iran]}]\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Iran backs Kataib Hezbollah.", encoding="utf-8")
    result = runner.invoke(app, ["build", str(tmp_path), "--out", str(tmp_path / "o"), "--corrections", str(bad)])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [f"error: {bad}: merge #1: names must list at least two actors"]


def test_a_corrections_file_not_in_utf8_stops_the_build_before_it_starts(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Iran backs Kataib Hezbollah.", encoding="utf-8")
    fixes = corpus / "corrections.yaml"  # saved in Windows' Western encoding, as an editor might
    fixes.write_bytes("merge:\n  - names: [Barham Sálih, Barham Saleh]\n".encode("cp1252"))
    result = runner.invoke(app, ["build", str(corpus), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: cannot read corrections {fixes}: not valid UTF-8 (line 2); save it as UTF-8"
    ]
    assert not (tmp_path / "out").exists()  # stopped before reading a document, so nothing was written

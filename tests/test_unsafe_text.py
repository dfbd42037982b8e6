"""Characters XML, JSON consumers or a browser cannot take never reach an output, whichever writer (issue 9, #3)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree
from typer.testing import CliRunner

from actorgraph.cli import app
from graph.build import BuildResult, outputs
from graph.commit import OutputFolder
from graph.export import load_graph, write_graphml, write_json
from graph.html import write_html
from graph.kg import Evidence, KnowledgeGraph
from loaders import iter_documents

runner = CliRunner()
UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
DIRTY = "\x01\x1b\ud800\uffff\x7f"  # a control byte, an escape, a lone surrogate, a non-character, DEL


@pytest.fixture
def dirty_graph() -> KnowledgeGraph:
    """A graph whose names, aliases, ids and evidence carry every kind of unsafe character."""
    kg = KnowledgeGraph()
    kg.add_actor("kataib-hezbollah", "Organization", f"Kataib{DIRTY} Hezbollah", aliases=[f"KH{DIRTY}"], doc_id="d1")
    kg.add_actor("iran", "Country", "Iran", doc_id=f"d{DIRTY}2")
    sentence = f"Iran{DIRTY} funds Kataib Hezbollah."
    kg.add_relation("iran", "FUNDS", "kataib-hezbollah", Evidence(f"d{DIRTY}2", sentence, 0, 30, f"2020{DIRTY}"))
    return kg


def read_clean(path: Path) -> str:
    """A written file's text, asserting it is UTF-8 with no unsafe character."""
    text = path.read_bytes().decode("utf-8")
    assert not UNSAFE.search(text), path.name
    return text


def test_graph_json_writer_takes_unsafe_characters(tmp_path: Path, dirty_graph: KnowledgeGraph) -> None:
    write_json(dirty_graph, tmp_path / "graph.json")
    data = json.loads(read_clean(tmp_path / "graph.json"))
    assert any(node["name"].startswith("Kataib") for node in data["nodes"])
    assert load_graph(tmp_path).g.number_of_edges() == 1


def test_graphml_writer_takes_unsafe_characters(tmp_path: Path, dirty_graph: KnowledgeGraph) -> None:
    write_graphml(dirty_graph, tmp_path / "graph.graphml")
    read_clean(tmp_path / "graph.graphml")
    g = nx.read_graphml(tmp_path / "graph.graphml")
    assert g.nodes["kataib-hezbollah"]["name"] == "Kataib Hezbollah"
    assert g.nodes["kataib-hezbollah"]["aliases"] == "KH"


def test_html_writer_takes_unsafe_characters(tmp_path: Path, dirty_graph: KnowledgeGraph) -> None:
    report = write_html(dirty_graph, tmp_path / "graph.html")
    assert (report.nodes, report.edges) == (2, 1)
    etree.HTML(read_clean(tmp_path / "graph.html"))  # parses as a page


def test_build_report_writer_takes_unsafe_characters(tmp_path: Path, dirty_graph: KnowledgeGraph) -> None:
    result = BuildResult(dirty_graph, documents=1, problems=[f"/corpus/caf\udce9{DIRTY}.txt: empty file, skipped"])
    with OutputFolder(tmp_path / "out") as folder:
        folder.lock()
        written = folder.commit(outputs(result))
    assert [p.name for p in written] == ["graph.json", "graph.graphml", "graph.html", "build.json"]
    for path in written:
        read_clean(path)
    assert json.loads((tmp_path / "out" / "build.json").read_text())["problems"] == [
        "/corpus/caf.txt: empty file, skipped"
    ]


def test_documents_are_cleaned_at_the_loader_so_offsets_hold(tmp_path: Path) -> None:
    (tmp_path / "wire\x01\udce9.txt").write_text(
        "Kataib\x01 Hezbollah\x0cis run by Abu Mahdi al-Muhan\x01dis.", encoding="utf-8"
    )
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "w\u0001\ud800", "text": "Iran\u0001 funds \ud800Hamas."}))
    docs = {d.id: d.text for d in iter_documents([tmp_path])}
    assert docs == {"wire": "Kataib Hezbollah is run by Abu Mahdi al-Muhandis.", "w": "Iran funds Hamas."}


@pytest.mark.model
def test_build_with_control_characters_and_stray_binary_data_writes_every_output(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "control.txt").write_bytes(
        b"Kataib Hezbollah is run by Abu Mahdi al-Muhan\x01dis. Iran funds Kataib\x1b Hezbollah."
    )
    noise = bytes(b for b in range(1, 256) if b not in b"\t\n\r")  # binary bytes, no NUL: not caught as binary
    (corpus / "noisy.txt").write_bytes(b"Hamas is based in Gaza, officials said. " * 20 + noise)
    result = runner.invoke(app, ["build", str(corpus), "--out", str(tmp_path / "out")])
    assert result.exit_code in (0, 2), result.output  # 2: the noisy file is reported as not UTF-8
    assert "Traceback" not in result.output
    for name in ("graph.json", "graph.graphml", "graph.html", "build.json"):
        read_clean(tmp_path / "out" / name)
    names = {n["name"] for n in json.loads((tmp_path / "out" / "graph.json").read_text())["nodes"]}
    assert {"Abu Mahdi al-Muhandis", "Kataib Hezbollah", "Hamas"} <= names
    nx.read_graphml(tmp_path / "out" / "graph.graphml")

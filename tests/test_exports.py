"""Exports to other tools, each read back by that format's own library or checker."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from actorgraph.cli import app
from graph.neo4j_csv import ARRAY_DELIMITER

runner = CliRunner()


def _export(sample_out: Path, fmt: str, folder: Path) -> list[Path]:
    result = runner.invoke(app, ["export", "--format", fmt, "--graph", str(sample_out), "--out", str(folder)])
    assert result.exit_code == 0, result.output
    return [Path(p) for p in result.output.splitlines()[0].removeprefix("wrote ").split(", ")]


def test_ftm_entities_are_read_back_by_followthemoney(sample_out: Path, sample_json: dict, tmp_path: Path) -> None:
    from followthemoney import model

    [path] = _export(sample_out, "ftm", tmp_path)
    entities = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        proxy = model.get_proxy(json.loads(line), cleaned=False)  # raises on an unknown schema or property
        assert proxy.id not in entities
        entities[proxy.id] = proxy
    assert len(entities) == len(sample_json["nodes"]) + len(sample_json["edges"])
    for proxy in entities.values():
        for prop, value in proxy.itervalues():
            if prop.type.name == "entity":
                assert value in entities, (proxy.id, prop.name)
                assert entities[value].schema.is_a(prop.range), (proxy.id, prop.name, entities[value].schema)
    leads = entities["abu-mahdi-al-muhandis--LEADS--kataib-hezbollah"]
    assert leads.schema.name == "Directorship" and leads.get("role") == ["leader"]
    assert leads.get("director") == ["abu-mahdi-al-muhandis"] and leads.get("status") == ["asserted"]
    assert "Kataib Hezbollah is run by Abu Mahdi al-Muhandis" in leads.first("summary")
    sanction = entities["qais-khazali--SANCTIONED_BY--united-states"]
    assert sanction.schema.name == "Sanction" and sanction.get("authority") == ["United States"]
    assert entities["iran"].schema.name == "PublicBody" and entities["iran"].get("country") == ["ir"]


def _neo4j_value(kind: str, text: str) -> object:
    """A field as neo4j-admin reads it by its header type; a bad value raises."""
    base, array = kind.removesuffix("[]"), kind.endswith("[]")
    parse = {"string": str, "int": int, "float": float, "boolean": {"true": True, "false": False}.__getitem__}[base]
    return [parse(v) for v in text.split(ARRAY_DELIMITER)] if array and text else [] if array else parse(text)


def _read_neo4j(path: Path) -> tuple[list[str], list[dict]]:
    """A neo4j-admin import file checked against its header: every field in its column's declared type."""
    with path.open(encoding="utf-8", newline="") as fh:
        header, *rows = list(csv.reader(fh))
    read = []
    for row in rows:
        assert len(row) == len(header), row
        fields = {}
        for column, text in zip(header, row, strict=True):
            name, _, kind = column.partition(":")
            if kind in ("ID", "START_ID", "END_ID", "TYPE", "LABEL"):
                fields[f":{kind}"] = text.split(ARRAY_DELIMITER) if kind == "LABEL" else text
            elif text or kind.endswith("[]"):
                fields[name] = _neo4j_value(kind or "string", text)
        read.append(fields)
    return header, read


def test_neo4j_csv_follows_the_admin_import_header_format(sample_out: Path, sample_json: dict, tmp_path: Path) -> None:
    nodes_path, rels_path = _export(sample_out, "neo4j-csv", tmp_path)
    node_header, nodes = _read_neo4j(nodes_path)
    rel_header, rels = _read_neo4j(rels_path)
    assert node_header[0] == "id:ID" and rel_header[:3] == [":START_ID", ":END_ID", ":TYPE"]
    ids = [n[":ID"] for n in nodes]
    assert len(ids) == len(set(ids)) == len(sample_json["nodes"])
    assert all(n[":LABEL"] == ["Actor", n["label"]] for n in nodes)
    assert len(rels) == len(sample_json["edges"])
    by_key = {(e["source"], e["type"], e["target"]): e for e in sample_json["edges"]}
    for rel in rels:
        assert rel[":START_ID"] in ids and rel[":END_ID"] in ids
        edge = by_key[(rel[":START_ID"], rel[":TYPE"], rel[":END_ID"])]
        assert rel["evidence_sentences"] == [e["sentence"] for e in edge["evidence"]]  # ";" and "," kept whole
        assert rel["count"] == edge["count"] == len(rel["evidence_doc_ids"])
        assert isinstance(rel["confidence"], float) and isinstance(rel["symmetric"], bool)


def test_graphml_export_is_read_back_by_networkx(sample_out: Path, sample_json: dict, tmp_path: Path) -> None:
    [path] = _export(sample_out, "graphml", tmp_path)
    g = nx.read_graphml(path)
    assert g.number_of_nodes() == len(sample_json["nodes"]) and g.number_of_edges() == len(sample_json["edges"])


def test_an_unknown_format_is_one_line(sample_out: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "gexf", "--graph", str(sample_out)])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        "error: unknown export format 'gexf'; expected one of ftm, neo4j-csv, graphml"
    ]


@pytest.mark.parametrize("fmt", ["ftm", "neo4j-csv", "graphml"])
def test_export_goes_beside_the_build_by_default(sample_out: Path, fmt: str) -> None:
    result = runner.invoke(app, ["export", "-f", fmt, "--graph", str(sample_out)])
    assert result.exit_code == 0 and f"wrote {sample_out / 'export'}" in result.output

"""Exports to other tools, each read back by that format's own library or checker."""

from __future__ import annotations

import csv
import json
import math
import xml.etree.ElementTree as ET
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


def test_gexf_is_read_back_by_networkx_with_what_gephi_shows(
    sample_out: Path, sample_json: dict, tmp_path: Path
) -> None:
    [path] = _export(sample_out, "gexf", tmp_path)
    g = nx.read_gexf(path)
    nodes = {n["id"]: n for n in sample_json["nodes"]}
    assert set(g.nodes) == set(nodes)
    for node_id, d in g.nodes(data=True):
        n = nodes[node_id]
        assert d["label"] == n["name"] and d["ontology_label"] == n["label"]  # Gephi shows the name
        assert d["kind"] == (n["kind"] or "") and d["aliases"].split("|") == (n["aliases"] or [""])
    edges = {(e["source"], e["target"], e["type"]): e for e in sample_json["edges"]}
    assert set(g.edges(keys=True)) == set(edges)
    for source, target, rel, d in g.edges(keys=True, data=True):
        e = edges[(source, target, rel)]
        assert d["label"] == d["relationship"] == rel
        assert d["weight"] == d["count"] == e["count"] and d["confidence"] == e["confidence"]
        assert d["certainty"] == e["certainty"] and d["first_sentence"] == e["evidence"][0]["sentence"]
        assert set(d["doc_ids"].split("|")) == {item["doc_id"] for item in e["evidence"]}
    leads = g.edges["abu-mahdi-al-muhandis", "kataib-hezbollah", "LEADS"]
    assert "Kataib Hezbollah is run by Abu Mahdi al-Muhandis" in leads["first_sentence"]


GEXF_NAMESPACES = {"http://www.gexf.net/1.2draft": "1.2", "http://gexf.net/1.2": "1.2", "http://gexf.net/1.3": "1.3"}
GEXF_TYPES = {"integer", "long", "double", "float", "boolean", "string", "liststring", "anyURI"}


def test_gexf_is_the_xml_gephi_reads(sample_out: Path, sample_json: dict, tmp_path: Path) -> None:
    [path] = _export(sample_out, "gexf", tmp_path)
    root = ET.parse(path).getroot()
    namespace, tag = root.tag[1:].split("}")
    assert tag == "gexf" and GEXF_NAMESPACES.get(namespace) == root.get("version")
    ns = {"g": namespace}
    [graph] = root.findall("g:graph", ns)
    assert graph.get("defaultedgetype") == "directed" and graph.get("mode") == "static"
    declared = {}
    for block in graph.findall("g:attributes", ns):
        for attribute in block.findall("g:attribute", ns):
            assert attribute.get("type") in GEXF_TYPES
            declared[(block.get("class"), attribute.get("id"))] = attribute.get("title")
    node_ids = [node.get("id") for node in graph.iterfind("g:nodes/g:node", ns)]
    assert len(node_ids) == len(set(node_ids)) == len(sample_json["nodes"])
    edges = graph.findall("g:edges/g:edge", ns)
    assert len({edge.get("id") for edge in edges}) == len(edges) == len(sample_json["edges"])
    for edge in edges:
        assert edge.get("source") in node_ids and edge.get("target") in node_ids
        assert edge.get("type") is None and math.isfinite(float(edge.get("weight")))  # a direction, if given
    for kind, items in (("node", graph.iterfind("g:nodes/g:node", ns)), ("edge", edges)):
        for item in items:
            assert item.get("label")
            titles = [declared[(kind, value.get("for"))] for value in item.iterfind("g:attvalues/g:attvalue", ns)]
            assert len(titles) == len(set(titles))
    assert {"ontology_label", "kind", "aliases"} <= {title for (kind, _), title in declared.items() if kind == "node"}
    assert {"relationship", "certainty", "confidence", "count", "first_sentence", "doc_ids"} <= {
        title for (kind, _), title in declared.items() if kind == "edge"
    }


def test_an_unknown_format_is_one_line(sample_out: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "dot", "--graph", str(sample_out)])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        "error: unknown export format 'dot'; expected one of ftm, neo4j-csv, gexf, graphml"
    ]


@pytest.mark.parametrize("fmt", ["ftm", "neo4j-csv", "gexf", "graphml"])
def test_export_goes_beside_the_build_by_default(sample_out: Path, fmt: str) -> None:
    result = runner.invoke(app, ["export", "-f", fmt, "--graph", str(sample_out)])
    assert result.exit_code == 0 and f"wrote {sample_out / 'export'}" in result.output

"""Exports to other tools, each read back by that format's own library or checker."""

from __future__ import annotations

import csv
import json
import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from actorgraph.cli import app
from actorgraph.cli_export import FORMATS, export_files
from graph.cypher_script import cypher_script
from graph.errors import ActorGraphError
from graph.export import write_json
from graph.kg import Evidence, KnowledgeGraph
from graph.neo4j_csv import ARRAY_DELIMITER
from graph.store import embedded_store
from graph.store.backends import NEO4J_SCHEMA
from graph.store.digests import graph_rows

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


def _cypher_shell_statements(script: str) -> list[str]:
    """The statements as cypher-shell cuts a script: at each ``;`` outside quotes, backticks and comments,
    a backslash escaping the character after it (as its ShellStatementParser does)."""
    statements: list[str] = []
    start, closing, escaped, previous = 0, "", False, ""
    for i, c in enumerate(script):
        pair, previous = previous + c, c
        if escaped:
            escaped = False
        elif closing in ("\n", "*/"):  # in a comment
            closing = "" if closing in (c, pair) else closing
        elif c == "\\":
            escaped = True
        elif closing:  # in a quoted name or string
            closing = "" if c == closing else closing
        elif c == ";":
            statements.append(script[start:i].strip())
            start = i + 1
        else:
            closing = {"//": "\n", "/*": "*/"}.get(pair, c if c in "'\"`" else "")
    assert not script[start:].strip(), "text after the last statement"
    return statements


def _script_graph(sample_json: dict) -> KnowledgeGraph:
    """The sample, with an actor and a link whose texts need escaping."""
    kg = KnowledgeGraph.from_json(sample_json)
    kg.add_actor("tricky", "Organization", 'Kata\'ib "Hizballah"\nof Iraq', aliases=["back\\slash; // not a comment"])
    sentence = 'Abū Mahdī\'s men;\n\tthey "run" it /* not a comment */ \u0645\u0647\u0646\u062f\u0633 \U0001f680'
    kg.add_relation("iran", "FUNDS", "tricky", Evidence("d'1", sentence, 0, len(sentence), "2020-01-03"))
    return kg


def _stored(store, what: str) -> dict:
    if what == "nodes":
        rows = store.query("MATCH (n:Actor) RETURN n.id AS id, labels(n) AS labels, n AS n")
        return {(r["id"],): {**r["n"], "labels": sorted(r["labels"])} for r in rows}
    rows = store.query("MATCH (a:Actor)-[r]->(b:Actor) RETURN a.id AS s, type(r) AS t, b.id AS o, r AS r")
    return {(r["s"], r["t"], r["o"]): {k: v for k, v in r["r"].items() if k != "type"} for r in rows}


@pytest.mark.store
def test_the_cypher_script_builds_the_graph_in_falkordb(sample_json: dict, tmp_path: Path) -> None:
    kg = _script_graph(sample_json)
    write_json(kg, tmp_path / "build" / "graph.json")
    [path] = _export(tmp_path / "build", "cypher", tmp_path / "export")
    script = path.read_text(encoding="utf-8")
    assert '`name`: "Kata\'ib \\"Hizballah\\"\\nof Iraq"' in script  # one line, as cypher-shell reads it
    statements = _cypher_shell_statements(script)
    cypher = [re.sub(r"^//.*\n", "", statement) for statement in statements]  # the header comment
    # FalkorDB has no named, IF NOT EXISTS indexes nor uniqueness constraints in Cypher: those two are skipped
    assert cypher[: len(NEO4J_SCHEMA)] == list(NEO4J_SCHEMA)
    node_rows, edge_rows = graph_rows(kg).grouped()
    expected_nodes = {row.key: {"id": row.key[0], **row.props()} for group in node_rows.values() for row in group}
    expected_edges = {row.key: row.props() for group in edge_rows.values() for row in group}
    with embedded_store(tmp_path / "db") as store:
        for _ in range(2):  # a second run changes nothing
            for statement in cypher[len(NEO4J_SCHEMA) :]:
                store.query(statement, write=True)
            assert store.counts() == {"nodes": kg.g.number_of_nodes(), "relationships": kg.g.number_of_edges()}
        nodes, edges = _stored(store, "nodes"), _stored(store, "edges")
        store.load(kg)  # the store finds what it would have written
        assert store.written == {"nodes": 0, "relationships": 0, "deleted": 0}
    for key, props in expected_nodes.items():  # the store's properties, null ones unset as the store leaves them
        assert nodes[key] == {**{k: v for k, v in props.items() if v is not None}, "labels": ["Actor", props["label"]]}
    assert edges == expected_edges
    assert nodes[("tricky",)]["name"] == 'Kata\'ib "Hizballah"\nof Iraq'
    assert nodes[("tricky",)]["aliases"] == ["back\\slash; // not a comment"]
    tricky = edges[("iran", "FUNDS", "tricky")]
    assert tricky["evidence_sentences"] == [kg.g.edges["iran", "tricky", "FUNDS"]["evidence"][0].sentence]
    assert tricky["evidence_doc_ids"] == ["d'1"]
    leads = edges[("abu-mahdi-al-muhandis", "LEADS", "kataib-hezbollah")]
    assert leads["count"] == 1 and "is run by Abu Mahdi al-Muhandis" in leads["evidence_sentences"][0]


def test_the_cypher_script_unwinds_batches_not_one_statement_a_link() -> None:
    kg = KnowledgeGraph()
    kg.add_actor("o", "Organization", "The Organisation")
    for i in range(2500):
        kg.add_actor(f"p{i}", "Person", f"Person {i}")
        kg.add_relation(f"p{i}", "MEMBER_OF", "o", Evidence("d", f"Person {i} joined The Organisation.", i, i + 9))
    statements = _cypher_shell_statements(cypher_script(kg))
    assert len(statements) == len(NEO4J_SCHEMA) + 1 + 3 + 3  # the schema, one organisation, 2,501 persons, 2,500 links
    assert sum(statement.count("`source`: ") for statement in statements) == 2500


def test_every_format_is_in_the_readme() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for fmt in FORMATS:
        assert f"actorgraph export --format {fmt} " in readme, f"--format {fmt} is not in the README"


def test_an_unknown_format_is_a_one_line_usage_error_naming_the_choices(sample_out: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "dot", "--graph", str(sample_out)])
    assert result.exit_code == 2  # as every other bad option value
    assert result.stderr.strip().splitlines() == [
        "error: Invalid value for '--format' / '-f': 'dot' is not one of 'ftm', 'neo4j-csv', 'cypher', 'gexf', "
        "'graphml'. (see 'root export --help')"  # the runner names the program 'root'
    ]
    with pytest.raises(ActorGraphError, match="unknown export format 'dot'"):
        export_files(sample_out, "dot")  # the function itself still refuses it, for callers other than the CLI


@pytest.mark.parametrize("fmt", ["ftm", "neo4j-csv", "cypher", "gexf", "graphml"])
def test_export_goes_beside_the_build_by_default(sample_out: Path, fmt: str) -> None:
    result = runner.invoke(app, ["export", "-f", fmt, "--graph", str(sample_out)])
    assert result.exit_code == 0 and f"wrote {sample_out / 'export'}" in result.output


@pytest.mark.parametrize("fmt", ["ftm", "gexf"])
def test_an_out_folder_under_a_file_is_one_line(sample_out: Path, tmp_path: Path, fmt: str) -> None:
    (tmp_path / "notes").write_text("mine")
    folder = tmp_path / "notes" / "export"
    result = runner.invoke(app, ["export", "-f", fmt, "--graph", str(sample_out), "--out", str(folder)])
    assert result.exit_code == 1
    name = {"ftm": "graph.ftm.jsonl", "gexf": "graph.gexf"}[fmt]
    assert result.stderr.splitlines() == [
        f"error: {folder / name}: cannot write ({tmp_path / 'notes'} is a file, not a folder)"
    ]
    assert (tmp_path / "notes").read_text() == "mine"


def test_graphml_text_is_escaped_as_the_standard_library_escapes_it() -> None:
    from xml.sax.saxutils import escape as standard

    from graph.export import _XML_ATTRIBUTE, _XML_TEXT, escape

    for text in ('Al-Shabaab & "AS" <Somalia>', "line one\nline two\r\tend", "&amp; already", ""):
        for entities in (_XML_TEXT, _XML_ATTRIBUTE):
            assert escape(text, entities) == standard(text, entities)

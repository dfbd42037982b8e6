"""`actorgraph schema` lists what the store really writes, and the README lists the same."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from actorgraph.cli import app
from graph.errors import ActorGraphError
from graph.schema import SCHEMA_PATH, load_schema
from graph.store import embedded_store

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def listed(output: str) -> tuple[set[str], set[str]]:
    """The labels and relationship types (``  :NAME``) and the properties (``  name  what``) a schema lists."""
    names = set(re.findall(r"^  :(\w+) ", output, re.MULTILINE))
    properties = set(re.findall(r"^  ([a-z_]+) +\S", output, re.MULTILINE))
    return names, properties


@pytest.mark.store
def test_schema_lists_every_label_type_and_property_the_store_writes(sample_out: Path, tmp_path: Path) -> None:
    with embedded_store(tmp_path / "db") as store:
        store.load_file(sample_out)
        labels = {r["k"] for r in store.query("MATCH (n) UNWIND labels(n) AS k RETURN DISTINCT k")}
        types = {r["k"] for r in store.query("MATCH ()-[r]->() RETURN DISTINCT type(r) AS k")}
        node_keys = {r["k"] for r in store.query("MATCH (n) UNWIND keys(n) AS k RETURN DISTINCT k")}
        edge_keys = {r["k"] for r in store.query("MATCH ()-[r]->() UNWIND keys(r) AS k RETURN DISTINCT k")}
    assert {"Actor", "LoadState", "Person", "LEADS"} <= labels | types and {"digests", "evidence_sources"} <= (
        node_keys | edge_keys
    )
    for args in (["schema"], ["schema", "--graph", str(sample_out)]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        names, properties = listed(result.output)
        assert labels | types <= names
        assert node_keys | edge_keys <= properties


def test_schema_examples_come_from_the_graph_when_given(sample_out: Path) -> None:
    own = runner.invoke(app, ["schema"]).output
    built = runner.invoke(app, ["schema", "--graph", str(sample_out)]).output
    assert 'e.g. "kataib-hezbollah"' in own and "[18 in this graph]" not in own
    assert ":Organization  any organised body; `kind` says which  [18 in this graph]" in built
    assert 'e.g. ["000_6bd6c12fd24f382d"]' in built and 'e.g. "3f2a9c41d07be815"' not in built


def test_a_schema_file_missing_a_stored_property_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "schema.yaml"
    broken.write_text(SCHEMA_PATH.read_text(encoding="utf-8").replace("    bucket:", "    bucket_number:"))
    with pytest.raises(ActorGraphError, match=r"schema.yaml: Actor lists .*bucket_number.*; the store writes .*bucket"):
        load_schema(broken)


def test_readme_schema_lists_every_property() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Schema") : readme.index("### Neo4j")]
    documented = set(re.findall(r"^\| `(\w+)` \|", section, re.MULTILINE))
    for owner, properties in load_schema().properties.items():
        assert set(properties) <= documented, f"README's Schema misses {owner} {set(properties) - documented}"
    assert "actorgraph schema" in section

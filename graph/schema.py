"""What the graph database holds, for Cypher users: labels, relationship types, properties with examples.

Labels and relationship types are the ontology's; the store's own labels and the meaning of every
property it writes are data (``schema.yaml``), checked once at load against what :mod:`graph.store`
writes. Examples are ``schema.yaml``'s, or a built graph's: the first value the store writes for it.

>>> lines = schema_lines()
>>> lines[1]
'  :Actor         every actor, with its ontology label as a second label (:Person, :Organization, ...)'
>>> lines[lines.index("  count                how many mentions") + 1]
'                       e.g. 2'
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from graph.errors import ActorGraphError
from graph.kg import KnowledgeGraph
from graph.ontology import Ontology, load_ontology
from graph.store.core import file_digest
from graph.store.digests import graph_rows
from graph.store.rows import EDGE_PROPS, NODE_PROPS

SCHEMA_PATH = Path(__file__).with_name("schema.yaml")
# The properties the store writes, by what carries them (graph/store/rows.py, and the LoadState node of core.py).
STORED = {
    "Actor": ("id", *NODE_PROPS, "bucket", "h"),
    "relationship": (*EDGE_PROPS, "h"),
    "LoadState": ("id", "digests", "file"),
}
EXAMPLE_CHARS = 70


@dataclass(frozen=True)
class Schema:
    """The store's own labels (name -> what) and, for each of ``STORED``, its properties (name -> what, example)."""

    labels: dict[str, str]
    properties: dict[str, dict[str, tuple[str, object]]]


@cache
def load_schema(path: Path = SCHEMA_PATH) -> Schema:
    """Read ``schema.yaml``; raise naming the file when it does not list exactly the properties the store writes."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        properties = {
            owner: {name: (entry["what"], entry["example"]) for name, entry in data["properties"][owner].items()}
            for owner in STORED
        }
        labels = dict(data["labels"])
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as exc:
        raise ActorGraphError(f"{path}: not a store schema ({exc})") from None
    for owner, written in STORED.items():
        if set(properties[owner]) != set(written):
            raise ActorGraphError(
                f"{path}: {owner} lists {', '.join(sorted(properties[owner]))}; the store writes {', '.join(written)}"
            )
    return Schema(labels, properties)


def graph_examples(kg: KnowledgeGraph, graph_file: Path | None = None) -> dict[str, dict[str, object]]:
    """For each property, the first telling value the store writes for ``kg`` (labels and types in
    alphabetical order); the ``LoadState`` holds the digest of ``graph_file`` when given."""
    rows = graph_rows(kg)
    node_rows, edge_rows = rows.grouped()
    digests = rows.hashes.digests
    examples: dict[str, dict[str, object]] = {
        "Actor": {},
        "relationship": {},
        "LoadState": {"id": "graph", "digests": digests, "file": file_digest(graph_file) if graph_file else None},
    }
    for owner, groups in (("Actor", node_rows), ("relationship", edge_rows)):
        for group in sorted(groups):
            for row in groups[group]:
                values = {"id": row.key[0], **row.props()} if owner == "Actor" else row.props()
                for name, value in values.items():
                    if _telling(value):
                        examples[owner].setdefault(name, value)
    return examples


def _telling(value: object) -> bool:
    """Whether ``value`` shows what a property holds: not null, nor empty, nor a list of empty texts.

    >>> _telling(False), _telling(0), _telling(""), _telling([""]), _telling(["US officials", ""])
    (True, True, False, False, True)
    """
    if isinstance(value, list):
        return any(v not in (None, "") for v in value)
    return value is not None and value != ""


def _example(value: object) -> str:
    """A value as Cypher shows it (JSON), cut to :data:`EXAMPLE_CHARS`.

    >>> _example(["kataib hezbollah", "kh"]), _example(None), _example(["x" * 80])[-3:]
    ('["kataib hezbollah", "kh"]', 'null', 'xx…')
    """
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= EXAMPLE_CHARS else text[: EXAMPLE_CHARS - 1] + "…"


def _ends(ontology: Ontology, rel_type: str) -> str:
    """The labels a relationship type joins, in the ontology's order: ``Person -> Organization, Country``."""
    rel = ontology.relations[rel_type]
    subject, obj = ([label for label in ontology.labels if label in end] for end in (rel.subject, rel.object))
    if rel.symmetric:
        return f"{', '.join(subject)} -- {', '.join(obj)} (symmetric)"
    return f"{', '.join(subject)} -> {', '.join(obj)}"


def schema_lines(kg: KnowledgeGraph | None = None, graph_file: Path | None = None) -> list[str]:
    """The schema as lines of text: labels, relationship types with their ends, and every property with what
    it holds and an example (from ``kg`` when given, with the number of actors and links of each kind)."""
    schema, ontology = load_schema(), (kg.ontology if kg else load_ontology())
    examples = graph_examples(kg, graph_file) if kg else {}
    labels = [kg.label(n) for n in kg.g] if kg else []
    types = [k for *_, k in kg.g.edges(keys=True)] if kg else []
    here = (lambda n: f"  [{n:,} in this graph]") if kg else (lambda n: "")
    lines = ["Node labels (every actor is an :Actor with its ontology label as a second label):"]
    lines.append(f"  {':Actor':<14} {schema.labels['Actor']}")
    lines += [
        f"  {':' + label:<14} {ontology.descriptions.get(label, '')}{here(labels.count(label))}"
        for label in ontology.labels
    ]
    lines.append(f"  {':LoadState':<14} {schema.labels['LoadState']}")
    lines += ["", "Relationship types (symmetric ones are stored once: match them undirected, (a)-[:TYPE]-(b)):"]
    lines += [f"  {':' + t:<18} {_ends(ontology, t)}{here(types.count(t))}" for t in ontology.relations]
    for owner, title in (("Actor", ":Actor nodes"), ("relationship", "relationships"), ("LoadState", ":LoadState")):
        lines += ["", f"Properties of {title}:"]
        for name, (what, example) in schema.properties[owner].items():
            value = examples[owner].get(name) if kg else example
            lines += [f"  {name:<20} {what}", f"  {'':<20} e.g. {_example(value)}"]
    return lines

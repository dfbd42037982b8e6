"""The graph as rows for ``UNWIND`` batches: one row per node and per relationship, grouped by label or type.

Nodes keep their properties plus ``keys``: the lowercased and the normalised forms of the
name, aliases and id, so a query can find an actor with ``toLower($name) IN a.keys``.
Relationships carry their evidence as parallel lists (FalkorDB properties hold no maps).

>>> from graph.kg import Evidence, KnowledgeGraph
>>> kg = KnowledgeGraph()
>>> kg.add_actor("kh", "Organization", "Kata'ib Hezbollah", aliases=["KH"], doc_id="d1")
>>> kg.add_actor("muhandis", "Person", "Abu Mahdi al-Muhandis", doc_id="d1")
>>> _ = kg.add_relation("muhandis", "LEADS", "kh", Evidence("d1", "KH is run by Muhandis.", 0, 22, "2020-01-01"))
>>> nodes = node_rows(kg.to_json(), "stamp")
>>> sorted(nodes), nodes["Organization"][0]["props"]["keys"]
(['Organization', 'Person'], ["kata'ib hezbollah", 'kataib hezbollah', 'kh'])
>>> rels = relationship_rows(kg.to_json(), "stamp")["LEADS"][0]
>>> rels["source"], rels["props"]["evidence_sentences"], rels["props"]["count"]
('muhandis', ['KH is run by Muhandis.'], 1)
>>> [len(c) for c in chunks(list(range(5)), max_rows=2)]
[2, 2, 1]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from graph.slug import name_key
from graph.store.values import Encoded, cypher_literal


def name_keys(node: dict) -> list[str]:
    """Every form a query may look the node up by: lowercased and normalised names, aliases, id."""
    forms = [node["name"], *node["aliases"]]
    keys = {f.strip().lower() for f in forms} | {name_key(f) for f in forms}
    keys |= {node["id"], name_key(node["id"].replace("-", " "))}
    return sorted(k for k in keys if k)


def node_rows(data: dict, stamp: str) -> dict[str, list[dict]]:
    """Node rows of a node-link graph, by label: ``{"id": ..., "props": {...}}``."""
    rows: dict[str, list[dict]] = defaultdict(list)
    for node in data["nodes"]:
        props = {
            "label": node["label"],
            "name": node["name"],
            "kind": node.get("kind"),
            "aliases": node["aliases"],
            "doc_ids": node["doc_ids"],
            "date": node.get("date"),
            "keys": name_keys(node),
            "load_id": stamp,
        }
        rows[node["label"]].append({"id": node["id"], "props": props})
    return dict(rows)


def relationship_rows(data: dict, stamp: str) -> dict[str, list[dict]]:
    """Relationship rows of a node-link graph, by type: ``{"source", "target", "props"}``."""
    rows: dict[str, list[dict]] = defaultdict(list)
    for edge in data["edges"]:
        evidence = edge["evidence"]
        props = {
            "symmetric": edge["symmetric"],
            "certainty": edge["certainty"],
            "confidence": edge["confidence"],
            "count": edge["count"],
            "evidence_sentences": [e["sentence"] for e in evidence],
            "evidence_doc_ids": [e["doc_id"] for e in evidence],
            "evidence_dates": [e["date"] for e in evidence],
            "evidence_certainty": [e["certainty"] for e in evidence],
            "evidence_sources": [e["source"] for e in evidence],
            "load_id": stamp,
        }
        rows[edge["type"]].append({"source": edge["source"], "target": edge["target"], "props": props})
    return dict(rows)


def chunks(rows: list[dict], max_rows: int, max_chars: int | None = None) -> Iterator[list[dict] | Encoded]:
    """Batches of at most ``max_rows`` rows; with ``max_chars``, pre-encoded Cypher lists of at most that size."""
    if max_chars is None:
        for start in range(0, len(rows), max_rows):
            yield rows[start : start + max_rows]
        return
    batch: list[str] = []
    size = 0
    for row in rows:
        text = cypher_literal(row)
        if batch and (len(batch) == max_rows or size + len(text) > max_chars):
            yield Encoded("[" + ", ".join(batch) + "]")
            batch, size = [], 0
        batch.append(text)
        size += len(text) + 2
    if batch:
        yield Encoded("[" + ", ".join(batch) + "]")

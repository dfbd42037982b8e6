"""Scores of a built graph against gold annotations in the ontology's format.

Matching (``shared/ontology.md``): an entity matches when its name or an alias equals the
gold name or a gold mention (case-insensitive, punctuation and a leading "the" ignored); a
relationship matches when both ends match and the type is equal (either direction for
symmetric types). The untyped score counts any relationship between the same two entities.
Each gold document is matched on its own (the nodes and links the graph has from it, against
its own ids) and the counts are summed over the documents.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from graph.errors import ActorGraphError
from graph.kg import KnowledgeGraph
from graph.slug import name_key


@dataclass(frozen=True)
class Score:
    """Precision, recall and F1 from counts."""

    tp: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _gold_record(line: str, where: str) -> dict:
    """One gold document, checked for the fields scoring reads; :class:`ActorGraphError` naming ``where`` if not."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ActorGraphError(f"{where}: malformed JSON ({exc.msg})") from None
    if not isinstance(record, dict):
        raise ActorGraphError(f"{where}: expected a JSON object (a gold document)")
    for field, kind, what in (("doc_id", str, "string"), ("entities", list, "list"), ("relations", list, "list")):
        if not isinstance(record.get(field), kind):
            raise ActorGraphError(f"{where}: gold document has no {field!r} {what}")
    for number, entity in enumerate(record["entities"], start=1):
        if not (isinstance(entity, dict) and all(isinstance(entity.get(k), str) for k in ("id", "name"))):
            raise ActorGraphError(f"{where}: entity #{number} needs an 'id' and a 'name'")
    for number, relation in enumerate(record["relations"], start=1):
        if not (
            isinstance(relation, dict) and all(isinstance(relation.get(k), str) for k in ("subject", "type", "object"))
        ):
            raise ActorGraphError(f"{where}: relation #{number} needs a 'subject', a 'type' and an 'object'")
    return record


def read_gold(path: Path) -> list[dict]:
    """The gold documents of a JSON Lines file; :class:`ActorGraphError` (one line naming the file and the line)
    for a file that cannot be read, is empty, or has a line that is not a gold document."""
    try:
        lines = Path(path).read_bytes().decode("utf-8-sig").splitlines()
    except FileNotFoundError:
        raise ActorGraphError(f"{path}: no such gold file") from None
    except UnicodeDecodeError:
        raise ActorGraphError(f"{path}: not valid UTF-8; gold files are UTF-8 JSON Lines") from None
    except OSError as exc:
        raise ActorGraphError(f"{path}: cannot read ({exc.strerror or exc})") from None
    docs = [_gold_record(line, f"{path}: line {number}") for number, line in enumerate(lines, 1) if line.strip()]
    if not docs:
        raise ActorGraphError(f"{path}: no gold documents")
    return docs


def evaluate(kg: KnowledgeGraph, gold_docs: list[dict]) -> dict[str, Score]:
    """Scores per relationship type, ``overall`` (typed), ``untyped`` and ``entities``, summed over the gold
    documents: each is scored on its own, against the nodes and links the graph has from it, because gold ids are
    a document's own ("isis" in one article, "islamic-state" in another, one node in the graph)."""
    symmetric = frozenset(t for t, r in kg.ontology.relations.items() if r.symmetric)
    doc_ids = {d["doc_id"] for d in gold_docs}
    nodes_of = documents_nodes(kg, doc_ids)
    edges_of: dict[str, list[tuple[str, str, str]]] = {}
    for s, o, t, data in kg.g.edges(keys=True, data=True):
        for doc_id in {e.doc_id for e in data["evidence"]} & doc_ids:
            edges_of.setdefault(doc_id, []).append((s, t, o))
    counts: Counter[tuple[str, str]] = Counter()
    for doc in gold_docs:
        nodes, edges = nodes_of.get(doc["doc_id"], []), edges_of.get(doc["doc_id"], [])
        counts.update(_document_counts(kg, doc, nodes, edges, symmetric))
    summary = ["overall", "untyped", "entities"]
    names = sorted({name for name, _ in counts} - set(summary)) + summary
    return {name: Score(counts[name, "tp"], counts[name, "predicted"], counts[name, "gold"]) for name in names}


def absent_documents(kg: KnowledgeGraph, gold_docs: list[dict]) -> list[str]:
    """The gold documents no actor of the graph comes from (a graph built from other documents scores 0 on them)."""
    present = {doc_id for _, data in kg.g.nodes(data=True) for doc_id in data["doc_ids"]}
    return [d["doc_id"] for d in gold_docs if d["doc_id"] not in present]


def documents_nodes(kg: KnowledgeGraph, doc_ids: set[str]) -> dict[str, list[str]]:
    """The nodes each of these documents gave the graph."""
    nodes_of: dict[str, list[str]] = {}
    for node, data in kg.g.nodes(data=True):
        for doc_id in data["doc_ids"] & doc_ids:
            nodes_of.setdefault(doc_id, []).append(node)
    return nodes_of


def gold_matches(kg: KnowledgeGraph, gold_docs: list[dict]) -> dict[str, dict[str, str]]:
    """For each gold document the graph has nodes from: the gold id of each of them that matches a gold entity."""
    docs = {d["doc_id"]: d for d in gold_docs}
    return {doc_id: _node_to_gold(kg, docs[doc_id], nodes) for doc_id, nodes in documents_nodes(kg, set(docs)).items()}


def _node_to_gold(kg: KnowledgeGraph, doc: dict, nodes: list[str]) -> dict[str, str]:
    """The gold id of each of a document's nodes that matches a gold entity by name or alias."""
    gold_entities: dict[str, str] = {}
    for ent in doc["entities"]:
        for form in [ent["name"], *ent.get("mentions", [])]:
            gold_entities.setdefault(name_key(form), ent["id"])
    node_to_gold: dict[str, str] = {}
    for node in nodes:
        data = kg.g.nodes[node]
        for form in [data["name"], *sorted(data["aliases"])]:
            if name_key(form) in gold_entities:
                node_to_gold[node] = gold_entities[name_key(form)]
                break
    return node_to_gold


def judged_methods(kg: KnowledgeGraph, gold_docs: list[dict]) -> Counter[tuple[str, bool]]:
    """For each rule (an evidence's ``method``): how many links of a gold document it gave evidence to were in
    that document's gold (``True``) or not (``False``), each link of a document counted once per rule."""
    symmetric = frozenset(t for t, r in kg.ontology.relations.items() if r.symmetric)
    docs = {d["doc_id"]: d for d in gold_docs}
    matched = gold_matches(kg, gold_docs)
    gold = {
        doc_id: {(r["type"], *_ordered(r["subject"], r["object"], r["type"] in symmetric)) for r in d["relations"]}
        for doc_id, d in docs.items()
    }
    counts: Counter[tuple[str, bool]] = Counter()
    for s, o, t, data in kg.g.edges(keys=True, data=True):
        for doc_id, method in {(e.doc_id, e.method) for e in data["evidence"] if e.doc_id in docs}:
            ends = matched.get(doc_id, {})
            link = (t, *_ordered(ends.get(s, f"?{s}"), ends.get(o, f"?{o}"), t in symmetric))
            counts[method, link in gold[doc_id]] += 1
    return counts


def _ordered(s: str, o: str, symmetric: bool) -> tuple[str, str]:
    return tuple(sorted((s, o))) if symmetric else (s, o)


def _document_counts(
    kg: KnowledgeGraph, doc: dict, nodes: list[str], edges: list[tuple[str, str, str]], symmetric: frozenset[str]
) -> Counter[tuple[str, str]]:
    """True positives, predictions and gold of one document, per type and for the summary scores."""
    node_to_gold = _node_to_gold(kg, doc, nodes)

    def norm(s: str, t: str, o: str) -> tuple[str, str, str]:
        return (t, *sorted((s, o))) if t in symmetric else (t, s, o)

    gold_rel = {norm(r["subject"], r["type"], r["object"]) for r in doc["relations"]}
    pred_rel = {norm(node_to_gold.get(s, f"?{s}"), t, node_to_gold.get(o, f"?{o}")) for s, t, o in edges}
    counts: Counter[tuple[str, str]] = Counter()

    def add(name: str, gold: set, predicted: set) -> None:
        counts[name, "tp"] += len(gold & predicted)
        counts[name, "predicted"] += len(predicted)
        counts[name, "gold"] += len(gold)

    for rel_type in {t for t, *_ in gold_rel | pred_rel}:
        add(rel_type, {r for r in gold_rel if r[0] == rel_type}, {r for r in pred_rel if r[0] == rel_type})
    add("overall", gold_rel, pred_rel)
    add("untyped", {frozenset(r[1:]) for r in gold_rel}, {frozenset(r[1:]) for r in pred_rel})
    counts["entities", "tp"] += len(set(node_to_gold.values()) & {e["id"] for e in doc["entities"]})
    counts["entities", "predicted"] += len(nodes)
    counts["entities", "gold"] += len({e["id"] for e in doc["entities"]})
    return counts


def format_scores(scores: dict[str, Score]) -> str:
    """A plain-text table of the scores."""
    lines = [f"{'':18} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'pred':>5} {'gold':>5}"]
    for name, s in scores.items():
        if name == "overall":
            lines.append("-" * 55)
        lines.append(f"{name:18} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:4d} {s.predicted:5d} {s.gold:5d}")
    return "\n".join(lines)

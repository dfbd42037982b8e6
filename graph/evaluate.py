"""Scores of a built graph against gold annotations in the ontology's format.

Matching (``shared/ontology.md``): an entity matches when its name or an alias equals the
gold name or a gold mention (case-insensitive, punctuation and a leading "the" ignored); a
relationship matches when both ends match and the type is equal (either direction for
symmetric types). The untyped score counts any relationship between the same two entities.
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


def read_gold(path: Path) -> list[dict]:
    """The gold documents of a JSON Lines file."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]
    except FileNotFoundError:
        raise ActorGraphError(f"{path}: no such gold file") from None
    except json.JSONDecodeError as exc:
        raise ActorGraphError(f"{path}: line {exc.lineno}: malformed JSON ({exc.msg})") from None


def evaluate(kg: KnowledgeGraph, gold_docs: list[dict]) -> dict[str, Score]:
    """Scores per relationship type, ``overall`` (typed), ``untyped`` and ``entities``."""
    symmetric = {t for t, r in kg.ontology.relations.items() if r.symmetric}
    doc_ids = {d["doc_id"] for d in gold_docs}
    gold_entities: dict[str, str] = {}
    for doc in gold_docs:
        for ent in doc["entities"]:
            for form in [ent["name"], *ent.get("mentions", [])]:
                gold_entities.setdefault(name_key(form), ent["id"])
    gold_ids = {e["id"] for d in gold_docs for e in d["entities"]}

    node_to_gold: dict[str, str] = {}
    predicted_nodes = [n for n, d in kg.g.nodes(data=True) if d["doc_ids"] & doc_ids]
    for node in predicted_nodes:
        data = kg.g.nodes[node]
        for form in [data["name"], *sorted(data["aliases"])]:
            if name_key(form) in gold_entities:
                node_to_gold[node] = gold_entities[name_key(form)]
                break

    def norm(s: str, t: str, o: str) -> tuple[str, str, str]:
        return (t, *sorted((s, o))) if t in symmetric else (t, s, o)

    gold_rel = {norm(r["subject"], r["type"], r["object"]) for d in gold_docs for r in d["relations"]}
    pred_rel: set[tuple[str, str, str]] = set()
    for s, o, t, data in kg.g.edges(keys=True, data=True):
        if not any(e.doc_id in doc_ids for e in data["evidence"]):
            continue
        pred_rel.add(norm(node_to_gold.get(s, f"?{s}"), t, node_to_gold.get(o, f"?{o}")))

    scores: dict[str, Score] = {}
    for rel_type in sorted({t for t, *_ in gold_rel | pred_rel}):
        g = {r for r in gold_rel if r[0] == rel_type}
        p = {r for r in pred_rel if r[0] == rel_type}
        scores[rel_type] = Score(len(g & p), len(p), len(g))
    scores["overall"] = Score(len(gold_rel & pred_rel), len(pred_rel), len(gold_rel))
    gold_pairs = {frozenset(r[1:]) for r in gold_rel}
    pred_pairs = {frozenset(r[1:]) for r in pred_rel}
    scores["untyped"] = Score(len(gold_pairs & pred_pairs), len(pred_pairs), len(gold_pairs))
    matched = Counter(node_to_gold.values())
    scores["entities"] = Score(len(set(matched) & gold_ids), len(predicted_nodes), len(gold_ids))
    return scores


def format_scores(scores: dict[str, Score]) -> str:
    """A plain-text table of the scores."""
    lines = [f"{'':18} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'pred':>5} {'gold':>5}"]
    for name, s in scores.items():
        if name == "overall":
            lines.append("-" * 55)
        lines.append(f"{name:18} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:4d} {s.predicted:5d} {s.gold:5d}")
    return "\n".join(lines)

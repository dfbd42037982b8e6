"""Entities per label on a split, and the organisations missed or made up, each with its sentence.

    .venv/bin/python benchmarks/realtext/entities.py --split train
    .venv/bin/python benchmarks/realtext/entities.py --split train --label Person --list

Matched as ``graph/evaluate.py`` matches: each article's gold against the nodes the graph has from
that article. Recall per gold label: gold entities of that label some node matches. Precision per
predicted label: nodes of that label matching a gold entity of the same label. ``--list`` prints,
per article, the gold entities of the label not found (``MISS``), found under another label
(``LABEL``), and the nodes of the label matching no gold entity (``EXTRA``), with the sentence
they are first written in. Read train only: dev is for checking that a change generalises.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import SPLITS, articles, as_jsonl

from graph.build import build_graph
from graph.evaluate import read_gold
from graph.kg import KnowledgeGraph
from graph.slug import name_key

SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")


def sentence_of(text: str, name: str) -> str:
    """The first sentence (or line) the name is written in, else ''."""
    at = text.find(name)
    if at < 0:
        return ""
    starts = [m.end() for m in SENTENCE_END.finditer(text, 0, at)]
    end = SENTENCE_END.search(text, at)
    return " ".join(text[starts[-1] if starts else 0 : end.start() if end else len(text)].split())


def document_rows(kg: KnowledgeGraph, doc: dict, text: str, label: str, counts: Counter) -> list[str]:
    """Count one article's entities per label into ``counts``; its rows for ``label``."""
    forms: dict[str, str] = {}
    for ent in doc["entities"]:
        for form in [ent["name"], *ent.get("mentions", [])]:
            forms.setdefault(name_key(form), ent["id"])
    gold_label = {e["id"]: e["label"] for e in doc["entities"]}
    node_to_gold: dict[str, str] = {}
    nodes = [n for n, d in kg.g.nodes(data=True) if doc["doc_id"] in d["doc_ids"]]
    for node in nodes:
        data = kg.g.nodes[node]
        match = next((forms[k] for f in [data["name"], *sorted(data["aliases"])] if (k := name_key(f)) in forms), None)
        if match is not None:
            node_to_gold[node] = match
    found = set(node_to_gold.values())
    rows = []
    for ent in doc["entities"]:
        counts[ent["label"], "gold"] += 1
        counts[ent["label"], "found"] += ent["id"] in found
        if ent["label"] == label and ent["id"] not in found:
            rows.append(f"MISS  {ent['name']!r} ({ent.get('kind', '')}): {sentence_of(text, ent['name'])}")
    for node in nodes:
        data = kg.g.nodes[node]
        counts[data["label"], "predicted"] += 1
        gold = node_to_gold.get(node)
        counts[data["label"], "right"] += gold is not None and gold_label[gold] == data["label"]
        if data["label"] == label and gold is None:
            rows.append(f"EXTRA {data['name']!r}: {sentence_of(text, data['name'])}")
        elif gold is not None and gold_label[gold] == label != data["label"]:
            rows.append(f"LABEL {data['name']!r} as {data['label']}: {sentence_of(text, data['name'])}")
    return [f"{doc['doc_id']} {row}" for row in rows]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=SPLITS, default="train")
    ap.add_argument("--label", default="Organization")
    ap.add_argument("--list", action="store_true", help="list the misses and extras of --label")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus, gold = Path(tmp) / "corpus.jsonl", Path(tmp) / "gold.jsonl"
        texts = {a.doc_id: a.text() for a in articles(args.split)}
        as_jsonl(articles(args.split), corpus, gold)
        kg = build_graph([corpus], extractor="both").graph
        counts: Counter[tuple[str, str]] = Counter()
        rows = [r for doc in read_gold(gold) for r in document_rows(kg, doc, texts[doc["doc_id"]], args.label, counts)]
    if args.list:
        print("\n".join(rows))
    print(f"{'':14} {'R':>6} {'found/gold':>11} {'P':>6} {'right/pred':>11}")
    for lab in sorted({lab for lab, _ in counts}):
        g, f, p, r = (counts[lab, k] for k in ("gold", "found", "predicted", "right"))
        print(f"{lab:14} {f / max(g, 1):6.3f} {f:>5}/{g:<5} {r / max(p, 1):6.3f} {r:>5}/{p:<5}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""A built graph's wrong links against gold (predicted, not in gold), grouped by cause and by rule.

    .venv/bin/python benchmarks/written/wrong_links.py GRAPHDIR GOLD [--list] [--method PREFIX]

Matched as ``graph/evaluate.py`` matches: each gold document against the nodes and links the graph has from it. Each
wrong link of a document gets one cause:

- ``credit``: made by a byline or credit-line rule (``credit-outlet``, ``credit-photo``);
- ``wrong-type``: gold links the same two actors, by another type (or the other way round);
- ``end-not-gold``: an end matches no gold entity of the document (an actor not annotated, a misread or split
  name, an incident gold names otherwise);
- ``not-in-gold``: both ends are gold entities that gold does not link (the nearest name taken for the right one,
  or a link the text does not state).

The rule counts are each link once per rule that gave it evidence in the document, as ``judged_methods`` counts.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from graph.evaluate import gold_matches, read_gold
from graph.export import load_graph
from graph.kg import KnowledgeGraph

CREDIT_RULES = ("credit-",)


def wrong_links(kg: KnowledgeGraph, gold_docs: list[dict]) -> list[dict]:
    """Every link of a gold document that the document's gold lacks: its document, ends, type, rules, first
    evidence sentence and cause."""
    symmetric = frozenset(t for t, r in kg.ontology.relations.items() if r.symmetric)
    docs = {d["doc_id"]: d for d in gold_docs}
    matched = gold_matches(kg, gold_docs)
    entities = {doc_id: {e["id"] for e in d["entities"]} for doc_id, d in docs.items()}
    linked = {doc_id: {(r["type"], r["subject"], r["object"]) for r in d["relations"]} for doc_id, d in docs.items()}
    pairs = {doc_id: {frozenset((s, o)) for _, s, o in links} for doc_id, links in linked.items()}
    found = []
    for s, o, rel_type, data in kg.g.edges(keys=True, data=True):
        for doc_id in sorted({e.doc_id for e in data["evidence"]} & docs.keys()):
            ends = matched.get(doc_id, {})
            gs, go = ends.get(s, f"?{s}"), ends.get(o, f"?{o}")
            gold = linked[doc_id]
            if (rel_type, gs, go) in gold or (rel_type in symmetric and (rel_type, go, gs) in gold):
                continue
            evidence = [e for e in data["evidence"] if e.doc_id == doc_id]
            methods = sorted({e.method for e in evidence})
            if any(m.startswith(CREDIT_RULES) for m in methods):
                cause = "credit"
            elif frozenset((gs, go)) in pairs[doc_id]:
                cause = "wrong-type"
            elif not {gs, go} <= entities[doc_id]:
                cause = "end-not-gold"
            else:
                cause = "not-in-gold"
            found.append(
                {
                    "doc_id": doc_id,
                    "subject": kg.g.nodes[s]["name"],
                    "type": rel_type,
                    "object": kg.g.nodes[o]["name"],
                    "methods": methods,
                    "sentence": evidence[0].sentence,
                    "cause": cause,
                }
            )
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("graph", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--list", action="store_true", help="list every wrong link with its sentence")
    parser.add_argument("--method", default="", help="only links a rule whose name starts with this gave")
    args = parser.parse_args(argv)
    links = [
        w
        for w in wrong_links(load_graph(args.graph / "graph.json"), read_gold(args.gold))
        if any(m.startswith(args.method) for m in w["methods"])
    ]
    print(f"{len(links)} wrong links")
    for cause, n in Counter(w["cause"] for w in links).most_common():
        print(f"  {cause:14} {n:5}")
    print("by rule:")
    for method, n in Counter(m for w in links for m in w["methods"]).most_common(25):
        print(f"  {method:40} {n:5}")
    if args.list:
        for w in sorted(links, key=lambda w: (w["cause"], w["doc_id"])):
            rules = ", ".join(w["methods"])
            print(f"[{w['cause']}] {w['doc_id']}: {w['subject']} -{w['type']}-> {w['object']} ({rules})")
            print(f"    {w['sentence'][:300]}")


if __name__ == "__main__":
    sys.exit(main())

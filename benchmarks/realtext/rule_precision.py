"""Measure each rule's precision on the real-text train split and keep it as the rule's confidence.

    .venv/bin/python benchmarks/realtext/rule_precision.py            # writes seeds/rule_precision.yaml

The split is built with the rules alone; every link a rule (an evidence's ``method``) gave evidence to in a gold
article counts once, right when that article's gold has it. A rule's precision is drawn toward its family's ("verb",
"role", "event-place") by ``PRIOR_WEIGHT`` links, so a rule seen twice is not called certain or worthless; a rule
never seen on train keeps its family's figure, or the confidence its code gives. Only train is read: dev checks that
the figures hold on articles never seen (``--split dev`` prints them without writing).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import articles, as_jsonl, place_texts

from graph.build import build_graph
from graph.evaluate import judged_methods, read_gold
from graph.export import atomic_write_text
from graph.seeds import seeds_dir
from loaders.rule_precision import FILE, family

PRIOR_WEIGHT = 5
HEADER = """\
# Each rule's precision on the real-text train split (the rules alone), its links' confidence: a rule's links are
# right about this often. Written by benchmarks/realtext/rule_precision.py; do not edit by hand. `families` holds
# the figure of a rule's family ("verb" of "verb:designate"), for rules not seen on train.
"""


def precisions(counts: Counter[tuple[str, bool]]) -> dict[str, dict[str, float]]:
    """Per family and per rule, the smoothed share of its links that are right."""
    fam: Counter[tuple[str, bool]] = Counter()
    for (method, right), n in counts.items():
        fam[family(method), right] += n
    families = {f: (fam[f, True] + 1) / (fam[f, True] + fam[f, False] + 2) for f, _ in fam}
    methods = {
        m: (counts[m, True] + PRIOR_WEIGHT * families[family(m)]) / (counts[m, True] + counts[m, False] + PRIOR_WEIGHT)
        for m, _ in counts
    }
    return {
        "families": {k: round(v, 2) for k, v in sorted(families.items())},
        "methods": {k: round(v, 2) for k, v in sorted(methods.items())},
    }


def measure(split: str) -> Counter[tuple[str, bool]]:
    """Right and wrong links per rule on one split, built with the rules alone."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus, gold = Path(tmp) / f"{split}.jsonl", Path(tmp) / f"{split}-gold.jsonl"
        as_jsonl(articles(split), corpus, gold)
        kg = build_graph([corpus], extractor="rules").graph
        return judged_methods(kg, read_gold(gold))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["train", "dev"], default="train", help="dev only prints, never writes")
    ap.add_argument("--out", type=Path, default=seeds_dir() / FILE)
    a = ap.parse_args()
    place_texts()
    counts = measure(a.split)
    found = precisions(counts)
    for m, p in found["methods"].items():
        print(f"{m:40} {p:5.2f}  {counts[m, True]:4d} right {counts[m, False]:4d} wrong")
    if a.split == "train":
        atomic_write_text(a.out, HEADER + yaml.safe_dump(found, sort_keys=False, width=120))
        print(f"wrote {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

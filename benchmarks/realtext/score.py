"""Rebuild the real-text corpus's texts that can be rebuilt here, build each split, score it.

    .venv/bin/python benchmarks/realtext/score.py                       # dev, rules + model
    .venv/bin/python benchmarks/realtext/score.py --split test --extractor rules model both
    .venv/bin/python benchmarks/realtext/score.py --split dev --json out/realtext-dev.json

Texts come from ``excerpts/`` through ``place-excerpt`` (hash checked); articles whose text
is not here are counted and left out. For each extractor (``rules``, ``model``, ``both``) the
split is built from scratch and scored per relationship type against its gold, side by side.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import SPLITS, articles, as_jsonl, place_texts

from graph.build import build_graph
from graph.evaluate import Score, evaluate, read_gold
from loaders.facts import EXTRACTORS

SUMMARY = ("overall", "untyped", "entities")


def score_split(split: str, extractors: list[str], work: Path) -> tuple[int, dict[str, dict[str, Score]]]:
    """Build one split with each extractor and score it: (articles scored, extractor -> scores)."""
    corpus, gold = work / f"{split}.jsonl", work / f"{split}-gold.jsonl"
    n = as_jsonl(articles(split), corpus, gold)
    results = {}
    for extractor in extractors:
        kg = build_graph([corpus], extractor=extractor).graph
        results[extractor] = evaluate(kg, read_gold(gold))
    return n, results


def table(results: dict[str, dict[str, Score]]) -> str:
    """Per type and overall: P / R / F1 of each extractor, and the gold count."""
    modes = list(results)
    names = sorted({k for s in results.values() for k in s if k not in SUMMARY}) + list(SUMMARY)
    head = f"{'':16}" + "".join(f"{m + ' P/R/F1':>22}" for m in modes) + f"{'gold':>6}"
    lines = [head]
    for name in names:
        if name == "overall":
            lines.append("-" * len(head))
        cells = []
        gold = 0
        for m in modes:
            s = results[m].get(name, Score(0, 0, 0))
            gold = max(gold, s.gold)
            cells.append(f"{s.precision:6.2f} {s.recall:6.2f} {s.f1:6.2f}  ")
        lines.append(f"{name:16}" + "".join(f"{c:>22}" for c in cells) + f"{gold:6d}")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", nargs="+", choices=SPLITS, default=["dev"])
    ap.add_argument("--extractor", nargs="+", choices=EXTRACTORS, default=["both"])
    ap.add_argument("--json", type=Path, help="also write the scores here")
    a = ap.parse_args()
    present, missing = place_texts()
    print(f"{present} texts present, {len(missing)} missing" + (f": {' '.join(missing)}" if missing else ""))
    report = {}
    with tempfile.TemporaryDirectory() as tmp:
        for split in a.split:
            n, results = score_split(split, a.extractor, Path(tmp))
            print(f"\n{split}: {n} articles\n{table(results)}")
            report[split] = {
                m: {k: {"p": s.precision, "r": s.recall, "f1": s.f1, "gold": s.gold} for k, s in r.items()}
                for m, r in results.items()
            }
    if a.json:
        a.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

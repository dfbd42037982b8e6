"""Measure each rule's precision on a train set and keep it as the rule's confidence.

    .venv/bin/python benchmarks/realtext/rule_precision.py            # the real-text train split
    .venv/bin/python benchmarks/realtext/rule_precision.py --gold benchmarks/written/train/gold.jsonl \
        --articles benchmarks/written/train/articles --cold          # the written train pages, read cold

Either writes seeds/rule_precision.yaml. With ``--gold`` and ``--articles`` the pages of a gold file are read
instead of the real-text split (whose texts must be placed first); ``--seeds`` builds them with another seeds folder,
and ``--cold`` with a copy of it whose gazetteer forgets every actor the gold names other than states and capitals
(``benchmarks/written/forget_actors.py``), so each rule is measured as it reads a page from a theatre nobody
prepared for. The set is built with the rules alone; every link a rule (an evidence's ``method``) gave evidence to
in a gold article counts once, right when that article's gold has it. A rule's precision is drawn toward its
family's ("verb", "role", "event-place") by ``PRIOR_WEIGHT`` links, so a rule seen twice is not called certain or
worthless; a rule never seen on train keeps its family's figure, or the confidence its code gives. Only train is
read: on the real-text corpus, ``--split dev`` prints the dev split's figures without writing.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import textwrap
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "written"))

from corpus import articles, as_jsonl, place_texts
from forget_actors import write_cold_seeds

from graph.build import build_graph
from graph.evaluate import judged_methods, read_gold
from graph.export import atomic_write_text
from graph.seeds import seeds_dir
from loaders.rule_precision import FILE, family

PRIOR_WEIGHT = 5
HEADER = (
    "Each rule's precision (the rules alone) on {source}, its links' confidence: a rule's links are right about this"
    " often. Written on {day} by `benchmarks/realtext/rule_precision.py{args}`; do not edit by hand. `families`"
    ' holds the figure of a rule\'s family ("verb" of "verb:designate"), for rules not seen on train.'
)


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
    """Right and wrong links per rule on one split of the real-text corpus, built with the rules alone."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus, gold = Path(tmp) / f"{split}.jsonl", Path(tmp) / f"{split}-gold.jsonl"
        as_jsonl(articles(split), corpus, gold)
        return measure_pages(corpus, gold)


def measure_pages(pages: Path, gold: Path) -> Counter[tuple[str, bool]]:
    """Right and wrong links per rule on the pages under ``pages`` against ``gold``, built with the rules alone
    and the seeds folder ``ACTORGRAPH_SEEDS`` names (set before anything reads it: seeds are read once a process)."""
    kg = build_graph([pages], extractor="rules").graph
    return judged_methods(kg, read_gold(gold))


def header(source: str, day: str, argv: list[str]) -> str:
    """The file's header, comment lines: where its figures come from, when, and the command that wrote them.

    >>> lines = header("the pages of train.jsonl", "2026-12-05", ["--gold", "train.jsonl"]).splitlines()
    >>> lines[0][:70]
    "# Each rule's precision (the rules alone) on the pages of train.jsonl,"
    >>> len(lines), all(line.startswith("# ") and len(line) <= 118 for line in lines)
    (3, True)
    """
    text = HEADER.format(source=source, day=day, args="".join(f" {a}" for a in argv))
    return "".join(f"# {line}\n" for line in textwrap.wrap(text, 116, break_on_hyphens=False))


def source_of(gold: Path | None, seeds: Path | None, cold: bool) -> str:
    """What the figures were measured on, for the header.

    >>> source_of(Path("benchmarks/written/train/gold.jsonl"), None, True)
    'the pages of benchmarks/written/train/gold.jsonl read cold (the gazetteer forgetting their actors)'
    """
    if gold is None:
        return "the real-text train split"
    read = " read cold (the gazetteer forgetting their actors)" if cold else ""
    return f"the pages of {gold}{read}" + (f" with the seeds of {seeds}" if seeds else "")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["train", "dev"], default="train", help="dev only prints, never writes")
    ap.add_argument("--gold", type=Path, help="a gold file whose pages to read instead of the real-text split")
    ap.add_argument("--articles", type=Path, help="the folder of --gold's pages")
    ap.add_argument("--seeds", type=Path, help="the seeds folder to build with (the project's unless told)")
    ap.add_argument("--cold", action="store_true", help="with --gold: its actors forgotten by the gazetteer")
    ap.add_argument("--out", type=Path, default=seeds_dir() / FILE)
    a = ap.parse_args()
    if (a.gold is None) != (a.articles is None) or (a.cold and a.gold is None):
        ap.error("--gold and --articles go together, and --cold needs them")
    with tempfile.TemporaryDirectory() as cold:
        if a.cold:
            write_cold_seeds(a.gold, Path(cold), a.seeds or seeds_dir())
        if a.cold or a.seeds:
            os.environ["ACTORGRAPH_SEEDS"] = cold if a.cold else str(a.seeds)
        if a.gold is None:
            place_texts()
            counts = measure(a.split)
        else:
            counts = measure_pages(a.articles, a.gold)
    found = precisions(counts)
    for m, p in found["methods"].items():
        print(f"{m:40} {p:5.2f}  {counts[m, True]:4d} right {counts[m, False]:4d} wrong")
    if a.split == "train":
        day = datetime.now(UTC).date().isoformat()
        text = header(source_of(a.gold, a.seeds, a.cold), day, sys.argv[1:])
        atomic_write_text(a.out, text + yaml.safe_dump(found, sort_keys=False, width=120))
        print(f"wrote {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

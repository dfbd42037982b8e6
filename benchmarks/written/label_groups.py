"""What each group of the label check's features adds, out of fold: the changes of a model fitted without it.

    ACTORGRAPH_SEEDS=COLD .venv/bin/python benchmarks/written/label_groups.py GOLD ARTICLES [--groups count,window]

Labels every mention the label check of unknown names reads (:func:`loaders.learn_labels.labelled_mentions`, as
``actorgraph train-labels`` does; run it with ``ACTORGRAPH_SEEDS`` a folder from ``forget_actors.py`` so that the
pages are read cold), then, for every feature and for each group of features left out (:data:`GROUPS`), fits the
regression on the other folds of whole documents, chooses each reading's threshold out of fold as the retrain does
(:func:`loaders.learn_labels.choose_thresholds`) and prints, per reading, its threshold and the names it changes
(right / wrong / all: right where the gold has the reading, wrong where it had the label replaced), and the right
changes minus the wrong ones. The guards of :mod:`loaders.label_guards` are not applied: a build makes fewer of
these changes, right and wrong.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from loaders.learn import gold_documents
from loaders.learn_labels import LabelRow, choose_thresholds, labelled_mentions, out_of_fold

GROUPS = {  # a group of the features of :func:`loaders.name_labels.mention_features`: the prefixes of its features
    "label": ("label=", "ner="),
    "count": ("n=", "times="),
    "times": ("times=",),
    "words": ("w=", "first=", "last="),
    "affix": ("suf3=", "suf4=", "pre2=", "pre3=", "suf2=", "first_suf3="),
    "shape": ("shape=", "shapes="),
    "window": ("prev=", "prev2=", "next=", "next2="),
    "dep": ("dep=", "head=", "dep_head="),
    "cue": ("cue_", "kind="),
    "syntax": ("pos=", "head_pos=", "prep_head=", "over_prep=", "subject_of=", "child="),
    "page": ("in_longer=", "has_shorter=", "page_ner"),
}


def without(rows: list[LabelRow], prefixes: tuple[str, ...]) -> list[LabelRow]:
    """The rows with the features that start with one of ``prefixes`` left out.

    >>> row = LabelRow("d", "Tessa", "Person", ["times=1", "n=1", "w=tessa"], "Person")
    >>> without([row], GROUPS["count"])[0].features
    ['w=tessa']
    """
    return [
        LabelRow(r.doc, r.name, r.label, [f for f in r.features if not f.startswith(prefixes)], r.truth) for r in rows
    ]


def changes_line(tag: str, names: list[tuple[str, float, str, str]]) -> str:
    """One line of what the thresholds chosen on ``names`` (reading, probability, label now, gold reading) change.

    >>> names = [("Person", 0.9, "Location", "Person")] * 6 + [("Person", 0.9, "Location", "Location")]
    >>> changes_line("all", names)
    'all      right-wrong    5 (right 6, wrong 1) | Person 0.4: 6/1/7'
    """
    total_right = total_wrong = 0
    parts = []
    for reading, step in sorted(choose_thresholds(names).items()):
        changed = [(label, truth) for r, p, label, truth in names if r == reading and p >= step and label != r]
        right = sum(truth == reading for _, truth in changed)
        wrong = sum(truth == label for label, truth in changed)
        total_right, total_wrong = total_right + right, total_wrong + wrong
        parts.append(f"{reading} {step}: {right}/{wrong}/{len(changed)}")
    head = f"{tag:8} right-wrong {total_right - total_wrong:4} (right {total_right}, wrong {total_wrong})"
    return f"{head} | {'; '.join(parts)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("articles", type=Path)
    parser.add_argument("--groups", default=",".join(GROUPS), help="comma-separated groups to leave out in turn")
    args = parser.parse_args()
    rows = labelled_mentions(gold_documents(args.gold, [args.articles]))
    print(changes_line("all", out_of_fold(rows)), flush=True)
    for group in (g for g in args.groups.split(",") if g):
        print(changes_line(f"-{group}", out_of_fold(without(rows, GROUPS[group]))), flush=True)


if __name__ == "__main__":
    main()

"""How often the links the learned scorer would add beside the rules are right, on pages it never saw.

    .venv/bin/python benchmarks/written/scorer_beside.py GOLD ARTICLES [--types LEADS,BASED_IN] [--unvoted]
    ACTORGRAPH_SEEDS=COLD .venv/bin/python benchmarks/written/scorer_beside.py ...  # pages read cold

Labels every candidate pair of ARTICLES from GOLD (:func:`loaders.learn.labelled_pairs`) and, for each type, scores
each pair by a regression fitted on the other folds of whole documents (:func:`loaders.learn.document_folds`),
calibrated on those out-of-fold scores as ``actorgraph train`` calibrates. The links (document, subject, object) the
rules did not make are the ones the scorer adds; for each threshold it prints how many of them reach it and how many
are right, beside the rules' own links of the type (right / made): a threshold pays only where the added links are
right about as often as the rules'. With ``--unvoted`` the regressions are fitted on the pairs the rules did not
link by the type only (a scorer of what the rules miss) instead of on every pair with the rules' votes as features.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from graph.ontology import load_ontology
from loaders.learn import (
    STEPS,
    Beside,
    Row,
    _fit,
    _folds,
    _platt,
    gold_documents,
    labelled_pairs,
    links_beside_rules,
)
from loaders.scorer import sigmoid

CURVE = (0.3, 0.4, *STEPS)  # the thresholds reported: the scorer's own (from even odds up) and two below


def voted(row: Row, rel_type: str, symmetric: bool) -> bool:
    """Whether the rules linked the pair by ``rel_type`` (either way for a symmetric type).

    >>> row = Row(["vote=~ALLIED_WITH"], frozenset(), "Country", "Country", "a", "b")
    >>> voted(row, "ALLIED_WITH", True), voted(row, "ALLIED_WITH", False)
    (True, False)
    """
    return f"vote={rel_type}" in row.features or (symmetric and f"vote=~{rel_type}" in row.features)


def out_of_fold(rows: list[Row], rel_type: str, unvoted: bool) -> Beside | None:
    """The links of one type beside the rules, each with its out-of-fold calibrated probability; None when the type
    has too few examples to fit."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer

    ontology = load_ontology()
    symmetric = ontology.is_symmetric(rel_type)
    kept = [r for r in rows if ontology.allows(rel_type, r.s_label, r.o_label)]
    y = np.array([rel_type in r.labels for r in kept])
    fitted = np.array([not (unvoted and voted(r, rel_type, symmetric)) for r in kept])
    if len(set(y[fitted].tolist())) < 2:
        return None
    x = DictVectorizer(sort=True).fit_transform([dict.fromkeys(r.features, 1) for r in kept]).tocsr()
    fold, scores = _folds(kept), np.full(len(kept), -50.0)  # a pair the regressions never score is never added
    for k in sorted(set(fold.tolist())):
        coef, bias = _fit(x[fitted & (fold != k)], y[fitted & (fold != k)])
        held = fitted & (fold == k)
        scores[held] = x[held] @ coef + bias
    a, b = _platt(scores[fitted].tolist(), y[fitted].tolist())
    return links_beside_rules(rel_type, kept, [sigmoid(a * s + b) for s in scores], symmetric)


def curve_line(rel_type: str, links: Beside) -> str:
    """One type's line: the rules' links right / made, then the added links right / made at each threshold.

    >>> curve_line("LEADS", Beside([(0.95, True), (0.45, False)], 8, 10)).split()[:5]
    ['LEADS', 'rules', '8/10', 'added', '0.30:1/2']
    """
    cells = " ".join(f"{step:.2f}:{right}/{made}" for step in CURVE for made, right in [links.above(step)])
    return f"{rel_type:16} rules {links.rules_right}/{links.rules_made}  added {cells}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("articles", type=Path)
    parser.add_argument("--types", default="", help="comma-separated types (default: every type)")
    parser.add_argument("--unvoted", action="store_true", help="fit on the pairs the rules did not link only")
    args = parser.parse_args()
    rows = labelled_pairs(gold_documents(args.gold, [args.articles]))
    types = [t for t in args.types.split(",") if t] or sorted(load_ontology().relations)
    total = {step: [0, 0] for step in CURVE}
    for rel_type in types:
        links = out_of_fold(rows, rel_type, args.unvoted)
        if links is None:
            continue
        print(curve_line(rel_type, links), flush=True)
        for step in CURVE:
            made, right = links.above(step)
            total[step][0] += made
            total[step][1] += right
    print(f"{'all':16} added " + " ".join(f"{step:.2f}:{right}/{made}" for step, (made, right) in total.items()))


if __name__ == "__main__":
    main()

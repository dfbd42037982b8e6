"""Training the relation scorer (:mod:`loaders.scorer`) from gold annotations and their texts.

Every candidate pair of the training documents is labelled from the gold: a pair whose two
mentions name gold entities linked by a type is a positive for that type (for symmetric
types in either direction), every other pair a negative. One L2-regularised logistic
regression per type is fitted (liblinear, deterministic), its probabilities calibrated on the
development documents by Platt scaling, and a threshold per type chosen there: the one with
the best F-measure (:data:`BETA` weighs precision above recall).

>>> from loaders import Document
>>> text = "Hezbollah leader Hassan Nasrallah spoke. Iran funds Hezbollah."
>>> gold = {"doc_id": "t", "entities": [
...     {"id": "hezbollah", "name": "Hezbollah", "mentions": ["Hezbollah"]},
...     {"id": "hassan-nasrallah", "name": "Hassan Nasrallah", "mentions": []},
...     {"id": "iran", "name": "Iran", "mentions": []}],
...     "relations": [{"subject": "hassan-nasrallah", "type": "LEADS", "object": "hezbollah"}]}
>>> rows = labelled_pairs([(Document("t", text), gold)])
>>> sorted({(r.subject, r.object) for r in rows if r.labels})
[('hassan-nasrallah', 'hezbollah')]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from graph.errors import ActorGraphError
from graph.evaluate import read_gold
from graph.ontology import load_ontology
from graph.slug import name_key
from loaders.document import Document
from loaders.events import Event
from loaders.extract import DocReader, End
from loaders.nlp import load_nlp
from loaders.readers import iter_documents
from loaders.scorer import RelationModel, end_label, sigmoid

BETA = 0.35  # the thresholds' F-measure weighs precision about three times as much as recall
MIN_F = 0.3  # a type whose best development F-measure is lower makes no links of the scorer's own
NEVER = 1.01  # the threshold of such a type
FLOOR = 0.5  # no link of the scorer's own below even odds: one more often wrong than right costs precision
MIN_POSITIVES = 3  # a type with fewer training examples is left to the rules
C = 0.3  # inverse regularisation strength (L2)
MIN_WEIGHT = 0.02  # smaller weights are dropped from the model file


@dataclass(frozen=True)
class Row:
    """One ordered candidate pair: its features, its labels (gold types) and the gold ids of its ends."""

    features: list[str]
    labels: frozenset[str]
    s_label: str
    o_label: str
    subject: str | None
    object: str | None


def _gold_ids(gold: dict) -> dict[str, str]:
    ids: dict[str, str] = {}
    for ent in gold["entities"]:
        for form in [ent["name"], *ent.get("mentions", [])]:
            ids.setdefault(name_key(form), ent["id"])
    return ids


def gold_id(end: End, ids: dict[str, str]) -> str | None:
    """The gold entity a mention or event stands for, by any of its forms."""
    forms = [end.name, *end.surfaces] if isinstance(end, Event) else [end.text, end.name]
    return next((ids[k] for k in map(name_key, forms) if k in ids), None)


def labelled_pairs(documents: Iterable[tuple[Document, dict]]) -> list[Row]:
    """Every candidate pair of the documents, labelled from their gold."""
    ontology = load_ontology()
    nlp = load_nlp()
    rows = []
    for doc, gold in documents:
        ids = _gold_ids(gold)
        types: dict[tuple[str, str], set[str]] = {}
        for r in gold["relations"]:
            types.setdefault((r["subject"], r["object"]), set()).add(r["type"])
            if ontology.is_symmetric(r["type"]):
                types.setdefault((r["object"], r["subject"]), set()).add(r["type"])
        reader = DocReader(nlp(doc.text), doc.id, doc.date)
        reader.apply_rules()
        for _, s, o, feats in reader.candidates():
            gs, go = gold_id(s, ids), gold_id(o, ids)
            labels = frozenset(types.get((gs, go), ())) if gs and go and gs != go else frozenset()
            rows.append(Row(feats, labels, end_label(s), end_label(o), gs, go))
    return rows


def train_model(train: list[Row], dev: list[Row]) -> RelationModel:
    """Fit one scorer per type on ``train``; calibrate it and choose its threshold on ``dev``."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    ontology = load_ontology()
    vectorizer = DictVectorizer(sort=True)
    x_train = vectorizer.fit_transform([dict.fromkeys(r.features, 1) for r in train])
    names = vectorizer.get_feature_names_out()
    fitted: dict[str, LogisticRegression] = {}
    for rel_type in sorted(ontology.relations):
        allowed = np.array([ontology.allows(rel_type, r.s_label, r.o_label) for r in train])
        y = np.array([rel_type in r.labels for r in train])[allowed]
        if y.sum() < MIN_POSITIVES or y.all():  # too few examples, or nothing to tell them from
            continue
        fitted[rel_type] = LogisticRegression(C=C, solver="liblinear", random_state=0, max_iter=1000)
        fitted[rel_type].fit(x_train[allowed], y)
    types = list(fitted)
    weights: dict[str, list[float]] = {}
    bias = [float(clf.intercept_[0]) for clf in fitted.values()]
    for i, clf in enumerate(fitted.values()):
        for j in np.flatnonzero(np.abs(clf.coef_[0]) >= MIN_WEIGHT):
            weights.setdefault(str(names[j]), [0.0] * len(types))[i] = float(clf.coef_[0][j])
    raw = RelationModel(types, weights, bias, (1.0, 0.0), [0.5] * len(types))
    scored = _scored(raw, dev)
    calibration = _platt([s for _, s, _ in scored], [t for _, _, t in scored])
    thresholds = []
    for rel_type in types:
        mine = [(sigmoid(calibration[0] * s + calibration[1]), t) for r, s, t in scored if r == rel_type]
        thresholds.append(choose_threshold([p for p, _ in mine], [t for _, t in mine]))
    return RelationModel(types, weights, bias, calibration, thresholds)


def _scored(model: RelationModel, rows: list[Row]) -> list[tuple[str, float, bool]]:
    """Type, raw score and truth of every allowed (pair, type) of ``rows``."""
    ontology = load_ontology()
    found = []
    for r in rows:
        for rel_type, s in zip(model.types, model.scores(r.features), strict=True):
            if ontology.allows(rel_type, r.s_label, r.o_label):
                found.append((rel_type, s, rel_type in r.labels))
    return found


def _platt(scores: list[float], truth: list[bool]) -> tuple[float, float]:
    """Platt scaling: (a, b) of the logistic curve that best maps scores to the truth."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    if len(set(truth)) < 2:
        return (1.0, 0.0)
    clf = LogisticRegression(C=1e6, solver="lbfgs", max_iter=1000)
    clf.fit(np.array(scores).reshape(-1, 1), np.array(truth))
    return (float(clf.coef_[0][0]), float(clf.intercept_[0]))


def choose_threshold(probabilities: list[float], truth: list[bool]) -> float:
    """The threshold with the best F-measure (:data:`BETA`) on the development pairs of one type, never below
    :data:`FLOOR`; above every probability (no links) when that F-measure stays below :data:`MIN_F`.

    >>> choose_threshold([0.9, 0.8, 0.6, 0.3], [True, True, False, True])
    0.8
    >>> choose_threshold([0.9, 0.4, 0.3], [True, True, True])
    0.5
    >>> choose_threshold([0.9, 0.8], [False, False])
    1.01
    """
    ranked = sorted(zip(probabilities, truth, strict=True), key=lambda pt: -pt[0])
    total = sum(truth)
    if not total:
        return NEVER
    best, best_f = NEVER, MIN_F
    tp = 0
    for n, (p, t) in enumerate(ranked, start=1):
        tp += t
        precision, recall = tp / n, tp / total
        f = (1 + BETA**2) * precision * recall / (BETA**2 * precision + recall) if tp else 0.0
        if f > best_f:
            best, best_f = p, f
    return round(float(max(best, FLOOR)), 4)


def reliability(model: RelationModel, rows: list[Row], bins: int = 5) -> list[tuple[float, float, int]]:
    """For each probability bin: the mean probability given, the share that was right, how many."""
    ontology = load_ontology()
    found: list[list[tuple[float, bool]]] = [[] for _ in range(bins)]
    for r in rows:
        for rel_type, p in zip(model.types, model.probabilities(r.features), strict=True):
            if ontology.allows(rel_type, r.s_label, r.o_label) and p >= 0.05:
                found[min(bins - 1, int(p * bins))].append((p, rel_type in r.labels))
    return [
        (sum(p for p, _ in b) / len(b), sum(t for _, t in b) / len(b), len(b)) if b else (0.0, 0.0, 0) for b in found
    ]


def gold_documents(gold: Path, texts: Iterable[Path]) -> list[tuple[Document, dict]]:
    """The documents under ``texts`` that ``gold`` annotates, each with its gold line."""
    lines = {g["doc_id"]: g for g in read_gold(gold)}
    found = [(d, lines[d.id]) for d in iter_documents(texts) if d.id in lines]
    missing = sorted(lines.keys() - {d.id for d, _ in found})
    if missing:
        raise ActorGraphError(f"{gold}: no text for {len(missing)} annotated documents ({', '.join(missing[:5])})")
    return found

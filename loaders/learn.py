"""Training the relation scorer (:mod:`loaders.scorer`) from gold annotations and their texts.

Every candidate pair of the training documents is labelled from the gold: a pair whose two
mentions name gold entities linked by a type is a positive for that type (for symmetric
types in either direction), every other pair a negative. One L2-regularised logistic
regression per type is fitted (liblinear, deterministic); its probabilities are calibrated per type
by Platt scaling on out-of-fold scores (cross-validation by document, so every type is calibrated on
all its training examples and the development documents stay held out to check it), and a threshold
per type is chosen there: the best F1 among those keeping :data:`TARGET_PRECISION` of the links right.

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
from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    import numpy as np

TARGET_PRECISION = 0.6  # a type's threshold keeps at least this share of its out-of-fold links right
MIN_LINKS = 5  # a threshold is judged on at least this many out-of-fold links
MIN_F = 0.1  # a type whose best out-of-fold F1 is lower makes no links of the scorer's own
NEVER = 1.01  # the threshold of such a type
FLOOR = 0.5  # no link of the scorer's own below even odds: one more often wrong than right costs precision
MIN_POSITIVES = 3  # a type with fewer training examples is left to the rules
C = 0.3  # inverse regularisation strength (L2)
CLASS_WEIGHT = None  # weights of the negative and positive examples (None: equal)
FOLDS = 5  # training documents are split into this many folds to score each pair by a scorer that never saw it
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
    doc: str = ""  # the document the pair comes from (training folds are whole documents)


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
            rows.append(Row(feats, labels, end_label(s), end_label(o), gs, go, doc.id))
    return rows


def train_model(train: list[Row]) -> RelationModel:
    """Fit one scorer per type on ``train``; calibrate each type and choose its threshold from out-of-fold scores.

    The documents are split into :data:`FOLDS` folds (by sorted id, so always the same); each pair is scored by
    the scorers fitted on the other folds, and those scores, which the scorer never saw in training, fit the
    type's Platt scaling and choose its threshold. The scorers shipped are fitted on all of ``train``.
    """
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer

    ontology = load_ontology()
    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform([dict.fromkeys(r.features, 1) for r in train])
    names = vectorizer.get_feature_names_out()
    fold = _folds(train)
    types, coefs, bias, calibration, thresholds = [], [], [], [], []
    for rel_type in sorted(ontology.relations):
        allowed = np.array([ontology.allows(rel_type, r.s_label, r.o_label) for r in train])
        y = np.array([rel_type in r.labels for r in train])
        if y[allowed].sum() < MIN_POSITIVES or y[allowed].all():  # too few examples, or nothing to tell them from
            continue
        oof = np.zeros(len(train))
        for k in range(FOLDS):
            inside, held = allowed & (fold != k), allowed & (fold == k)
            if held.any():
                c, b = _fit(x[inside], y[inside])
                oof[held] = x[held] @ c + b
        a, b = _platt(oof[allowed].tolist(), y[allowed].tolist())
        coef, intercept = _fit(x[allowed], y[allowed])
        types.append(rel_type)
        coefs.append(np.where(np.abs(coef) >= MIN_WEIGHT, coef, 0.0))
        bias.append(intercept)
        calibration.append((a, b))
        thresholds.append(choose_threshold([sigmoid(a * s + b) for s in oof[allowed]], y[allowed].tolist()))
    matrix = np.array(coefs).reshape(len(types), len(names))
    weights = {str(names[j]): matrix[:, j].tolist() for j in np.flatnonzero(matrix.any(axis=0))}
    return RelationModel(types, weights, bias, calibration, thresholds)


def _folds(rows: list[Row]) -> np.ndarray:
    """The fold of each row: its document's place among the sorted document ids, modulo :data:`FOLDS`."""
    import numpy as np

    docs = {d: n % FOLDS for n, d in enumerate(sorted({r.doc for r in rows}))}
    return np.array([docs[r.doc] for r in rows])


def _fit(x: object, y: np.ndarray) -> tuple[np.ndarray, float]:
    """The weights and bias of one L2-regularised logistic regression (liblinear, deterministic); a constant
    score (the training share's log-odds) when ``y`` has one class only."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    if len(set(y.tolist())) < 2:
        share = (y.sum() + 0.5) / (len(y) + 1)
        return np.zeros(x.shape[1]), float(np.log(share / (1 - share)))
    clf = LogisticRegression(C=C, solver="liblinear", random_state=0, max_iter=1000, class_weight=CLASS_WEIGHT)
    clf.fit(x, y)
    return clf.coef_[0], float(clf.intercept_[0])


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
    """The threshold with the best F1 over the out-of-fold pairs of one type among those whose links are right
    at least :data:`TARGET_PRECISION` of the time (at least :data:`MIN_LINKS` of them), never below :data:`FLOOR`;
    above every probability (no links) when no such threshold reaches an F1 of :data:`MIN_F`.

    >>> choose_threshold([0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3], [True] * 5 + [False, False, True])
    0.6
    >>> choose_threshold([0.9, 0.8, 0.7, 0.6, 0.5], [True, False, False, False, True])
    1.01
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
        f = 2 * precision * recall / (precision + recall) if tp else 0.0
        if n >= MIN_LINKS and precision >= TARGET_PRECISION and f > best_f:
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

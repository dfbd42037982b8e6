"""Training the relation scorer (:mod:`loaders.scorer`) from gold annotations and their texts.

Every candidate pair of the training documents is labelled from the gold: a pair whose two
mentions name gold entities linked by a type is a positive for that type (for symmetric
types in either direction), every other pair a negative. One L2-regularised logistic
regression per type is fitted (liblinear, deterministic); its probabilities are calibrated per type
by Platt scaling on out-of-fold scores (cross-validation by document, so every type is calibrated on
all its training examples and the development documents stay held out to check it), and a threshold
per type is chosen there for what the scorer adds beside the rules (:func:`threshold_beside_rules`).

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

TARGET_PRECISION = 0.6  # a type the rules never link: the scorer's links of it must be right this often
TARGET_FLOOR = 0.5  # nor is a type's target below even odds, however imprecise its rules
NEVER = 1.01  # the threshold of a type whose added links never reach their target
STEPS = tuple(round(0.5 + 0.05 * n, 2) for n in range(10))  # the thresholds tried, lowest first: none below even odds
PRIOR_LINKS = 10  # a type's own out-of-fold links weigh against this many of all types' at the same threshold
MIN_POSITIVES = 3  # a type with fewer training examples is left to the rules
C = 0.3  # inverse regularisation strength (L2)
CLASS_WEIGHT = None  # weights of the negative and positive examples (None: equal)
FOLDS = 5  # training documents are split into this many folds to score each pair by a scorer that never saw it
SLACK = 0.05  # the links the scorer adds to a type may be right this much less often than the type's rules' links
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
    type's Platt scaling and choose its threshold (:func:`threshold_beside_rules`, against the out-of-fold links
    of every type: :func:`pooled_precision`). The scorers shipped are fitted on all of ``train``.
    """
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer

    ontology = load_ontology()
    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform([dict.fromkeys(r.features, 1) for r in train])
    names = vectorizer.get_feature_names_out()
    fold = _folds(train)
    types, coefs, bias, calibration, beside = [], [], [], [], []
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
        kept = [r for r, ok in zip(train, allowed, strict=True) if ok]
        probabilities = [sigmoid(a * s + b) for s in oof[allowed]]
        beside.append(links_beside_rules(rel_type, kept, probabilities, ontology.is_symmetric(rel_type)))
    pooled = pooled_precision(beside)
    thresholds = [threshold_beside_rules(links, pooled) for links in beside]
    matrix = np.array(coefs).reshape(len(types), len(names))
    weights = {str(names[j]): matrix[:, j].tolist() for j in np.flatnonzero(matrix.any(axis=0))}
    return RelationModel(types, weights, bias, calibration, thresholds)


def document_folds(doc_ids: Iterable[str]) -> dict[str, int]:
    """The fold of each document: its place among the sorted document ids, modulo :data:`FOLDS` (so always the same).

    >>> document_folds(["b", "a", "b"])
    {'a': 0, 'b': 1}
    """
    return {d: n % FOLDS for n, d in enumerate(sorted(set(doc_ids)))}


def _folds(rows: list[Row]) -> np.ndarray:
    """The fold of each row: its document's (:func:`document_folds`)."""
    import numpy as np

    docs = document_folds(r.doc for r in rows)
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


@dataclass(frozen=True)
class Beside:
    """One type's out-of-fold links beside its rules': the links the rules did not make, each with its best
    probability and whether it is right, highest first; and how many links the rules made, how many right."""

    added: list[tuple[float, bool]]
    rules_right: int
    rules_made: int

    def above(self, threshold: float) -> tuple[int, int]:
        """How many added links reach ``threshold``, and how many of them are right."""
        found = [right for p, right in self.added if p >= threshold]
        return len(found), sum(found)


def links_beside_rules(rel_type: str, rows: list[Row], probabilities: list[float], symmetric: bool) -> Beside:
    """The links (document, subject, object) the out-of-fold pairs of one type stand for, split into those the
    rules made (a vote of the type) and those they did not, each with its best probability.

    >>> ruled = Row(["vote=X"], frozenset({"X"}), "A", "B", "a", "b", "d")
    >>> rows = [ruled, Row([], frozenset(), "A", "B", "a", "c", "d")]
    >>> links_beside_rules("X", rows, [0.9, 0.7], False)
    Beside(added=[(0.7, False)], rules_right=1, rules_made=1)
    """
    votes = {f"vote={rel_type}", f"vote=~{rel_type}"} if symmetric else {f"vote={rel_type}"}
    links: dict[tuple[str, ...], tuple[float, bool]] = {}  # the link each pair stands for: its best probability
    ruled: dict[tuple[str, ...], bool] = {}
    for n, (row, p) in enumerate(zip(rows, probabilities, strict=True)):
        grounded = row.subject is not None and row.object is not None
        key = (row.doc, row.subject or "", row.object or "") if grounded else (row.doc, str(n))
        if symmetric and grounded:
            key = (row.doc, *sorted(key[1:]))
        right = rel_type in row.labels
        if votes & set(row.features):
            ruled[key] = ruled.get(key, False) or right
        best, was_right = links.get(key, (-1.0, False))
        links[key] = (max(best, p), was_right or right)
    added = sorted(((p, right) for key, (p, right) in links.items() if key not in ruled), key=lambda pt: -pt[0])
    return Beside(added, sum(ruled.values()), len(ruled))


def pooled_precision(types: list[Beside]) -> dict[float, float]:
    """At each threshold of :data:`STEPS`, the share right of every type's added links that reach it (1.0
    where none does).

    >>> pooled_precision([Beside([(0.9, True), (0.6, False)], 0, 0), Beside([(0.55, True)], 0, 0)])[0.6]
    0.5
    """
    pooled = {}
    for step in STEPS:
        made, right = map(sum, zip(*(t.above(step) for t in types), strict=True)) if types else (0, 0)
        pooled[step] = right / made if made else 1.0
    return pooled


def threshold_beside_rules(links: Beside, pooled: dict[float, float]) -> float:
    """The threshold of one type: the lowest of :data:`STEPS` at which the links the scorer adds beside the
    rules (out of fold) are right about as often as the rules' own links of the type, less :data:`SLACK`
    (at least :data:`TARGET_FLOOR`; :data:`TARGET_PRECISION` for a type the rules never link).

    A type's own links at a threshold are few and their share right jumps from one threshold to the next, and
    with every change of the rules; it is read against the share right of every type's links at that threshold
    (``pooled``), which weighs as :data:`PRIOR_LINKS` links: a type with few links takes the common threshold,
    a type with many its own.

    >>> pooled = dict.fromkeys(STEPS, 0.5) | {0.7: 0.8, 0.75: 0.8, 0.8: 0.9, 0.85: 0.9, 0.9: 0.9, 0.95: 0.9}
    >>> threshold_beside_rules(Beside([], 8, 10), pooled)  # no links of its own: the common threshold
    0.7
    >>> right = [(0.6, True)] * 30 + [(0.55, False)] * 10
    >>> threshold_beside_rules(Beside(right, 8, 10), pooled)  # many right at 0.6: its own, lower
    0.6
    >>> threshold_beside_rules(Beside([(0.99, False)] * 40, 8, 10), pooled)  # never right enough
    1.01
    """
    target = max(TARGET_FLOOR, links.rules_right / links.rules_made - SLACK) if links.rules_made else TARGET_PRECISION
    for step in STEPS:
        made, right = links.above(step)
        if (right + PRIOR_LINKS * pooled[step]) / (made + PRIOR_LINKS) >= target:
            return step
    return NEVER


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

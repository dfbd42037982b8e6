"""Training the label check of unknown names (:mod:`loaders.name_labels`) from gold annotations and their texts.

Each mention the check reads (:func:`~loaders.name_labels.checked`, as :func:`~loaders.extract.voted_mentions` finds
it) is labelled with the gold label of the entity its words name (matched as :mod:`graph.evaluate` matches: a name
or a mention, ignoring case, punctuation and a leading "the"), or "none" when the gold names no such entity; a
mention of a state or an incident is left out (the check never makes either), and so is one whose words are part of a
longer gold name (:func:`reading_of`). One multinomial logistic regression is
fitted (L2, lbfgs: deterministic). Out of fold (folds of whole documents, by sorted id), each page's names get the
mean probabilities of their mentions as a build gives them, and each reading's threshold is the lowest that keeps
the changes it makes right at least :data:`TARGET` of the time (a change is right where the gold has that reading,
wrong where the label it replaces was the gold's; most are both).

>>> from loaders import Document
>>> gold = {"doc_id": "t", "entities": [{"id": "tessa-orvane", "label": "Person", "name": "Tessa Orvane"}],
...         "relations": []}
>>> rows = labelled_mentions([(Document("t", "Tessa Orvane met the Orvane Front in Kisangi."), gold)])
>>> [(r.name, r.label, r.truth) for r in rows]
[('Tessa Orvane', 'Person', 'Person'), ('Orvane Front', 'Organization', 'none'), ('Kisangi', 'Location', 'none')]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from graph.gazetteer import load_gazetteer
from graph.slug import name_key
from loaders.document import Document
from loaders.extract import voted_mentions
from loaders.learn import FOLDS, document_folds
from loaders.name_labels import NONE, READINGS, LabelModel, mean_probabilities, page_features
from loaders.nlp import load_nlp

C = 2.0  # inverse regularisation strength (L2), the best out of fold of 0.25, 0.5, 1, 2 and 4 (4 barely better)
TARGET = 0.75  # the share of a reading's out-of-fold changes that must be right
STEPS = tuple(round(0.4 + 0.05 * n, 2) for n in range(12))  # the thresholds tried, lowest first
MIN_CHANGES = 5  # a reading that changes fewer names out of fold at its threshold is never trusted
MIN_WEIGHT = 0.05  # smaller weights are dropped from the model file
DIGITS = 4  # weights are written rounded to this many decimals
LEFT_OUT = frozenset({"Country", "Event"})  # gold labels the check never gives


@dataclass(frozen=True)
class LabelRow:
    """One mention of an unknown name: its page, name, label now, features and the gold's reading."""

    doc: str
    name: str
    label: str
    features: list[str]
    truth: str


def _gold_labels(gold: dict) -> dict[str, str]:
    labels: dict[str, str] = {}
    for ent in gold["entities"]:
        for form in [ent["name"], *ent.get("mentions", [])]:
            labels.setdefault(name_key(form), ent.get("label", ""))
    return labels


def reading_of(forms: list[str], labels: dict[str, str]) -> str | None:
    """The gold label of the entity one of a mention's ``forms`` names, "none" when no gold name shares its words, and
    None (left out of training) when it is part of a longer gold name or holds a shorter one: "Duhok" of the gold's
    "Duhok province", "Iranian Quds Force" of its "Quds Force", which a build's later steps may name as the gold does.

    >>> labels = {"duhok province": "Location", "tessa orvane": "Person", "quds force": "Organization"}
    >>> [reading_of([form], labels) for form in ("Tessa Orvane", "Duhok", "Iranian Quds Force", "Colonel")]
    ['Person', None, None, 'none']
    """
    keys = [k for k in map(name_key, forms) if k]
    found = next((labels[k] for k in keys if k in labels), None)
    if found is not None:
        return found
    overlap = any(f" {k} " in f" {name} " or f" {name} " in f" {k} " for k in keys for name in labels)
    return None if overlap else NONE


def labelled_mentions(documents: Iterable[tuple[Document, dict]]) -> list[LabelRow]:
    """Every mention the check reads in the documents, labelled from their gold."""
    nlp = load_nlp()
    gazetteer = load_gazetteer()
    rows = []
    for document, gold in documents:
        labels = _gold_labels(gold)
        doc = nlp(document.text)
        mentions = voted_mentions(doc, gazetteer)
        for m, feats in zip(mentions, page_features(doc, mentions), strict=True):
            if feats is None:
                continue
            truth = reading_of([m.text, m.name], labels)
            if truth is not None and truth not in LEFT_OUT:
                rows.append(LabelRow(document.id, m.name, m.label, feats, truth))
    return rows


def _fit(rows: list[LabelRow]) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    """The bias and weights of each reading, fitted on ``rows``, rounded and with small weights dropped."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform([dict.fromkeys(r.features, 1) for r in rows])
    clf = LogisticRegression(C=C, solver="lbfgs", max_iter=2000)
    clf.fit(x, [r.truth for r in rows])
    names = vectorizer.get_feature_names_out()
    classes = [str(c) for c in clf.classes_]
    bias = {c: round(float(b), DIGITS) for c, b in zip(classes, clf.intercept_, strict=True)}
    weights = {
        c: {str(f): round(float(w), DIGITS) for f, w in zip(names, row, strict=True) if abs(w) >= MIN_WEIGHT}
        for c, row in zip(classes, clf.coef_, strict=True)
    }
    return bias, weights


def _page_names(model: LabelModel, rows: list[LabelRow]) -> dict[tuple[str, str], tuple[list[float], str, str]]:
    """Each page's names: their mentions' mean probabilities, the label they have now and the gold's reading (its
    first mention's)."""
    first: dict[tuple[str, str], LabelRow] = {}
    for r in rows:
        first.setdefault((r.doc, r.name), r)
    means = mean_probabilities(model, (((r.doc, r.name), r.features) for r in rows))
    return {k: (probs, first[k].label, first[k].truth) for k, probs in means.items()}


def choose_thresholds(names: list[tuple[str, float, str, str]]) -> dict[str, float]:
    """Each reading's threshold: the lowest of :data:`STEPS` at which the names it would change, given as
    (reading, probability, label now, gold reading), are right at least :data:`TARGET` of the time among those
    right or wrong, and at least :data:`MIN_CHANGES` of them right; a reading with none is left out.

    >>> names = [("Person", 0.9, "Location", "Person")] * 6 + [("Person", 0.6, "Location", "Location")] * 3
    >>> choose_thresholds(names)
    {'Person': 0.65}
    """
    out = {}
    for reading in READINGS:
        for step in STEPS:
            changed = [(label, truth) for r, p, label, truth in names if r == reading and p >= step and label != r]
            right = sum(truth == reading for _, truth in changed)
            wrong = sum(truth == label for label, truth in changed)
            if right >= MIN_CHANGES and right >= TARGET * (right + wrong):
                out[reading] = step
                break
    return out


def out_of_fold(rows: list[LabelRow]) -> list[tuple[str, float, str, str]]:
    """Each page's names as a model fitted on the other folds reads them: (reading, probability, label now, gold)."""
    fold = document_folds(r.doc for r in rows)
    found = []
    for k in range(FOLDS):
        bias, weights = _fit([r for r in rows if fold[r.doc] != k])
        model = LabelModel(tuple(sorted(bias)), bias, weights, {})
        for probs, label, truth in _page_names(model, [r for r in rows if fold[r.doc] == k]).values():
            p, reading = max(zip(probs, model.readings, strict=True))
            found.append((reading, p, label, truth))
    return found


def train_label_model(rows: list[LabelRow]) -> LabelModel:
    """The model fitted on every row, with thresholds chosen out of fold (:func:`choose_thresholds`)."""
    bias, weights = _fit(rows)
    return LabelModel(tuple(sorted(bias)), bias, weights, choose_thresholds(out_of_fold(rows)))

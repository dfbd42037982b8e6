"""A learned check of the NER's label of a name the gazetteer does not know: person, body, place or no actor.

The NER reads each mention on its own, and a name written once with a wrong label loses every link of its actor
("Hizb al-Tahrir" read as a man, "Saraya Awliya" as a place, "Colonel" kept as a person). A multinomial logistic
regression over the words of the name and around it (:func:`mention_features`) gives each mention of an unknown name
a probability of each reading; a name's probabilities are the mean of its mentions' on the page, and its label is
changed only where that reading is sure (above the threshold chosen for it out of fold, :mod:`loaders.learn_labels`).
The weights are a plain JSON file (``seeds/label_model.json``: feature -> weight per reading), diffable and read
without running code.

>>> model = LabelModel(("Location", "Person"), {"Location": 0.0, "Person": 0.0},
...                    {"Person": {"last=said": 0.0, "prev=colonel": 3.0}}, {"Person": 0.9})
>>> [round(p, 3) for p in model.probabilities(["prev=colonel", "n=1"])]
[0.047, 0.953]
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, cached_property
from typing import TypeVar

from spacy.tokens import Doc

from graph.errors import ActorGraphError
from graph.seeds import seeds_dir
from loaders.doc_tree import span_root
from loaders.doc_words import entities_of, token_strings
from loaders.label_features import cue_features, page_context, syntax_features, word_part_features
from loaders.label_guards import NONE, forbids, short_forms
from loaders.mentions import Mention, guess_kind

K = TypeVar("K")  # what mean probabilities are keyed by: a name, or a page and a name
MODEL_FILE = "label_model.json"
READINGS = ("Location", NONE, "Organization", "Person")  # what the model chooses between, sorted
CHECKED = frozenset({"Location", "Organization", "Person"})  # the labels of unknown names it checks


@dataclass(frozen=True)
class LabelModel:
    """One weight per feature and reading, a bias per reading, and the probability above which a reading is
    trusted over the NER's (a reading never trusted has none)."""

    readings: tuple[str, ...]
    bias: dict[str, float]
    weights: dict[str, dict[str, float]]  # reading -> feature -> weight
    thresholds: dict[str, float]

    def probabilities(self, features: Iterable[str]) -> list[float]:
        """Each reading's probability (softmax of the scores), in :attr:`readings` order."""
        by_feature = self._by_feature
        rows = [by_feature[f] for f in features if f in by_feature]
        sums = [sum(column) for column in zip(*rows, strict=True)] if rows else [0.0] * len(self.readings)
        scores = [self.bias[r] + s for r, s in zip(self.readings, sums, strict=True)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        return [e / sum(exps) for e in exps]

    @cached_property
    def _by_feature(self) -> dict[str, tuple[float, ...]]:
        """Each feature's weights, one per reading in :attr:`readings` order (one look-up a feature, not four)."""
        features = {f for r in self.readings for f in self.weights.get(r, {})}
        return {f: tuple(self.weights.get(r, {}).get(f, 0.0) for r in self.readings) for f in sorted(features)}

    def to_json(self) -> str:
        """The model as sorted, indented JSON (the same model gives the same bytes)."""
        data = {"bias": self.bias, "readings": list(self.readings), "thresholds": self.thresholds}
        data["weights"] = self.weights
        return json.dumps(data, indent=0, sort_keys=True, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str, origin: str = MODEL_FILE) -> LabelModel:
        """Read a model written by :meth:`to_json`; :class:`ActorGraphError` naming ``origin`` if it is not one."""
        try:
            data = json.loads(text)
            return cls(tuple(data["readings"]), data["bias"], data["weights"], data["thresholds"])
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ActorGraphError(f"{origin}: not a label model ({exc})") from None


@cache
def load_label_model() -> LabelModel | None:
    """The shipped model (``seeds/label_model.json``), or None when the seeds have none."""
    path = seeds_dir() / MODEL_FILE
    return LabelModel.from_json(path.read_text(encoding="utf-8"), str(path)) if path.exists() else None


def checked(m: Mention) -> bool:
    """Whether a mention is one the model checks: a name (not a reference back) the gazetteer does not know, read as
    a person, a body or a place."""
    return not m.actor_id and not m.refers_back and m.label in CHECKED


def _shape(word: str) -> str:
    """A word's shape: capitals X, lowercase x, digits d, each run cut to two ("Al-Shabaab" -> "Xx-Xx")."""
    out: list[str] = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if len(out) < 2 or not (out[-1] == c and out[-2] == c):
            out.append(c)
    return "".join(out)


def _ner_labels(doc: Doc) -> dict[int, str]:
    return {ent.start: ent.label_ for ent in entities_of(doc)}


def mention_features(doc: Doc, m: Mention, times: int, ner: dict[int, str], page: list[str]) -> list[str]:
    """What the model reads of one mention: its label now and the NER's, its words, their shapes, beginnings and
    endings, the two words either side, its dependency role and head, the seeds' cue words in and around it and its
    place in the parse (:mod:`loaders.label_features`), how many times the page names it, and what the page says of
    its name elsewhere (``page``, from :func:`~loaders.label_features.page_context`).

    >>> import spacy
    >>> doc = spacy.blank("en")("Colonel Tessa Orvane said")
    >>> mention_features(doc, Mention(1, 3, 8, 20, "Tessa Orvane", "Person", "Tessa Orvane"), 1, {}, [])[:8]
    ['label=Person', 'ner=Person|', 'n=2', 'times=1', 'w=tessa', 'w=orvane', 'first=tessa', 'last=orvane']
    """
    words = token_strings(doc)[m.start : m.end]
    last = words[-1].lower() if words else ""
    feats = [f"label={m.label}", f"ner={m.label}|{ner.get(m.start, '')}", f"n={min(len(words), 4)}"]
    feats.append(f"times={min(times, 4)}")
    feats += [f"w={w.lower()}" for w in words]
    feats += [f"first={words[0].lower()}", f"last={last}", f"suf3={last[-3:]}", f"suf4={last[-4:]}"]
    feats += [f"shape={_shape(w)}" for w in words]
    feats.append(f"shapes={' '.join(_shape(w) for w in words)}")
    before = [doc[i].lower_ for i in range(max(0, m.start - 2), m.start)]
    after = [doc[i].lower_ for i in range(m.end, min(len(doc), m.end + 2))]
    feats += [f"prev={before[-1] if before else '<s>'}", f"prev2={' '.join(before)}"]
    feats += [f"next={after[0] if after else '</s>'}", f"next2={' '.join(after)}"]
    root = span_root(doc, m.start, m.end)
    head = root.head
    feats += [f"dep={root.dep_}", f"head={head.lemma_.lower()}", f"dep_head={root.dep_}|{head.lemma_.lower()}"]
    feats += cue_features(doc, m) + syntax_features(doc, m) + word_part_features([w.lower() for w in words])
    return feats + page


def page_features(doc: Doc, mentions: list[Mention]) -> list[list[str] | None]:
    """Each mention's features (:func:`mention_features`), None for a mention the model does not check."""
    times: dict[str, int] = {}
    for m in mentions:
        if checked(m):
            times[m.name] = times.get(m.name, 0) + 1
    ner = _ner_labels(doc)
    page = page_context(doc, mentions, set(times))
    return [mention_features(doc, m, times[m.name], ner, page[m.name]) if checked(m) else None for m in mentions]


def mean_probabilities(model: LabelModel, keyed: Iterable[tuple[K, list[str]]]) -> dict[K, list[float]]:
    """Each key's (a name's) mean over its mentions' features of each reading's probability, in :attr:`readings`
    order: what a build and the choice of thresholds read of a name on its page."""
    sums: dict[K, list[float]] = {}
    counts: dict[K, int] = {}
    for key, feats in keyed:
        probs = model.probabilities(feats)
        sums[key] = [a + b for a, b in zip(sums.get(key, [0.0] * len(probs)), probs, strict=True)]
        counts[key] = counts.get(key, 0) + 1
    return {key: [s / counts[key] for s in total] for key, total in sums.items()}


def learned_labels(doc: Doc, mentions: list[Mention], model: LabelModel | None = None) -> list[Mention]:
    """The mentions, each unknown name the model is sure of relabelled on the whole page (a body given the kind its
    words tell), and a name it is sure is no actor left out; the others as they were, and so is a name one of whose
    mentions forbids the model's reading (:func:`~loaders.label_guards.forbids`: a name that says it is a body, an
    actor acting, a letter's sender), or the name is a short form of a longer one of the page."""
    model = model or load_label_model()
    if model is None:
        return mentions
    features = zip(mentions, page_features(doc, mentions), strict=True)
    means = mean_probabilities(model, ((m.name, feats) for m, feats in features if feats is not None))
    sure: dict[str, str] = {}
    for name, probs in means.items():
        p, reading = max(zip(probs, model.readings, strict=True))
        if p >= model.thresholds.get(reading, 2.0):
            sure[name] = reading
    kept = {m.name for m in mentions if m.name in sure and forbids(doc, m, sure[m.name])} | short_forms(mentions)
    out = []
    for m in mentions:
        checked_here = not m.actor_id and m.label in CHECKED and m.name not in kept  # its references back too
        reading = sure.get(m.name) if checked_here else None
        if reading is None or reading == m.label:
            out.append(m)
        elif reading != NONE:
            out.append(replace(m, label=reading, kind=guess_kind(m.name) if reading == "Organization" else None))
    return out

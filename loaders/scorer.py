"""The learned relation scorer: for each pair of actor or event mentions in a sentence, the
probability of each relationship type, from features of the parse.

Features: the dependency path between the two mentions (its labels, the words on it and
where the paths meet), the words between them, the cue words of ``seeds/relations.yaml``
found on the path or between, the labels and kinds of both ends, and the rules' own votes.
The model is one logistic regression per type over those features, each type's probabilities
calibrated (Platt scaling) on scores of training pairs its regression did not see (cross-validation
by document), kept as a plain JSON file of weights (``seeds/relation_model.json``): diffable, no
pickle, and read with no learning library.
Training (:func:`loaders.learn.train_model`) uses scikit-learn.

>>> model = RelationModel(["LEADS"], {"lca=run": [2.0]}, [-1.0], [(1.0, 0.0)], [0.5])
>>> round(model.probabilities(["lca=run", "unknown"])[0], 3)
0.731
>>> round(model.probabilities(["lca=run", "lca=run"])[0], 3)  # a feature found twice counts once
0.731
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import NamedTuple

import numpy as np
from spacy.tokens import Doc, Span

from graph.errors import ActorGraphError
from graph.seed_cache import cached
from graph.seeds import seeds_dir
from loaders.cues import Cues
from loaders.doc_tree import span_root, tree_of
from loaders.doc_words import DocWords, words_of
from loaders.events import Event
from loaders.mentions import Mention

MODEL_FILE = "relation_model.json"
End = Mention | Event
MAX_GAP = 40  # tokens between two mentions beyond which a pair is not a candidate
MAX_PATH = 8  # dependency path length beyond which only its length is a feature


@dataclass(frozen=True)
class RelationModel:
    """One linear scorer per relationship type over sparse binary features, with a calibration."""

    types: list[str]
    weights: dict[str, list[float]]  # feature -> one weight per type
    bias: list[float]
    calibration: list[tuple[float, float]]  # per type, Platt scaling (a, b): p = sigmoid(a * score + b)
    thresholds: list[float]  # per type: a link is made when its calibrated probability reaches this

    @cached_property
    def _matrix(self) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
        """The weights as a matrix (feature row by type column, then a row of zeros), its row of each feature, and
        the biases."""
        rows = {f: i for i, f in enumerate(self.weights)}
        matrix = np.array([*self.weights.values(), [0.0] * len(self.types)], dtype=float)
        matrix = matrix.reshape(len(rows) + 1, len(self.types))
        return rows, matrix, np.array(self.bias, dtype=float)

    @cached_property
    def reachable(self) -> frozenset[int]:
        """The types whose threshold a calibrated probability (at most 1) can reach: the others make no links of their
        own, and their scores only give the rules' links of them a confidence.

        >>> RelationModel(["LEADS", "FUNDS"], {}, [0.0, 0.0], [(1.0, 0.0)] * 2, [0.5, 1.01]).reachable
        frozenset({0})
        """
        return frozenset(i for i, threshold in enumerate(self.thresholds) if threshold <= 1)

    def scores(self, features: Iterable[str]) -> list[float]:
        """The raw linear score of each type; a feature counts once however often it is found, as in training."""
        rows, matrix, bias = self._matrix
        found = [row for f in dict.fromkeys(features) if (row := rows.get(f)) is not None]
        return (bias + matrix[found].sum(axis=0)).tolist()

    def scores_of(self, feature_lists: list[list[str]]) -> list[list[float]]:
        """:meth:`scores` of many feature lists at once (a document's candidates), the same sums in the same order:
        the weights of every list's first features added together, then of their second, and so on.

        >>> model = RelationModel(["LEADS"], {"lca=run": [2.0], "bw=by": [0.5]}, [-1.0], [(1.0, 0.0)], [0.5])
        >>> model.scores_of([["lca=run", "bw=by"], [], ["unknown", "bw=by", "bw=by"]])
        [[1.5], [-1.0], [-0.5]]
        """
        rows, matrix, bias = self._matrix
        get = rows.get
        found = [[row for row in map(get, dict.fromkeys(feats)) if row is not None] for feats in feature_lists]
        index = np.full((len(found), max(map(len, found), default=0)), len(rows))  # padded with the row of zeros
        for n, found_rows in enumerate(found):
            index[n, : len(found_rows)] = found_rows
        sums = np.zeros((len(found), len(self.types)))
        for nth in index.T:  # one after another, as numpy's sum of rows adds
            sums += matrix[nth]
        return (bias + sums).tolist()

    def probabilities(self, features: Iterable[str]) -> list[float]:
        """The calibrated probability of each type."""
        return [self.calibrated(i, s) for i, s in enumerate(self.scores(features))]

    def calibrated(self, type_index: int, score: float) -> float:
        """The calibrated probability of one type's raw score."""
        a, b = self.calibration[type_index]
        return sigmoid(a * score + b)

    def explain(self, features: Iterable[str], rel_type: str, top: int = 5) -> list[tuple[str, float]]:
        """The features that weighed most for one type, strongest first.

        >>> RelationModel(["FUNDS"], {"bw=back": [1.5], "gap=1": [-0.2]}, [0.0], [(1.0, 0.0)], [0.5]).explain(
        ...     ["bw=back", "gap=1"], "FUNDS")
        [('bw=back', 1.5), ('gap=1', -0.2)]
        """
        i = self.types.index(rel_type)
        found = [(f, self.weights[f][i]) for f in set(features) if f in self.weights and self.weights[f][i]]
        return sorted(found, key=lambda fw: (-abs(fw[1]), fw[0]))[:top]

    def to_json(self) -> str:
        """The model as JSON, one weight table per type, sorted and rounded: the same model, the same bytes."""
        data = {
            "types": self.types,
            "bias": [round(b, 6) for b in self.bias],
            "calibration": {t: [round(x, 6) for x in ab] for t, ab in zip(self.types, self.calibration, strict=True)},
            "thresholds": {t: round(x, 4) for t, x in zip(self.types, self.thresholds, strict=True)},
            "weights": {
                t: {f: round(w[i], 5) for f, w in sorted(self.weights.items()) if round(w[i], 5)}
                for i, t in enumerate(self.types)
            },
        }
        return json.dumps(data, indent=0, sort_keys=True, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str, origin: str = MODEL_FILE) -> RelationModel:
        """Read a model written by :meth:`to_json`."""
        try:
            data = json.loads(text)
            types = list(data["types"])
            weights: dict[str, list[float]] = {}
            for i, t in enumerate(types):
                for f, w in data["weights"].get(t, {}).items():
                    weights.setdefault(f, [0.0] * len(types))[i] = float(w)
            if len(data["bias"]) != len(types):
                raise ValueError("bias and types differ in length")
            calibration = [(float(data["calibration"][t][0]), float(data["calibration"][t][1])) for t in types]
            thresholds = [float(data["thresholds"][t]) for t in types]
            return cls(types, weights, list(map(float, data["bias"])), calibration, thresholds)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ActorGraphError(f"{origin}: not a relation model ({exc})") from None


def sigmoid(x: float) -> float:
    """The logistic function, without overflow for large negative scores."""
    return 1 / (1 + math.exp(-x)) if x >= 0 else math.exp(x) / (1 + math.exp(x))


def read_model(path: Path) -> RelationModel | None:
    """The model written at ``path``, or None when there is none."""
    if not path.exists():
        return None
    return RelationModel.from_json(path.read_text(encoding="utf-8"), str(path))


@cache
def load_model(path: Path | None = None) -> RelationModel | None:
    """The model at ``path``, by default the shipped one (``seeds/relation_model.json``, from the build's cache
    folder when a build kept it there: :mod:`graph.seed_cache`), or None when there is none."""
    if path is None:
        return cached("relation-model", lambda: read_model(seeds_dir() / MODEL_FILE))
    return read_model(path)


# -- features ---------------------------------------------------------------------------


def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3-5" if n <= 5 else "6-10" if n <= 10 else "11-20" if n <= 20 else "20+"


def end_label(end: End) -> str:
    """The ontology label of a mention, or Event."""
    return "Event" if isinstance(end, Event) else end.label


class ChildFacts(NamedTuple):
    """What a token's children say of it, for the features of the paths through it."""

    passive: bool  # an auxpass or nsubjpass child
    neg: bool  # a neg child
    announced: bool  # an auxiliary of threat: "would strike"
    denied: bool  # a neg child or a word of negation
    hedged: bool  # a word of allegation


class ParseMemo:
    """What the pairs of one document read of the same tokens again and again, read once a token: its words, its
    place in the parse tree, what its children say, and the root of each mention."""

    def __init__(self, cues: Cues, words: DocWords) -> None:
        self.cues = cues
        self.words = words  # the document's words as strings, read without making tokens
        self.tree = tree_of(words.doc)  # its heads, labels and children as lists
        self.facts: dict[int, ChildFacts] = {}
        self.roots: dict[tuple[int, int], int] = {}

    def root(self, end: End) -> int:
        """Where the token that stands for a mention in the parse is: its span's syntactic head (``span.root``),
        or the event's cue."""
        if isinstance(end, Event):
            return end.cue.i
        if end.end - end.start == 1:
            return end.start  # a span of one token is its own root
        found = self.roots.get((end.start, end.end))
        if found is None:
            found = self.roots[end.start, end.end] = span_root(self.words.doc, end.start, end.end).i
        return found

    def children(self, i: int) -> ChildFacts:
        """What the children of the token at ``i`` say of it."""
        found = self.facts.get(i)
        if found is None:
            cues, dep, lower, lemma = self.cues, self.tree.dep, self.words.lower, self.words.lemma
            passive = neg = announced = denied = hedged = False
            for c in self.tree.children[i]:  # one pass over the children, most of which say nothing
                arc = dep[c]
                passive = passive or arc in {"auxpass", "nsubjpass"}
                neg = neg or arc == "neg"
                announced = announced or (arc == "aux" and lower[c] in cues.threat_cues)
                denied = denied or lower[c] in cues.negation
                hedged = hedged or lemma[c] in cues.alleged
            found = self.facts[i] = ChildFacts(passive, neg, announced, denied or neg, hedged)
        return found


class PairContext:
    """What both directions of one pair of mentions share, read from the parse once: the words between and
    before them, the dependency path and the words on it. :meth:`features` spells them out for a direction."""

    def __init__(
        self,
        doc: Doc,
        a: End,
        b: End,
        cues: Cues,
        between: int,
        memo: ParseMemo | None = None,
    ) -> None:
        memo = memo or ParseMemo(cues, words_of(doc))
        a_tok, b_tok = memo.root(a), memo.root(b)  # positions of the tokens that stand for them
        self.a, self.b, self.a_tok, self.b_tok, self.between = a, b, a_tok, b_tok, between
        self.dep = memo.tree.dep
        types, text, lemma = cues.signals, memo.words.text, memo.words.lemma
        first = a if a_tok < b_tok else b
        second = b if first is a else a
        lo, hi = sorted((_span_end(first), _span_start(second)))
        self.gap = hi - lo
        self.word_feats: list[str] = []  # the lemmas between the two, as features (the same in both directions)
        self.word_cues: list[str] = []  # the cue types of those words
        if self.gap <= 12:
            punct = memo.words.punct
            for i in range(lo, hi):
                if punct[i] and text[i] not in {"(", ",", "-", "'s"}:
                    continue
                self.word_feats.append(f"bw={lemma[i]}")
                self.word_cues.extend(types.get(lemma[i], ()))
        adjacent = self.gap == 0 or (self.gap == 1 and text[lo] in {"'s", "’s", "-"})
        self.adjacent = (text[lo] if self.gap else "") if adjacent else None
        start = _span_start(first)
        self.before_feats = [f"before={w}" for w in lemma[max(memo.words.sentence_start[a_tok], start - 2) : start]]
        self.up, self.meet, self.down = memo.tree.path(a_tok, b_tok)
        self.length = len(self.up) + len(self.down)
        self.gap_feat, self.length_feat = f"gap={_bucket(self.gap)}", f"plen={_bucket(self.length)}"
        self.on_path = self.meet is not None and self.length <= MAX_PATH
        if self.on_path:
            self._read_path(cues, memo, lemma)

    def _read_path(self, cues: Cues, memo: ParseMemo, lemma: list[str]) -> None:
        """The words on the path, their cue types, and whether the words that join the two are passive, denied,
        hedged, reported or only announced (``lemma``: the document's lowercase lemmas)."""
        meet, types, pos, children_of = self.meet, cues.signals, memo.tree.pos, memo.children
        self.meet_lemma = lemma[meet]
        joins = (*self.up[1:], meet, *self.down[:-1])  # the path without the two ends
        ends = {self.a_tok, self.b_tok}
        inner = [t for t in joins if t not in ends]
        self.verbs = min(3, sum(pos[t] in {"VERB", "AUX"} for t in inner))
        self.path_word_feats = [f"pw={lemma[t]}" for t in inner]  # the same in both directions
        self.path_cues = [rel_type for t in inner for rel_type in types.get(lemma[t], ())]
        at_meet = children_of(meet)
        self.passive, self.neg = at_meet.passive, at_meet.neg
        joining = [children_of(t) for t in joins]  # what the children of each word that joins the two say
        ends_announced = any(children_of(t).announced for t in (*self.up[:1], *self.down[-1:]))
        self.announced = ends_announced or any(facts.announced for facts in joining)
        self.meet_cues = list(types.get(self.meet_lemma, ()))
        self.denied = any(facts.denied for facts in joining)
        self.hedged = any(facts.hedged for facts in joining) or self.meet_lemma in cues.alleged
        self.reported = self.meet_lemma in cues.reporting

    def features(self, forward: bool, votes: Iterable[str] = ()) -> list[str]:
        """The features of "a TYPE b" (``forward``) or of "b TYPE a", with the rules' ``votes`` for that direction."""
        subject, obj = (self.a, self.b) if forward else (self.b, self.a)
        s_tok, o_tok = (self.a_tok, self.b_tok) if forward else (self.b_tok, self.a_tok)
        labels = f"{end_label(subject)}>{end_label(obj)}"
        feats = [f"lab={labels}", f"first={'s' if s_tok < o_tok else 'o'}|{labels}"]
        for side, end, tok in (("s", subject, s_tok), ("o", obj, o_tok)):
            kind = getattr(end, "kind", None)
            if kind:
                feats.append(f"{side}kind={kind}")
            feats.append(f"{side}dep={self.dep[tok]}")
        feats.append(self.gap_feat)
        feats.append(f"between={_bucket(self.between)}|{labels}")
        feats += self.word_feats
        feats += [f"bcue={rel_type}|{labels}" for rel_type in self.word_cues]
        if self.adjacent is not None:
            feats.append(f"adjacent={self.adjacent}|{labels}")
        feats.append(self.length_feat)
        if self.on_path:
            feats += self._path_features(forward, labels)
        feats += self.before_feats
        feats += _end_features(subject, obj)
        for vote in votes:
            feats.append(f"vote={vote}")
            feats.append(f"vote={vote}|{labels}")
        return feats

    def _path_features(self, forward: bool, labels: str) -> list[str]:
        """The path's features seen from the subject: its arcs up to the meeting point and down to the object
        (``arcs``: by which arcs the two branches reach it, "nsubj>dobj": the subject is the verb's agent)."""
        up, down = (self.up, self.down) if forward else (self.down[::-1], self.up[::-1])
        meet = self.meet_lemma
        dep = self.dep
        deps = "<".join(dep[t] for t in up) + "^" + ">".join(dep[t] for t in down)
        feats = [f"upath={deps}", f"path={deps}|{meet}", f"lca={meet}", f"lcapath={meet}|{labels}"]
        feats.append(f"pverbs={self.verbs}|{labels}")
        feats += self.path_word_feats
        feats += [f"pcue={rel_type}|{labels}" for rel_type in self.path_cues]
        if self.passive:
            feats.append(f"passive|{labels}")
        if self.neg:
            feats.append("neg")
        if self.announced:
            feats.append(f"announced|{labels}")  # "Israel would strike Hezbollah": a threat, not an attack
        arcs = f"{dep[up[-1]] if up else '-'}>{dep[down[0]] if down else '-'}"
        feats += [f"arcs={arcs}|{labels}", f"arcs={arcs}|{meet}"]
        feats += [f"lcacue={rel_type}|{arcs}" for rel_type in self.meet_cues]
        if self.denied:
            feats.append(f"pneg|{labels}")
        if self.hedged:
            feats.append(f"hedged|{labels}")
        if self.reported:
            feats.append(f"reported|{labels}")
        return feats


def _end_features(subject: End, obj: End) -> list[str]:
    """The kinds of the two ends together, and which of them is a reference to an actor named before."""
    kinds = (
        f"kinds={getattr(subject, 'kind', None) or end_label(subject)}>{getattr(obj, 'kind', None) or end_label(obj)}"
    )
    refs = [f"{side}ref" for side, end in (("s", subject), ("o", obj)) if getattr(end, "refers_back", False)]
    return [kinds, *refs]


def _span_start(end: End) -> int:
    return end.cue.i if isinstance(end, Event) else end.start


def _span_end(end: End) -> int:
    return end.cue.i + 1 if isinstance(end, Event) else end.end


def pairs_in(sent: Span, ends: list[End]) -> list[tuple[End, End, int]]:
    """Candidate pairs of one sentence: distinct actors at most :data:`MAX_GAP` tokens apart, in text order,
    each with the number of mentions between them. ``ends``: the document's, in text order (:func:`in_text_order`)."""
    inside = ends[bisect_left(ends, sent.start, key=_span_start) : bisect_left(ends, sent.end, key=_span_start)]
    out = []
    for i, a in enumerate(inside):
        for j, b in enumerate(inside[i + 1 :]):
            if _span_start(b) - _span_end(a) > MAX_GAP:
                break
            if end_key(a) != end_key(b):
                out.append((a, b, j))
    return out


def in_text_order(ends: Iterable[End]) -> list[End]:
    """Mentions and events sorted by where they start (ties in their given order)."""
    return sorted(ends, key=_span_start)


def end_key(end: End) -> str:
    """Who a mention or event is within its document: the key its facts are recorded under."""
    return f"Event:{end.key}" if isinstance(end, Event) else end.key

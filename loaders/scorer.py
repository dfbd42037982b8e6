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
"""

from __future__ import annotations

import itertools
import json
import math
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Span, Token

from graph.errors import ActorGraphError
from graph.seeds import seeds_dir
from loaders.cues import Cues
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
        """The weights as a matrix (feature row by type column), its row of each feature, and the biases."""
        rows = {f: i for i, f in enumerate(self.weights)}
        matrix = np.array(list(self.weights.values()), dtype=float).reshape(len(rows), len(self.types))
        return rows, matrix, np.array(self.bias, dtype=float)

    def scores(self, features: Iterable[str]) -> list[float]:
        """The raw linear score of each type."""
        rows, matrix, bias = self._matrix
        found = [row for f in features if (row := rows.get(f)) is not None]
        return (bias + matrix[found].sum(axis=0)).tolist()

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


@cache
def load_model(path: Path | None = None) -> RelationModel | None:
    """The shipped model (``seeds/relation_model.json``), or None when there is none."""
    path = path or seeds_dir() / MODEL_FILE
    if not path.exists():
        return None
    return RelationModel.from_json(path.read_text(encoding="utf-8"), str(path))


# -- features ---------------------------------------------------------------------------


def root_of(end: End, doc: Doc) -> Token:
    """The token that stands for a mention in the parse: its span's syntactic head, or the event's cue."""
    return end.cue if isinstance(end, Event) else doc[end.start : end.end].root


def _chain(token: Token) -> list[Token]:
    return [token, *itertools.islice(token.ancestors, 39)]


def dependency_path(a: Token, b: Token) -> tuple[list[Token], Token | None, list[Token]]:
    """The tokens from ``a`` up to the meeting point, the meeting point, and down to ``b``."""
    up_a, up_b = _chain(a), _chain(b)
    in_b = {t.i: n for n, t in enumerate(up_b)}
    for n, t in enumerate(up_a):
        if t.i in in_b:
            return up_a[:n], t, list(reversed(up_b[: in_b[t.i]]))
    return up_a, None, list(reversed(up_b))


def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3-5" if n <= 5 else "6-10" if n <= 10 else "11-20" if n <= 20 else "20+"


def end_label(end: End) -> str:
    """The ontology label of a mention, or Event."""
    return "Event" if isinstance(end, Event) else end.label


def pair_features(
    doc: Doc,
    subject: End,
    obj: End,
    cues: Cues,
    votes: Iterable[str] = (),
    between: int = 0,
    tokens: tuple[Token, Token] | None = None,
) -> list[str]:
    """The features of "subject TYPE object" for one ordered pair of mentions in one sentence.

    ``votes`` are the rules' answers for this pair in this sentence, as "TYPE" (this direction)
    or "~TYPE" (the other direction); ``between`` is the number of other mentions between the two;
    ``tokens`` their root tokens when already known.
    """
    types = cues.signals
    s_tok, o_tok = tokens or (root_of(subject, doc), root_of(obj, doc))
    s_label, o_label = end_label(subject), end_label(obj)
    labels = f"{s_label}>{o_label}"
    feats = [f"lab={labels}", f"first={'s' if s_tok.i < o_tok.i else 'o'}|{labels}"]
    for side, end in (("s", subject), ("o", obj)):
        kind = getattr(end, "kind", None)
        if kind:
            feats.append(f"{side}kind={kind}")
        feats.append(f"{side}dep={(s_tok if side == 's' else o_tok).dep_}")
    # words between the two mentions
    first, second = (subject, obj) if s_tok.i < o_tok.i else (obj, subject)
    lo, hi = sorted((_span_end(first), _span_start(second)))
    gap = hi - lo
    feats.append(f"gap={_bucket(gap)}")
    feats.append(f"between={_bucket(between)}|{labels}")
    if gap <= 12:
        for t in doc[lo:hi]:
            if t.is_punct and t.text not in {"(", ",", "-", "'s"}:
                continue
            feats.append(f"bw={_lemma(t)}")
            for rel_type in types.get(_lemma(t), ()):
                feats.append(f"bcue={rel_type}|{labels}")
    if gap == 0 or (gap == 1 and doc[lo].text in {"'s", "’s", "-"}):
        feats.append(f"adjacent={doc[lo].text if gap else ''}|{labels}")
    # the dependency path
    up, meet, down = dependency_path(s_tok, o_tok)
    length = len(up) + len(down)
    feats.append(f"plen={_bucket(length)}")
    if meet is not None and length <= MAX_PATH:
        deps = "<".join(t.dep_ for t in up) + "^" + ">".join(t.dep_ for t in down)
        feats.append(f"upath={deps}")
        feats.append(f"path={deps}|{_lemma(meet)}")
        feats.append(f"lca={_lemma(meet)}")
        feats.append(f"lcapath={_lemma(meet)}|{labels}")
        inner = [t for t in (*up[1:], meet, *down[:-1]) if t.i not in {s_tok.i, o_tok.i}]
        feats.append(f"pverbs={min(3, sum(t.pos_ in {'VERB', 'AUX'} for t in inner))}|{labels}")
        for t in inner:
            feats.append(f"pw={_lemma(t)}")
            for rel_type in types.get(_lemma(t), ()):
                feats.append(f"pcue={rel_type}|{labels}")
        if any(c.dep_ in {"auxpass", "nsubjpass"} for c in meet.children):
            feats.append(f"passive|{labels}")
        if any(c.dep_ == "neg" for c in meet.children):
            feats.append("neg")
        on_path = [meet, *up, *down]
        if any(c.dep_ == "aux" and c.lower_ in cues.threat_cues for t in on_path for c in t.children):
            feats.append(f"announced|{labels}")  # "Israel would strike Hezbollah": a threat, not an attack
        feats += _role_features(up, meet, down, cues, labels)
    # what comes right before the first mention ("Hezbollah leader X" is between; "the X-backed Y" is here)
    start = _span_start(first)
    for t in doc[max(s_tok.sent.start, start - 2) : start]:
        feats.append(f"before={_lemma(t)}")
    feats += _end_features(subject, obj)
    for vote in votes:
        feats.append(f"vote={vote}")
        feats.append(f"vote={vote}|{labels}")
    return feats


def _role_features(up: list[Token], meet: Token, down: list[Token], cues: Cues, labels: str) -> list[str]:
    """Which end is the subject of the words that join them, the cue types on the path seen from each end,
    and whether those words are denied, hedged or only reported.

    ``arcs``: the arcs by which the two ends' branches reach their meeting point ("nsubj>dobj": the subject
    is the verb's agent, "dobj>nsubj": its patient)."""
    s_arc, o_arc = up[-1].dep_ if up else "-", down[0].dep_ if down else "-"
    arcs = f"{s_arc}>{o_arc}"
    feats = [f"arcs={arcs}|{labels}", f"arcs={arcs}|{_lemma(meet)}"]
    for rel_type in cues.signals.get(_lemma(meet), ()):
        feats.append(f"lcacue={rel_type}|{arcs}")
    children = [c for t in (meet, *up[1:], *down[:-1]) for c in t.children]
    if any(c.dep_ == "neg" or c.lower_ in cues.negation for c in children):
        feats.append(f"pneg|{labels}")
    if any(_lemma(c) in cues.alleged for c in children) or _lemma(meet) in cues.alleged:
        feats.append(f"hedged|{labels}")
    if _lemma(meet) in cues.reporting:
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

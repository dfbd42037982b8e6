"""A set of states named before: "the three states", "the two countries", "both governments" stand for the last list
of states the page named before them ("Mali, Burkina Faso and Niger left ECOWAS. The three states ..."), when that
list holds as many states as the phrase counts; a count that does not match the list stands for no one."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from graph.seeds import load_seed_yaml
from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex

LIST_JOINERS = {",", "and", "or", "&"}  # what stands between the names of a list: "Mali, Burkina Faso and Niger"
COUNT_DEPS = {"det", "nummod", "predet", "preconj", "amod"}  # "the three states", "both countries"


@cache
def set_nouns() -> frozenset[str]:
    """The plural nouns that refer back to a list of states ("states", "countries", "governments")."""
    return frozenset(load_seed_yaml("relations.yaml")["state_sets"]["nouns"])


@cache
def set_counts() -> dict[str, int]:
    """The words that count a set of states, and how many each counts ("both": 2, "three": 3)."""
    return dict(load_seed_yaml("relations.yaml")["state_sets"]["counts"])


def set_count(token: Token) -> int | None:
    """How many states a plural noun counts ("the three states": 3, "both countries": 2), or None.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Both countries and the three governments met.")
    >>> set_count(doc[1]), set_count(doc[5])
    (2, 3)
    """
    if token.tag_ != "NNS" or token.lower_ not in set_nouns():
        return None
    counts = [set_counts()[c.lower_] for c in token.children if c.dep_ in COUNT_DEPS and c.lower_ in set_counts()]
    return counts[0] if len(counts) == 1 else None


def state_lists(mentions: list[Mention], doc: Doc) -> list[list[Mention]]:
    """The lists of states among mentions, in the order they end: states written one after another with only commas
    and "and" or "or" between them ("Mali, Burkina Faso and Niger"), each state once; read from the words, since the
    parser often breaks a list of names.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Chad, Sudan and Libya met Egypt.")
    >>> named = [(0, "Chad"), (2, "Sudan"), (4, "Libya"), (6, "Egypt")]
    >>> states = [Mention(i, i + 1, 0, 0, n, "Country", n, None) for i, n in named]
    >>> [[m.name for m in named] for named in state_lists(states, doc)]
    [['Chad', 'Sudan', 'Libya']]
    """
    runs: list[dict[str, Mention]] = []
    last: Mention | None = None
    for m in sorted(mentions, key=lambda m: m.start):
        joined = (
            last is not None and last.end <= m.start and all(t.lower_ in LIST_JOINERS for t in doc[last.end : m.start])
        )
        if joined and runs:
            runs[-1].setdefault(m.key, m)
        else:
            runs.append({m.key: m})
        last = m
    return [list(run.values()) for run in runs if len(run) > 1]


def state_set_referred(token: Token, index: MentionIndex) -> list[Mention] | None:
    """The states "the three states" or "both countries" stands for, or None for any other phrase, when no list of
    states came before it, or when the last one holds another number of states.

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("Mali and Niger left the bloc. The two countries accuse it of bias.")
    >>> mali = Mention(0, 1, 0, 4, "Mali", "Country", "Mali", None)
    >>> niger = Mention(2, 3, 9, 14, "Niger", "Country", "Niger", None)
    >>> [m.name for m in state_set_referred(doc[9], MentionIndex(doc, [mali, niger]))]
    ['Mali', 'Niger']
    """
    count = set_count(token)
    if count is None or index.at(token) is not None:
        return None
    earlier = [m for m in index.mentions if m.end <= token.i and m.label == "Country" and not m.refers_back]
    lists = state_lists(earlier, token.doc)
    if not lists or len(lists[-1]) != count:
        return None
    return lists[-1]

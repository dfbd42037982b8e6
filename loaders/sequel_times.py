"""A time told after an earlier moment of the story: "A day later, jets struck X", "Hours later, gunmen attacked Y",
"The next day, rebels ambushed a convoy near Z", "Later that day, ...": a point in time, as a weekday is, so an act
told with it is one incident (not a span: "for days", "in the following weeks"); and "the ensuing engagement", "the
subsequent raid": an incident after the one told before, not a reference back to it.

The cue words are the ``sequel_times`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from loaders.cues import word_sets


@dataclass(frozen=True)
class SequelWords:
    """``later_words``: "later" of "two days later"; ``unit_nouns``: the time counted before it; ``next_words``:
    "next", "following" of "the next day"; ``day_nouns``: the parts of a day they and "later that" pick;
    ``after_words``: "ensuing" of "the ensuing engagement"."""

    later_words: frozenset[str]
    unit_nouns: frozenset[str]
    next_words: frozenset[str]
    day_nouns: frozenset[str]
    after_words: frozenset[str]


@cache
def sequel_words() -> SequelWords:
    """The ``sequel_times`` block, loaded once per process."""
    return word_sets(SequelWords, "sequel_times")


def sequel_phrases(verb: Token) -> list[Token]:
    """The phrases on a verb that date it by a time after an earlier moment of the story: "a day later", "hours
    later", "two days later", "the next day", "the following morning", "later that day".

    >>> from loaders.nlp import load_nlp
    >>> nlp = load_nlp()
    >>> sequel_phrases(nlp("A day later, jets struck a depot.")[5])
    [later]
    >>> sequel_phrases(nlp("The next day, rebels ambushed a convoy.")[5])
    [day]
    >>> sequel_phrases(nlp("For days, jets struck depots.")[4]), sequel_phrases(nlp("Rebels later ambushed Y.")[2])
    ([], [])
    """
    words = sequel_words()
    found = []
    for child in verb.children:
        counted = any(c.dep_ == "npadvmod" and c.lower_ in words.unit_nouns for c in child.children)
        if child.dep_ == "advmod" and child.lower_ in words.later_words and counted:  # "A day later", "Hours later"
            found.append(child)
        if child.dep_ == "npadvmod" and child.lower_ in words.day_nouns:  # "The next day", "Later that day"
            marks = {c.lower_ for c in child.children if c.dep_ in {"amod", "advmod"}}
            if marks & (words.next_words | words.later_words):
                found.append(child)
    return found


def comes_after(noun: Token) -> bool:
    """Whether an incident noun names what followed the incident told before ("the ensuing engagement", "the subsequent
    raid", "the resulting clashes"), not that incident again.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Jets struck a depot. In the ensuing engagement a jet was shot down.")
    >>> comes_after(doc[8]), comes_after(doc[4])
    (True, False)
    """
    return any(c.dep_ == "amod" and c.lower_ in sequel_words().after_words for c in noun.children)

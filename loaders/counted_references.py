"""A counted plural reference: "the two men", "the three groups", "both brothers" stand for each of exactly that many
actors of its kind (people for "men", "brothers"; bodies for "groups", "factions") named in its sentence before it or
the three before: the last list of that many names ("A, B and C ... the three groups"), else all the actors of that
kind named there when they are exactly that many; none when the count does not fit ("A, B and C ... the two men"),
nor for a count a phrase describes ("the two leaders of X", new people)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.coreference import group_fits
from loaders.doc_tree import has_child
from loaders.mentions import Mention, distinct_actors
from loaders.reference_scope import name_head

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex

SENTENCES_BACK = 3  # how many sentences before its own the actors may be named
COUNTER_DEPS = {"det", "predet", "nummod", "preconj", "amod"}
BARE_LABELS = frozenset({"Organization", "Person", "Country"})  # what "all three" may stand for: named actors
BARE_LEAST = 3  # the least count a bare numeral stands for a list by ("All three"; not "the two" of three names)


@cache
def counted_words() -> tuple[dict[str, int], frozenset[str], frozenset[str]]:
    """The words that count a plural ("two": 2, "both": 2), the plural nouns of people a count may stand for and
    the determiners that make a count a reference ("the two men", not "two men were killed")."""
    data = load_seed_yaml("relations.yaml")["counted_references"]
    counts = {str(k): int(v) for k, v in data["counts"].items()}
    return counts, frozenset(data["person_nouns"]), frozenset(data["definite"])


def counted_referred(token: Token, index: MentionIndex) -> list[Mention] | None:
    """The actors a counted plural stands for, or None for any other phrase or when the count fits no names.

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("Police arrested Ali Musa and Omar Said. The two men were charged with the bombing.")
    >>> ali = Mention(2, 4, 16, 24, "Ali Musa", "Person", "Ali Musa")
    >>> omar = Mention(5, 7, 29, 38, "Omar Said", "Person", "Omar Said")
    >>> [m.name for m in counted_referred(doc[10], MentionIndex(doc, [ali, omar]))]
    ['Ali Musa', 'Omar Said']
    """
    if index.at(token) is not None:
        return None
    if bare := bare_count(token):  # "All three are controlled by X": the last list of three names
        listed = _last_list(index, [m for m in _named_before(token, index) if m.label in BARE_LABELS])
        return listed if len(listed) == bare and len({m.label for m in listed}) == 1 else None
    if token.tag_ != "NNS":
        return None
    counts, person_nouns, definite = counted_words()
    counters = [c.lower_ for c in token.children if c.dep_ in COUNTER_DEPS]
    count = next((counts[c] for c in counters if c in counts), 0)
    if (
        not count
        or ("both" not in counters and not definite.intersection(counters))
        or has_child(token, {"prep"}, {"of"})
    ):
        return None
    word = token.lower_
    if word in person_nouns:
        fits = [m for m in _named_before(token, index) if m.label == "Person"]
    elif word in index.group_nouns:
        fits = [m for m in _named_before(token, index) if m.label == "Organization" and group_fits("group", m)]
    else:
        return None
    listed = _last_list(index, fits)
    if listed:
        return listed if len(listed) == count else None
    named = distinct_actors(fits)
    return named if len(named) == count else None


def bare_count(token: Token) -> int:
    """The count of three or more a numeral standing alone for a phrase gives ("All three are controlled by X", "the
    four said"), or 0: a count on a noun, with no determiner ("three were killed"), of a part ("three of the men"), or
    of two ("Both", "the two" of "A met B and C": which two is the pair rule's to say, ``pair_references``).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("All three are controlled by the bureau. Three were killed. The two left.")
    >>> bare_count(doc[1]), bare_count(doc[8]), bare_count(doc[13])
    (3, 0, 0)
    """
    counts, _, definite = counted_words()
    count = counts.get(token.lower_, 0)
    if count < BARE_LEAST or token.dep_ in COUNTER_DEPS or has_child(token, {"prep"}, {"of"}):
        return 0
    counters = {c.lower_ for c in token.children if c.dep_ in COUNTER_DEPS}
    return count if definite.intersection(counters) else 0


def _last_list(index: MentionIndex, mentions: list[Mention]) -> list[Mention]:
    """The actors of the last list of two names or more among the mentions ("A, B and C"), or none."""
    lists: dict[int, list[Mention]] = {}
    for m in mentions:
        lists.setdefault(_list_head(name_head(index.doc, m)).i, []).append(m)
    for members in sorted(lists.values(), key=lambda ms: ms[-1].start, reverse=True):
        if len(named := distinct_actors(members)) > 1:
            return named
    return []


def _named_before(token: Token, index: MentionIndex) -> list[Mention]:
    """The mentions in the reference's sentence before it or the few sentences before, outside asides."""
    start = index.scope.sentences_back_start(token, SENTENCES_BACK)
    return [m for m in index.mentions if start <= m.start and m.end <= token.i and not index.scope.aside(m.start_char)]


def _list_head(head: Token) -> Token:
    """The first name of the list a name's head is coordinated in ("A, B and C": A's head)."""
    while head.dep_ in {"conj", "appos"} and head.head.i < head.i:
        head = head.head
    return head

"""The side an act is done for: a name after "in support of", "in solidarity with", "on behalf of" (the phrases are
``siding_phrases`` in ``seeds/relations.yaml``) is whom the act serves, never whom it hits or opposes ("a holy war
against the enemy and in support of Palestine": not an attack on Palestine; "waged war on Israel in solidarity with
Hamas": no war on Hamas). Read by the words before the name, not the parse, which often hangs "with" on the verb."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from graph.seeds import load_seed_yaml

NAME_WORDS = {"compound", "amod", "det", "poss", "case", "nmod", "punct"}  # words inside a name's noun phrase


@cache
def siding_phrases() -> tuple[tuple[str, ...], ...]:
    """The phrases of ``siding_phrases`` in ``seeds/relations.yaml``, each its lowercase words in order."""
    return tuple(tuple(phrase.lower().split()) for phrase in load_seed_yaml("relations.yaml")["siding_phrases"])


def sided_with(word: Token) -> bool:
    """Whether a word of a noun phrase names the side an act is done for: its phrase (or the first of the phrases it
    is listed with) follows a siding phrase.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Hezbollah waged war on Israel in solidarity with Hamas and the Houthis.")
    >>> [t.text for t in doc if t.pos_ == "PROPN" and sided_with(t)]
    ['Hamas', 'Houthis']
    >>> sided_with(doc[4])
    False
    """
    head = word
    while head.dep_ in NAME_WORDS and head.head.i != head.i:
        head = head.head
    while head.dep_ == "conj" and head.head.i < head.i:  # "in support of A and B": B as A
        head = head.head
    start = min(t.i for t in head.subtree)
    words = [t.lower_ for t in word.doc[max(start - 4, 0) : start]]
    return any(tuple(words[-len(phrase) :]) == phrase for phrase in siding_phrases())

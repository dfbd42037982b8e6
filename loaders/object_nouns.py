"""Objects of a verb that name no one it acts on: "at the direction of President Biden, US forces struck 85 targets",
"the army shelled the town on the orders of X": the name after such a noun directs the act and is not hit. The nouns
are ``direction_nouns`` of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from graph.seeds import load_seed_yaml


@cache
def direction_nouns() -> frozenset[str]:
    """The nouns (lemmas) that say who directs an act ("direction", "behest"), loaded once per process."""
    return frozenset(load_seed_yaml("relations.yaml")["direction_nouns"])


def acted_on(objects: list[Token]) -> list[Token]:
    """The objects (direct or after a preposition) that may name who the verb acts on: not who directs the act ("at
    the request of X").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Jets struck Hamas at the request of Cairo.")
    >>> [t.text for t in acted_on([doc[2], doc[5]])]
    ['Hamas']
    """
    return [t for t in objects if t.lemma_.lower() not in direction_nouns()]

"""Incidents a copula names for a blamed incident noun: "The deadliest attack blamed on X remains the 2017 truck
bombing at Y", "Among the best-known attacks attributed to X are A and B", "the worst attack claimed by X was A": the
blame is laid on the incidents after the copula, not on an incident the noun would refer back to.

The copulas are the ``identified_incidents`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.cues import load_cues
from loaders.syntax import conjuncts


@cache
def identifying_copulas() -> frozenset[str]:
    """The ``identified_incidents.copulas`` of seeds/relations.yaml: "be", "remain"."""
    return frozenset(load_seed_yaml("relations.yaml")["identified_incidents"]["copulas"])


@cache
def identifying_preps() -> frozenset[str]:
    """The ``identified_incidents.preps`` of seeds/relations.yaml: "among" ("Among the attacks ... are A and B")."""
    return frozenset(load_seed_yaml("relations.yaml")["identified_incidents"]["preps"])


def identified_incidents(noun: Token, is_event_noun: Callable[[Token], bool]) -> list[Token]:
    """The incident nouns a copula says an incident noun is, each with its conjuncts: the attribute of "The deadliest
    attack blamed on X remains the truck bombing", the subject of "Among the attacks attributed to X are A and B", the
    subject of "The bombing was the deadliest attack claimed by X"; only definite ones ("the", a possessive or a
    name: not "was a suicide bombing", which describes the noun's own incident), none when no copula names one or
    it is denied ("was not the bombing").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The deadliest attack blamed on the group remains the 2017 bombing of the market.")
    >>> [t.text for t in identified_incidents(doc[2], lambda t: t.lemma_ in {"attack", "bombing"})]
    ['bombing']
    >>> doc = load_nlp()("The attack blamed on the group was a suicide bombing.")
    >>> identified_incidents(doc[1], lambda t: t.lemma_ in {"attack", "bombing"})
    []
    """
    copulas = identifying_copulas()
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in copulas:
        said = [c for c in noun.head.children if c.dep_ == "attr"]
    elif noun.dep_ == "attr" and noun.head.lemma_.lower() in copulas:
        said = [c for c in noun.head.children if c.dep_ == "nsubj"]
    elif noun.dep_ == "pobj" and noun.head.lower_ in identifying_preps() and noun.head.head.lemma_.lower() in copulas:
        said = [c for c in noun.head.head.children if c.dep_ in {"nsubj", "attr"}]
    else:
        return []
    if any(c.dep_ == "neg" for c in said[0].head.children) if said else True:
        return []  # "the deadliest attack blamed on X was not the bombing of Y": no incident named
    return [c for s in said for c in conjuncts(s) if c is not noun and is_event_noun(c) and _definite(c)]


def _definite(noun: Token) -> bool:
    """Whether an incident noun names one incident: with "the", a possessive, or a name or date before it."""
    definite = load_cues().definite
    return any((c.dep_ == "det" and c.lower_ in definite) or c.dep_ == "poss" or c.ent_type_ for c in noun.lefts)

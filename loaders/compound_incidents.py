"""Nouns that name one incident only after one of their words: "the hostage crisis at the X gas plant", "a shooting
spree in Y", "a killing spree" (not "the crisis in Sudan", "a spending spree").

The cue words are the ``compound_incidents`` block of ``seeds/relations.yaml``: each noun (a lemma) with the words
that must stand before it and the kind of incident (of ``event_kinds``) it then names.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from graph.seeds import load_seed_yaml

_MODIFIERS = {"compound", "amod", "nmod"}


@cache
def compound_incident_cues() -> dict[str, tuple[frozenset[str], str]]:
    """The ``compound_incidents`` block: each noun's words and the kind of incident they make it name."""
    block = load_seed_yaml("relations.yaml")["compound_incidents"]  # a missing key is a one-line SeedKeyError
    return {noun: (frozenset(entry["words"]), entry["kind"]) for noun, entry in block.items()}


def compound_kind(token: Token) -> str | None:
    """The kind of incident a noun names with one of its words before it, else None.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The hostage crisis ended. The crisis in Sudan deepened. A shooting spree followed.")
    >>> [compound_kind(t) for t in doc if t.lower_ in {"crisis", "spree"}]
    ['abduction', None, 'killing']
    """
    entry = compound_incident_cues().get(token.lemma_.lower())
    if entry is None or token.pos_ not in {"NOUN", "PROPN"}:
        return None
    words, kind = entry
    before = [c for c in token.children if c.dep_ in _MODIFIERS and c.i < token.i]
    return kind if any(c.lower_ in words or c.lemma_.lower() in words for c in before) else None


def done_by_its_words(verb: Token) -> bool:
    """Whether a verb tells an incident of the kind its noun names only after one of its words: "a private jet
    carrying X crashed", "the helicopter crashed" (its subject is such a word), not "markets crashed" nor "a car
    crashed into a wall"; any verb of no such noun does.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("A jet carrying him crashed in Tver. Stock markets crashed in May. Gunmen attacked Gao.")
    >>> [done_by_its_words(doc[i]) for i in (4, 10, 15)]
    [True, False, True]
    """
    entry = compound_incident_cues().get(verb.lemma_.lower())
    if entry is None:
        return True
    words = entry[0]
    return any(c.lemma_.lower() in words for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"})

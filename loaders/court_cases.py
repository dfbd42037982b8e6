"""Blame in court: "X was convicted of the murder of Y" (a court's finding, stated; "acquitted of": negated), "police
charged X with murder over the shooting" and "X was charged with murder in connection with the bombing" (the incident
hangs on the charge, not on the verb; alleged); "police arrested X in connection with the bombing" (alleged; not
"arrested X in a raid"). The cue words are the ``court_cases`` block of ``seeds/relations.yaml``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.doc_tree import has_child
from loaders.syntax import conjuncts, prep_objects


@dataclass(frozen=True)
class CourtCaseCues:
    """The cue words of the ``court_cases`` block."""

    proven_verbs: frozenset[str]  # "convicted of the murder": stated
    cleared_verbs: frozenset[str]  # "acquitted of involvement in the attack": negated
    charge_preps: frozenset[str]  # "charged X with murder over the shooting"
    connection_nouns: frozenset[str]  # "in connection with the bombing"
    connection_preps: frozenset[str]  # "in" connection "with"
    arrest_verbs: frozenset[str]  # "arrested X in connection with the bombing": alleged
    arrest_preps: frozenset[str]  # "detained over the attack"


@cache
def court_case_cues() -> CourtCaseCues:
    """The ``court_cases`` block of ``seeds/relations.yaml``, loaded once per process."""
    block = load_seed_yaml("relations.yaml")["court_cases"]
    return CourtCaseCues(
        frozenset(block["proven_verbs"]),
        frozenset(block["cleared_verbs"]),
        frozenset(block["charge_preps"]),
        frozenset(block["connection_nouns"]),
        frozenset(block["connection_preps"]),
        frozenset(block["arrest_verbs"]),
        frozenset(block["arrest_preps"]),
    )


def proven(verb: Token) -> bool:
    """Whether a verb of blame is a court's finding ("convicted"), which states what it finds."""
    return verb.lemma_.lower() in court_case_cues().proven_verbs


def cleared(verb: Token) -> bool:
    """Whether a verb of blame is a court's finding of innocence ("acquitted"), which denies what it is of."""
    return verb.lemma_.lower() in court_case_cues().cleared_verbs


def connected_incidents(token: Token) -> list[Token]:
    """What "in connection with" after a token names."""
    cues = court_case_cues()
    return [
        o
        for n in prep_objects(token, cues.connection_preps)
        if n.lemma_.lower() in cues.connection_nouns
        for o in prep_objects(n, cues.connection_preps)
    ]


def charge_clause_incidents(charge: Token) -> list[Token]:
    """The incidents the "over" of a clause inside a charge names: "charged with conspiracy to commit murder over the
    shooting" (the parse hangs "over" on "commit", under the charge).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Police charged Ali Musa with conspiracy to commit murder over the shooting.")
    >>> [t.text for t in charge_clause_incidents(doc[5])]
    ['shooting']
    """
    clauses = [v for v in charge.subtree if v.dep_ == "acl" and v.pos_ == "VERB"]
    return [o for v in clauses for o in prep_objects(v, court_case_cues().arrest_preps)]


def charged_incidents(verb: Token, incident_preps: Iterable[str], named: list[Token]) -> list[Token]:
    """The incidents a charge is over, and those ``named`` by the verb's own prepositions: "charged X with murder
    over the shooting" (the parse hangs "over" on the charge), "charged with murder in connection with the bombing",
    "convicted in connection with the attack"; and a charge that is itself a deed: "charged X with the bombing",
    "charged X with committing a terrorist act" (an incident noun with its article, or the gerund of doing it, whose
    object the caller reads).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Police charged Amadou Diallo with murder over the bombing.")
    >>> [t.text for t in charged_incidents(doc[1], {"over"}, [])]
    ['bombing']
    >>> doc = load_nlp()("Prosecutors charged Amadou Diallo with the bombing.")
    >>> [t.text for t in charged_incidents(doc[1], {"over"}, [])]
    ['bombing']
    """
    nouns = court_case_cues().connection_nouns
    charges = [c for o in prep_objects(verb, court_case_cues().charge_preps) for c in conjuncts(o)]  # "with A and B"
    found = [c for c in charges if c.pos_ == "VERB" or has_child(c, {"det"})]  # "with the bombing", "with committing"
    found += [o for c in charges for o in prep_objects(c, set(incident_preps)) + connected_incidents(c)]
    found += [o for c in charges for o in charge_clause_incidents(c)]  # "conspiracy to commit murder over the shooting"
    found += connected_incidents(verb)
    return [o for o in named + found if o.lemma_.lower() not in nouns]

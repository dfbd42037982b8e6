"""The owner of what an attack hit: "airstrikes targeting military vehicles belonging to the STC", "targeted security
points affiliated with the SDF", "attacked a tanker owned by an Israeli firm": whose the thing hit is, was hit too (the
ontology: the owners of a hit building are its targets); "shot down an Iranian drone", "downed a Hezbollah drone": the
state or body named before an aircraft owns it (the ontology's "downed a drone of").

The cue words are the ``hit_owners`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.mentions import Mention
from loaders.syntax import actors_of, agents_of, conjuncts, prep_objects

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex

AIRCRAFT_DOWNED = "-aircraft"  # the end of the method of an attack on an aircraft: its owner hit, which lays on the
# attacker no incident of the page that targeted the owner (incident_clauses.attackers_of_targets)


@cache
def owning_participles() -> dict[str, frozenset[str]]:
    """Participles that name the owner of a thing, each with the prepositions of its owner."""
    block = load_seed_yaml("relations.yaml")["hit_owners"]  # a missing key is a one-line SeedKeyError
    return {verb: frozenset(preps) for verb, preps in block["participles"].items()}


@cache
def linking_participles() -> dict[str, frozenset[str]]:
    """Participles that tie a site to a body ("targets linked to X"), each with the prepositions of the body."""
    block = load_seed_yaml("relations.yaml")["hit_owners"]["linking_participles"]
    return {verb: frozenset(preps) for verb, preps in block.items()}


@cache
def linked_sites() -> frozenset[str]:
    """The nouns (lemmas) of a site or a target, after which a linking participle names whose it is."""
    return frozenset(load_seed_yaml("relations.yaml")["hit_owners"]["linked_sites"])


@cache
def aircraft_nouns() -> frozenset[str]:
    """The nouns (lemmas) of an aircraft, whose owner a name or a demonym before it gives."""
    return frozenset(load_seed_yaml("relations.yaml")["hit_owners"]["aircraft"])


@cache
def flight_preps() -> frozenset[str]:
    """The prepositions after an aircraft hit that say where it flew or fell ("over Marib"), not whom it was sent at."""
    return frozenset(load_seed_yaml("relations.yaml")["hit_owners"]["flight_preps"])


def owners_of_hit(hit: list[Token], index: MentionIndex) -> list[Mention]:
    """The actors a participle or a relative clause after each thing hit names as its owner ("vehicles belonging to
    the STC", "sites that belong to X"; "targets linked to X" after a site or a target), when the thing is not itself
    a name."""
    found: list[Mention] = []
    for noun in (h for t in hit for h in conjuncts(t)):
        if noun.pos_ != "NOUN" or index.at(noun) is not None:
            continue
        wanted = owning_participles()
        if noun.lemma_.lower() in linked_sites():
            wanted = wanted | linking_participles()
        for verb in owning_clauses(noun):
            preps = wanted.get(verb.lemma_.lower())
            if preps is None:
                continue
            owners = agents_of(verb) if "by" in preps else []
            owners += prep_objects(verb, preps - {"by"})
            found += [m for t in owners for m in actors_of(t, index, with_preps=False) if m.label != "Location"]
    return list({m.key: m for m in found}.values())


def owning_clauses(noun: Token) -> list[Token]:
    """The verbs that may say whose a thing hit is: a participle after it ("vehicles belonging to X"), a relative
    clause on it ("sites that belong to X", "targets which were used by X") and the clause a relative clause of saying
    reports ("targets which it said were linked to X").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Israeli jets struck sites that belong to Hezbollah near Tyre.")
    >>> [t.text for t in owning_clauses(doc[3])]
    ['belong']
    """
    participles = [c for c in noun.children if c.dep_ == "acl" and c.tag_ in {"VBN", "VBG"}]
    relatives = [c for c in noun.children if c.dep_ == "relcl"]
    reported = [c for r in relatives for c in r.children if c.dep_ in {"ccomp", "xcomp"}]
    return participles + relatives + reported


def owners_named_of(hit: list[Token], index: MentionIndex) -> list[Mention]:
    """The actors an "of" after each thing hit names as its owner, when the thing is not itself a name: the army of "a
    convoy of the Malian army was hit by a bomb", the SDF of "positions of the SDF were shelled" (not a place)."""
    nouns = [h for t in hit for h in conjuncts(t) if h.pos_ == "NOUN" and index.at(h) is None]
    found = [m for n in nouns for o in prep_objects(n, {"of"}) for m in actors_of(o, index, with_preps=False)]
    return list({m.key: m for m in found if m.label != "Location"}.values())


def aircraft_owners(hit: list[Token], index: MentionIndex) -> list[Mention]:
    """The states and bodies a demonym, a name or a possessive before each aircraft hit names as its owner (also an
    aircraft a count's "of" names: "a number of Iranian drones"); never a place ("a Kharkiv drone" is only where it
    flew from).

    >>> from loaders.nlp import load_nlp
    >>> from loaders.mentions import find_mentions
    >>> from loaders.syntax import MentionIndex
    >>> from graph.gazetteer import load_gazetteer
    >>> doc = load_nlp()("Houthi forces shot down an American drone and two of Israel's jets.")
    >>> [m.name for m in aircraft_owners([doc[6]], MentionIndex(doc, find_mentions(doc, load_gazetteer())))]
    ['United States', 'Israel']
    """
    found = [
        m
        for n in aircraft_hit(hit)
        for t in n.subtree
        if t.i < n.i and (m := index.at(t)) is not None and not m.start <= n.i < m.end
    ]
    return list({m.key: m for m in found if m.label != "Location"}.values())


def aircraft_hit(hit: list[Token]) -> list[Token]:
    """The aircraft among the things hit (each conjunct, and what a count's "of" names: "a number of drones"), by
    their noun or a word of their name ("Flight PS752")."""
    nouns = [h for t in hit for h in conjuncts(t)]
    nouns += [o for n in nouns for p in prep_objects(n, {"of"}) for o in conjuncts(p)]
    return [n for n in nouns if named_as(n, aircraft_nouns())]


def flown_over(hit: list[Token], index: MentionIndex) -> list[Mention]:
    """The places a phrase after an aircraft hit names ("shot down a drone over Marib"): where it flew or fell, not
    what was hit (not "launched drones at Israel")."""
    preps = flight_preps()
    phrases = [
        p for n in aircraft_hit(hit) for c in n.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children
    ]
    return [m for p in phrases for m in actors_of(p, index) if m.label in {"Location", "Country"}]


def named_as(noun: Token, words: frozenset[str]) -> bool:
    """Whether a noun, or a word set before it as part of its name, is one of ``words`` (lemmas): "a drone", "Flight
    PS752"."""
    return any(t.lemma_.lower() in words for t in (noun, *(c for c in noun.children if c.dep_ == "compound")))

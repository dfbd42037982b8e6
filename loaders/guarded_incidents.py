"""Incident nouns that need an anchor: "the capture of Lalibela", "the detention of Colonel X", "a military
operation in Swat" each name one incident; "a military operation" or "the crackdown" alone name none. Incidents
told by a clause: "the rebels captured the town of X" (the "X capture"), and what a relative clause says an incident
hit or where it happened ("a bombing that targeted X").

The cue words are the ``guarded_incidents`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from graph.errors import ActorGraphError
from graph.seeds import load_seed_yaml
from loaders.cues import load_cues
from loaders.incidents import incident_cues
from loaders.mentions import Mention
from loaders.syntax import conjuncts


@dataclass(frozen=True)
class GuardedCues:
    """The cue words of the ``guarded_incidents`` block."""

    nouns: frozenset[str]  # incidents only with a named place, target or author
    patient_of: frozenset[str]  # those whose "of" names what was hit: "the recapture of Blahodatne"
    place_taking_verbs: dict[str, str]  # "captured the town of X": the "X capture"
    relative_aim_verbs: frozenset[str]  # "a bombing that targeted X"


@cache
def guarded_cues() -> GuardedCues:
    """The ``guarded_incidents`` block of ``seeds/relations.yaml``, loaded once per process (its ``nouns`` with the
    ``patient_of`` ones)."""
    block = load_seed_yaml("relations.yaml").get("guarded_incidents")
    try:
        return GuardedCues(
            frozenset(block["nouns"]) | frozenset(block["patient_of"]),
            frozenset(block["patient_of"]),
            dict(block["place_taking_verbs"]),
            frozenset(block["relative_aim_verbs"]),
        )
    except (KeyError, TypeError) as exc:
        raise ActorGraphError(f"relations.yaml: the guarded_incidents block lacks {exc}") from None


def _words(token: Token) -> set[str]:
    return {token.lower_, token.lemma_.lower()}


def is_guarded(token: Token) -> bool:
    """Whether the word names an incident only with an anchor ("operation", "capture", "detention")."""
    return bool(_words(token) & guarded_cues().nouns)


def hit_by_of(token: Token) -> bool:
    """Whether the word's "of" names what was hit: "the capture of X", not "the operation of the army"."""
    return bool(_words(token) & guarded_cues().patient_of)


def anchored(places: list[Mention], targets: list[Mention], authors: list[Mention], doc: Doc) -> bool:
    """Whether a guarded incident has its anchor: a place, an author, or a target that heads its phrase ("the
    detention of Colonel X"; not "the deportation of Ukrainian children", whose Ukraine only qualifies them)."""
    return bool(places or authors or any(doc[m.end - 1].dep_ == "pobj" for m in targets))


def _object_heads(verb: Token) -> list[Token]:
    """The heads a verb's object names: "the town of X" (X), "X and Y townships" (X, Y, townships)."""
    heads = [h for c in verb.children if c.dep_ == "dobj" for h in conjuncts(c)]
    heads += [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for p in conjuncts(c)]
    heads += [p for c in heads for p in c.children if p.dep_ == "pobj"]
    return heads + [c for h in heads for c in h.children if c.dep_ in {"compound", "conj"}]


def taken_places(verb: Token, places: list[Mention]) -> tuple[list[Mention], str]:
    """The named places a verb's agent took or struck as its object, and the incident's noun: "the rebels captured the
    holy town of X" (X, "capture"); none when the clause has no subject ("X was bombed") or names no such place."""
    noun = guarded_cues().place_taking_verbs.get(verb.lemma_.lower())
    if noun is None or not any(c.dep_ == "nsubj" for c in verb.children):
        return [], ""
    heads = {t.i for t in _object_heads(verb)}
    taken = [m for m in places if m.end - 1 in heads]
    return taken, noun if taken else ""


def relative_clauses(cue: Token) -> list[Token]:
    """The verbs of relative clauses that tell where an incident happened or what it hit: "an attack that occurred in
    X", "a bombing that targeted X" (the clause's subject is the relative pronoun)."""
    wanted = guarded_cues().relative_aim_verbs | incident_cues().occurrence_verbs
    pronouns = load_cues().thing_relative_pronouns
    return [
        c
        for c in cue.children
        if c.dep_ == "relcl"
        and c.lemma_.lower() in wanted
        and any(s.dep_ == "nsubj" and s.lower_ in pronouns for s in c.children)
    ]


def aims(verb: Token) -> bool:
    """Whether a relative clause's verb says what the incident hit ("that targeted X"), not only where it was."""
    return verb.lemma_.lower() in guarded_cues().relative_aim_verbs

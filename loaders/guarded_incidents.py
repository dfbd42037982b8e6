"""Incident nouns that need an anchor: "the murder of Colonel X", "a military operation in Swat" each name one
incident; "a military operation" or "the crackdown" alone name none. What a relative clause says an incident hit or
where it happened ("a bombing that targeted X"). A place taken ("the capture of Goma") is no incident: see
:mod:`loaders.territory`; nor a person taken into custody ("the capture of X", "the detention of X"):
:func:`loaders.incident_words.into_custody`.

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


@dataclass(frozen=True)
class GuardedCues:
    """The cue words of the ``guarded_incidents`` block."""

    nouns: frozenset[str]  # incidents only with a named place, target or author
    patient_of: frozenset[str]  # those whose "of" names what was hit: "the recapture of Blahodatne"
    relative_aim_verbs: frozenset[str]  # "a bombing that targeted X"
    weapon_nouns: frozenset[str]  # "a truck bomb ... killed two soldiers": an incident as the subject of a harm
    weapon_verbs: frozenset[str]


@cache
def guarded_cues() -> GuardedCues:
    """The ``guarded_incidents`` block of ``seeds/relations.yaml``, loaded once per process (its ``nouns`` with the
    ``patient_of`` ones)."""
    block = load_seed_yaml("relations.yaml").get("guarded_incidents")
    try:
        return GuardedCues(
            frozenset(block["nouns"]) | frozenset(block["patient_of"]),
            frozenset(block["patient_of"]),
            frozenset(block["relative_aim_verbs"]),
            frozenset(block["weapon_nouns"]),
            frozenset(block["weapon_verbs"]),
        )
    except (KeyError, TypeError) as exc:
        raise ActorGraphError(f"relations.yaml: the guarded_incidents block lacks {exc}") from None


def _words(token: Token) -> set[str]:
    return {token.lower_, token.lemma_.lower()}


def is_guarded(token: Token) -> bool:
    """Whether the word names an incident only with an anchor ("operation", "capture", "detention")."""
    return bool(_words(token) & guarded_cues().nouns)


def harmed_by_weapon(token: Token) -> bool:
    """Whether the word is a weapon that did harm, and so names an incident: "a truck bomb at the base killed two
    soldiers", "a bomb exploded in the market" (not "police found a bomb").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("A bomb exploded in the market. Police found a bomb in the car.")
    >>> harmed_by_weapon(doc[1]), harmed_by_weapon(doc[9])
    (True, False)
    """
    wanted = guarded_cues()
    verb = token.head
    return (
        token.dep_ == "nsubj"
        and verb.pos_ == "VERB"
        and bool(_words(token) & wanted.weapon_nouns)
        and (verb.lemma_.lower() in wanted.weapon_verbs)
    )


def hit_by_of(token: Token) -> bool:
    """Whether the word's "of" names what was hit: "the capture of X", not "the operation of the army"."""
    return bool(_words(token) & guarded_cues().patient_of)


def anchored(places: list[Mention], targets: list[Mention], authors: list[Mention], doc: Doc) -> bool:
    """Whether a guarded incident has its anchor: a place, an author, or a target that heads its phrase ("the
    murder of Colonel X"; not "the deportation of Ukrainian children", whose Ukraine only qualifies them)."""
    return bool(places or authors or any(doc[m.end - 1].dep_ == "pobj" for m in targets))


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

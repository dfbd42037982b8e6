"""Incident nouns that need an anchor: "the capture of Lalibela", "the detention of Colonel X", "a military
operation in Swat" each name one incident; "a military operation" or "the crackdown" alone name none.

The nouns are the ``guarded_incidents`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from graph.errors import ActorGraphError
from graph.seeds import load_seed_yaml
from loaders.mentions import Mention


@dataclass(frozen=True)
class GuardedCues:
    """The cue words of the ``guarded_incidents`` block."""

    nouns: frozenset[str]  # incidents only with a named place, target or author
    patient_of: frozenset[str]  # those whose "of" names what was hit: "the recapture of Blahodatne"


@cache
def guarded_cues() -> GuardedCues:
    """The ``guarded_incidents`` block of ``seeds/relations.yaml``, loaded once per process."""
    block = load_seed_yaml("relations.yaml").get("guarded_incidents")
    try:
        return GuardedCues(frozenset(block["nouns"]), frozenset(block["patient_of"]))
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

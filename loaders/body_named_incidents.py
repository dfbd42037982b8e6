"""Incidents named by the body a reader knows them by: "the Hamas attack", "the M23 offensive", "the Wagner mutiny",
"ELN offensive". An organisation's name set right before a singular incident noun names the incident ("Hamas
attack") and says whose it is (BLAMED_FOR), unless the noun tells what was done to the body ("the KNF crackdown", "the
AMIA bombing": what it targeted). A headline's noun is left to the incident the story tells next.

The cue words are the ``body_named_incidents`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from loaders.cues import Cues, word_sets
from loaders.headline_incidents import is_headline
from loaders.incident_words import incident_words
from loaders.mentions import Mention
from loaders.syntax import MentionIndex

_BODY_LABELS = {"Organization"}


@dataclass(frozen=True)
class BodyNamedCues:
    """The ``body_named_incidents`` block of ``seeds/relations.yaml``."""

    aimed_nouns: frozenset[str]  # "the KNF crackdown": the body named before the noun is what the incident hit
    member_nouns: frozenset[str]  # "Hamas fighters": the people of a body, whose name is no place's


@cache
def body_named_cues() -> BodyNamedCues:
    """The ``body_named_incidents`` block, loaded once per process.

    >>> "crackdown" in body_named_cues().aimed_nouns
    True
    """
    return word_sets(BodyNamedCues, "body_named_incidents")  # a missing key is a one-line SeedKeyError


def named_bodies(cue: Token, index: MentionIndex) -> list[Mention]:
    """The organisations named right before a singular incident noun, the words between them and the noun all names
    too ("the Hamas attack", "the M23 rebel offensive" is not: "rebel" is no name); none for a plural ("Hamas
    attacks": a trend), a headline's noun or a noun with no name before it."""
    if cue.tag_ != "NN" or is_headline(cue):  # a headline's noun names the incident the story tells next
        return []
    found: list[Mention] = []
    at = cue.i - 1
    while at >= 0 and cue.doc[at].dep_ in {"compound", "nmod"} and cue.doc[at].head.i in {cue.i, at + 1}:
        mention = index.at(cue.doc[at])
        if mention is None:
            return []
        if mention.label in _BODY_LABELS and mention not in found:
            found.insert(0, mention)
        at = mention.start - 1
    return found


def aimed_at_body(cue: Token, cues: Cues) -> bool:
    """Whether an incident noun tells what was done to the body named before it: "the KNF crackdown", and the
    nouns whose "of" names who was hit ("the AMIA bombing", the ``patient_of_nouns``) or that hit a body ("the Sony
    hack", ``incident_words.body_hit_nouns``)."""
    aimed = body_named_cues().aimed_nouns | cues.patient_of_nouns | incident_words().body_hit_nouns
    return cue.lemma_.lower() in aimed or cue.lower_ in aimed


def acts_as_body(token: Token) -> bool:
    """Whether a one-word name is used as a body's where it stands: the subject of a verb ("Hamas said"), an owner
    ("Hamas's leaders") or the body of its people ("Hamas fighters").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Hamas said its fighters left. Hamas fighters left. They left Chibok.")
    >>> [acts_as_body(doc[i]) for i in (0, 6, 12)]
    [True, True, False]
    """
    if token.dep_ in {"nsubj", "nsubjpass", "poss"}:
        return True
    return token.dep_ == "compound" and token.head.lemma_.lower() in body_named_cues().member_nouns

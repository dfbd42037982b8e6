"""Meetings said without "met": "X spoke by phone with Y", "X and Y signed a ceasefire agreement", "the accord was
signed by X and Y": MET_WITH between the people who talked or signed together.

The constructions of MET_WITH that the verb and noun cues of :mod:`loaders.extract` ("met", "talks with") do not read.
The cue words are the ``meeting_phrases`` block of ``seeds/relations.yaml``; each rule runs only at its cue words
(:func:`meeting_phrase_words`).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.cues import word_sets
from loaders.mentions import Mention
from loaders.syntax import actors_of, agents_of, conjuncts, is_passive, prep_objects, subjects_of
from loaders.unreal_acts import is_unreal

if TYPE_CHECKING:
    from loaders.extract import DocReader

OBJECTS = {"dobj", "nsubjpass"}  # what is signed: "signed an accord", "the accord was signed"


@dataclass(frozen=True)
class MeetingPhraseCues:
    """The ``meeting_phrases`` block of ``seeds/relations.yaml``."""

    talking_verbs: frozenset[str]
    talking_preps: frozenset[str]
    phone_words: frozenset[str]
    signing_verbs: frozenset[str]
    signed_nouns: frozenset[str]
    cosigner_preps: frozenset[str]
    delegation_nouns: frozenset[str]
    delegation_leading_verbs: frozenset[str]
    delegation_body_preps: frozenset[str]
    visiting_verbs: frozenset[str]


@cache
def load_meeting_phrase_cues() -> MeetingPhraseCues:
    """The project's cues of meetings said without "met", loaded once per process."""
    return word_sets(MeetingPhraseCues, "meeting_phrases")


def meeting_phrase_words() -> frozenset[str]:
    """The words (lemmas) at which :func:`read_meeting_phrase` can find anything."""
    cues = load_meeting_phrase_cues()
    return cues.talking_verbs | cues.signing_verbs | cues.delegation_nouns | cues.visiting_verbs


def read_meeting_phrase(reader: DocReader, token: Token) -> None:
    """Apply at one token every meeting-phrase rule its word can set off."""
    cues = load_meeting_phrase_cues()
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma in cues.delegation_nouns:
        delegation_met(reader, token, cues)
    if token.pos_ != "VERB":
        return
    if lemma in cues.talking_verbs:
        talked_with(reader, token, cues)
    if lemma in cues.signing_verbs:
        signed_together(reader, token, cues)
    if lemma in cues.visiting_verbs:
        visited_person(reader, token)


def _named(reader: DocReader, tokens: list[Token]) -> list[Mention]:
    """The actors the phrases and their conjuncts name ("X and Y"), each once."""
    found = [m for t in tokens for c in conjuncts(t) for m in actors_of(c, reader.index, with_preps=False)]
    return list({m.key: m for m in found}.values())


def _people(reader: DocReader, tokens: list[Token]) -> list[Mention]:
    """The people the phrases name."""
    return [m for m in _named(reader, tokens) if m.label == "Person"]


def _by_phone(verb: Token, cues: MeetingPhraseCues) -> bool:
    """Whether the verb's own phrases say the talk was a call: "spoke by phone", "talked on the telephone"."""
    phrases = [c for c in verb.children if c.dep_ in {"prep", "agent"}]  # the parser's "agent" of "spoke by phone"
    return any(w.lemma_.lower() in cues.phone_words for c in phrases for w in c.subtree)


def _each_with_each(reader: DocReader, sides: list[Mention], cue: Token, method: str) -> None:
    """Every two sides met (MET_WITH is stored once a pair)."""
    for a, b in itertools.combinations(sides, 2):
        if a.key != b.key:
            reader.emit(a, "MET_WITH", b, cue, method, 0.6)


def talked_with(reader: DocReader, verb: Token, cues: MeetingPhraseCues) -> None:
    """ "Putin spoke with Erdogan", "X spoke to Y by phone", "X and Y talked by telephone": whoever talks with a
    named person met them (a person on both ends: "spoke to Reuters" is an interview, not a meeting)."""
    talkers = _people(reader, subjects_of(verb))
    partners = _people(reader, prep_objects(verb, cues.talking_preps))
    method = f"talked-with:{verb.lemma_.lower()}"
    if partners:
        reader.emit_all(talkers, "MET_WITH", partners, verb, method, 0.6)
    elif _by_phone(verb, cues):  # "Putin and Erdogan spoke by phone"
        _each_with_each(reader, talkers, verb, method)


def signed_together(reader: DocReader, verb: Token, cues: MeetingPhraseCues) -> None:
    """ "X and Y signed a ceasefire agreement", "the accord was signed by X and Y", "X signed the deal with Y": the
    people who sign one agreement together met (a state or a group signs only through its people)."""
    texts = _signed_texts(verb, cues)
    if not texts:
        return
    signers = agents_of(verb) if is_passive(verb) else subjects_of(verb)
    partners = [p for t in [verb, *texts] for p in prep_objects(t, cues.cosigner_preps)]  # "signed the deal with Y"
    sides = _named(reader, signers + partners)
    if any(m.label == "Person" for m in sides):
        _each_with_each(reader, sides, verb, f"signed-together:{verb.lemma_.lower()}")


def visited_person(reader: DocReader, verb: Token) -> None:
    """ "Salman had visited Abdallah in prison", "X visited Y in hospital": whoever visits a named person met them (a
    person visited, not a place, a body or a person's kin: "visited Kabul", "visited X's family"; not a visit only
    planned)."""
    if is_unreal(verb) or reader._threat(verb) is not None:  # "will visit X next week", "plans to visit X"
        return
    objects = [t for c in verb.children if c.dep_ == "dobj" for t in conjuncts(c)]
    visited = [m for m in _people(reader, objects) if any(m.start <= t.i < m.end for t in objects)]  # not "X's family"
    reader.emit_all(
        _people(reader, subjects_of(verb)), "MET_WITH", visited, verb, f"visited:{verb.lemma_.lower()}", 0.6
    )


def _signed_texts(verb: Token, cues: MeetingPhraseCues) -> list[Token]:
    """The agreements a verb of signing signs ("signed an accord", "the accord was signed"), else none."""
    if verb.lemma_.lower() not in cues.signing_verbs:
        return []
    signed = [c for c in verb.children if c.dep_ in OBJECTS]
    return [t for s in signed for t in conjuncts(s) if t.lemma_.lower() in cues.signed_nouns]


def _met_by_subject(reader: DocReader, verb: Token, cues: MeetingPhraseCues) -> list[Token]:
    """Whom the subject of a verb meets: the object of "met", the "with" of "held talks with" or of "signed an accord
    with", else none."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(c.type == "MET_WITH" for c in reader.cues.verbs.get(verb.lemma_.lower(), ())):
        return objects + prep_objects(verb, {"with"})
    if verb.lemma_.lower() in cues.talking_verbs:
        return prep_objects(verb, cues.talking_preps)
    talks = [o for o in objects if any(c.type == "MET_WITH" for c in reader.cues.nouns.get(o.lemma_.lower(), ()))]
    texts = _signed_texts(verb, cues)
    held = talks + texts
    return [p for t in held + ([verb] if held else []) for p in prep_objects(t, {"with"})]  # "with" on either


def delegation_met(reader: DocReader, noun: Token, cues: MeetingPhraseCues) -> None:
    """ "An ECOWAS delegation led by X met Y", "a delegation from the DEM Party held talks with Y", "a government
    delegation headed by X signed an accord with Y": the delegation's leader and the body that sent it met Y."""
    if noun.dep_ != "nsubj":
        return
    partners = _named(reader, _met_by_subject(reader, noun.head, cues))
    if not partners:
        return
    leading = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in cues.delegation_leading_verbs]
    leaders = [t for v in leading for a in agents_of(v) for t in (a, *(c for c in a.children if c.dep_ == "appos"))]
    bodies = _named(reader, [noun, *prep_objects(noun, cues.delegation_body_preps)])
    delegates = _people(reader, leaders) + [m for m in bodies if m.label != "Location"]
    reader.emit_all(delegates, "MET_WITH", partners, noun.head, f"delegation-met:{noun.head.lemma_.lower()}", 0.6)

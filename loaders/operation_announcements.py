"""Operations told by whoever runs them: "the SDF announced the start of Operation Deterrence", "the army announced
what it called Operation Sahel Shield", "Hamas launched what its commander called Operation X". A side announces or
launches its own operation, however a free relative names it ("what it called X"), so the operation is laid on the
announcer (not on whoever only names it), asserted unless the verb is hedged or denied.

The cue words are the ``operation_announcements`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.cues import word_sets
from loaders.named_operations import is_operation, names_operation
from loaders.syntax import actors_of, certainty_of, conjuncts, prep_objects, subjects_of

if TYPE_CHECKING:
    from loaders.events import Event
    from loaders.extract import DocReader


@dataclass(frozen=True)
class AnnouncementCues:
    """The ``operation_announcements`` block of ``seeds/relations.yaml``."""

    announcing_verbs: frozenset[str]  # "announced Operation X" (lemmas)
    phase_nouns: frozenset[str]  # "announced the start of Operation X" (lemmas)
    naming_verbs: frozenset[str]  # "what it called Operation X" (lemmas)
    operation_nouns: frozenset[str]  # "announced a new offensive" (lemmas), besides a named operation


@cache
def announcement_cues() -> AnnouncementCues:
    """The ``operation_announcements`` block, loaded once per process."""
    return word_sets(AnnouncementCues, "operation_announcements")


def freely_named(clause: Token) -> list[Token]:
    """The name a free relative of naming gives: "Operation X" of "what it called Operation X" (none for any other
    clause, nor for "called the operation a crime").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The army announced what it called Operation Sahel Shield on Monday.")
    >>> freely_named(doc[5])
    [Shield]
    """
    if clause.lemma_.lower() not in announcement_cues().naming_verbs:
        return []
    if not any(c.dep_ == "dobj" and c.lower_ == "what" for c in clause.children):
        return []
    return [c for c in clause.children if c.dep_ in {"oprd", "xcomp"}]


def _told_operations(verb: Token) -> list[Token]:
    """The heads of what a verb's object tells: the object itself, what a phase noun is "of" ("the start of Operation
    X"), or the name a free relative gives ("what it called X")."""
    phases = announcement_cues().phase_nouns
    objects = [h for c in verb.children if c.dep_ == "dobj" for h in conjuncts(c)]
    objects += [n for c in verb.children if c.dep_ == "ccomp" for n in freely_named(c)]
    told: list[Token] = []
    for obj in objects:
        if obj.lemma_.lower() in phases:
            told += prep_objects(obj, {"of"})
            told += [n for p in obj.children if p.lower_ == "of" for c in p.children for n in freely_named(c)]
        else:
            told.append(obj)
    return told


def _event_named(reader: DocReader, head: Token) -> Event | None:
    """The incident a head names, or that a word of its name before it opens: "Operation Steel Dawn", which the
    parse may hang on "Steel" rather than "Dawn"."""
    words = [head, *(t for t in head.subtree if t.i < head.i and t.dep_ == "compound")]
    return next((e for t in words if (e := reader.events.event_at(t)) is not None), None)


def _is_operation(head: Token, event: Event) -> bool:
    """Whether an incident told at a head is an operation: named one ("Operation Steel Dawn", however the parse hangs
    its words) or called one ("a new offensive"), not an arrest or a ceasefire announced."""
    called = head.lemma_.lower() in announcement_cues().operation_nouns
    return names_operation(event.name) or is_operation(head) or called


def announced_operation(reader: DocReader, verb: Token) -> None:
    """ "The SDF announced the start of Operation Deterrence", "Deby announced what his office called Operation
    Haskanite", "Hamas launched what its commander called Operation X": the operation is laid on the announcer or the
    launcher (not on the commander who only named it, nor on a place)."""
    cues = announcement_cues()
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in cues.announcing_verbs | reader.cues.perpetration_verbs:
        return
    heads = _told_operations(verb)
    if lemma not in cues.announcing_verbs:  # "launched what it called X": the launcher is read by the blame rule
        heads = [h for c in verb.children if c.dep_ == "ccomp" for h in freely_named(c) if h in heads]
    events = [e for h in heads if (e := _event_named(reader, h)) is not None and _is_operation(h, e)]
    events = list({id(e): e for e in events}.values())
    if not events:
        return
    doers = [m for s in subjects_of(verb) for m in actors_of(s, reader.index, with_preps=False)]
    doers = [m for m in doers if m.label != "Location"]
    certainty = certainty_of(verb, reader.cues, reader.words, "asserted")
    reader.emit_all(doers, "BLAMED_FOR", events, verb, f"announced-operation:{lemma}", 0.7, certainty)

"""Who acts for a body: "X acted for or on behalf of Hizballah", "X is designated for having acted or purported to
act for or on behalf of, directly or indirectly, the group". A person who acts for an organisation is one of its
members; an organisation that does is tied to it (AFFILIATED_WITH). A state's own bodies (a ministry, an army, an
international body) take no members this way, and neither does a person ("on behalf of his brother").

The cue words are the ``acting_for`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.cues import word_sets
from loaders.syntax import actors_of, interposed_object, is_passive, passive_subjects, prep_objects, subjects_of
from loaders.unreal_acts import is_refused, is_unreal

if TYPE_CHECKING:
    from loaders.extract import DocReader


@dataclass(frozen=True)
class ActingCues:
    """The cue words of the ``acting_for`` block."""

    verbs: frozenset[str]  # "act" (lemmas)
    preps: frozenset[str]  # "for" of "acted for X"
    cause_nouns: frozenset[str]  # "behalf" of "on behalf of X"
    cause_preps: frozenset[str]  # "on" of "on behalf of X"
    unserved_kinds: frozenset[str]  # kinds of organisation no one joins by acting for them


@cache
def acting_cues() -> ActingCues:
    """The ``acting_for`` block of ``seeds/relations.yaml``, loaded once per process."""
    return word_sets(ActingCues, "acting_for")  # a missing key is a one-line SeedKeyError


def acted_for(reader: DocReader, verb: Token) -> None:
    """Emit the links of one verb of acting for a body (see the module's docstring)."""
    cues = acting_cues()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.verbs or is_unreal(verb) or is_refused(verb):
        return
    served = [m for t in _served(verb, cues) for m in actors_of(t, reader.index, with_preps=False)]
    served = [m for m in served if m.label == "Organization" and m.kind not in cues.unserved_kinds]
    if not served:
        return
    holders = [m for t in _holders(verb) for m in actors_of(t, reader.index, with_preps=False)]
    holders = [m for m in holders if m not in served]
    people = [m for m in holders if m.label == "Person"]
    bodies = [m for m in holders if m.label == "Organization"]
    reader.emit_all(people, "MEMBER_OF", served, verb, "acted-for", 0.7)
    reader.emit_all(bodies, "AFFILIATED_WITH", served, verb, "acted-for", 0.7)


def _served(verb: Token, cues: ActingCues) -> list[Token]:
    """The bodies a verb of acting is for: the object of "for", or of the "of" after "on behalf" ("for or on behalf
    of X": the second preposition coordinated with the first), with an adverb phrase set off between them."""
    found = []
    for noun in prep_objects(verb, cues.preps | cues.cause_preps):
        if noun.lemma_.lower() in cues.cause_nouns and noun.head.lower_ in cues.cause_preps:
            ofs = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
            found += [o for p in ofs for o in [c for c in p.children if c.dep_ == "pobj"] or interposed_object(p)]
        elif noun.head.lower_ in cues.preps:
            found.append(noun)
    return found


def _holders(verb: Token) -> list[Token]:
    """Who acts: the verb's subject, or, for a verb that gives the grounds of a designation ("X is designated for
    having acted for Y", "designated X for having acted or purported to act for Y"), the one designated."""
    top = verb
    while top.dep_ in {"xcomp", "conj"} and top.head.i != top.i:
        top = top.head
    if top.dep_ == "pcomp" and top.head.lower_ == "for":
        head = top.head.head
        return passive_subjects(head) if is_passive(head) else [c for c in head.children if c.dep_ == "dobj"]
    return subjects_of(verb)

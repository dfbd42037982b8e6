"""People a body names as its own: "The Guards named the five other officers as A, B and C", "the Kivu Front
identified its dead fighters as A and B". The subject, an organisation, names people of one of its member nouns
(after "as"): each is its member. A force names only its soldiers and officers that way ("the army named the
militants as A and B" names its enemies), the noun qualified by another body is that body's ("named the Hamas
fighters as"), and people a relative clause says something was done to are no members ("the soldiers it captured").

The cue words are the ``members_named`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.cues import word_sets
from loaders.mentions import Mention, guess_kind
from loaders.syntax import actors_of, conjuncts, is_passive, prep_objects
from loaders.unreal_acts import is_unreal

if TYPE_CHECKING:
    from loaders.extract import DocReader


@dataclass(frozen=True)
class MembersNamedCues:
    """The cue words of the ``members_named`` block."""

    verbs: frozenset[str]  # "name", "identify" (lemmas)
    preps: frozenset[str]  # "as"
    member_nouns: frozenset[str]  # "fighter", "member", "officer" (lemmas)
    force_kinds: frozenset[str]  # kinds of body that name only their `force_nouns` so
    force_nouns: frozenset[str]  # "officer", "soldier"


@cache
def members_named_cues() -> MembersNamedCues:
    """The ``members_named`` block of ``seeds/relations.yaml``, loaded once per process."""
    return word_sets(MembersNamedCues, "members_named")  # a missing key is a one-line SeedKeyError


def members_named(reader: DocReader, verb: Token) -> None:
    """Emit the memberships of one verb of naming (see the module's docstring)."""
    cues = members_named_cues()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.verbs or is_passive(verb) or is_unreal(verb):
        return
    if any(c.dep_ == "neg" for c in verb.children):
        return
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    bodies = [m for t in subjects for m in actors_of(t, reader.index, with_preps=False) if _names_itself(t, m)]
    bodies = [m for m in bodies if m.label == "Organization"]
    if len(bodies) != 1:
        return
    body = bodies[0]
    force = (body.kind or guess_kind(body.name)) in cues.force_kinds
    if force and not any(t.pos_ == "PROPN" or body.start <= t.i < body.end for t in subjects):
        return  # "the military identified the serviceman as X": which of the page's forces is not said
    nouns = [c for c in verb.children if c.dep_ == "dobj" and _own_people(reader, c, body, force, cues)]
    if not nouns:
        return
    heads = [verb, *(c for n in nouns for c in n.children if c.dep_ == "acl")]  # "named the officers killed as X"
    named = [h for t in heads for p in prep_objects(t, cues.preps) for h in conjuncts(p)]
    people = [m for t in named if (m := reader.index.at(t)) is not None and m.label == "Person"]
    reader.emit_all(people, "MEMBER_OF", [body], verb, f"members-named:{verb.lemma_.lower()}", 0.7)


def _names_itself(subject: Token, mention: Mention) -> bool:
    """Whether an actor of a subject is the subject's own name or what it refers to, not a name qualifying a common
    noun ("Kivu" of "the Kivu army")."""
    covers = mention.start <= subject.i < mention.end
    return covers or not subject.left_edge.i <= mention.start < subject.i


def _own_people(reader: DocReader, noun: Token, body: Mention, force: bool, cues: MembersNamedCues) -> bool:
    """Whether a noun stands for the body's own people: one of its member nouns (a force's only its soldiers and
    officers), qualified by no other actor, with no relative clause saying what was done to them."""
    lemma = noun.lemma_.lower()
    allowed = cues.force_nouns if force else cues.member_nouns
    if lemma not in allowed or reader.index.at(noun) is not None:
        return False
    if any(c.dep_ == "relcl" for c in noun.children):
        return False
    owners = [
        m
        for c in noun.children
        if c.dep_ in {"poss", "compound", "amod", "nmod"}
        for m in actors_of(c, reader.index, False)
    ]
    return all(m.key == body.key for m in owners)

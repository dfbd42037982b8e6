"""A place made, used or become an organisation's base: BASED_IN.

- "X made Gwoza the headquarters of its self-declared caliphate", "X made Masisi its main base", "Masisi, which X made
  its headquarters": the object a verb of making sets beside a base noun;
- "X has used Masisi as a base", "the army accused X of using Masisi as a base", "Masisi was used as a base by X",
  "X chose Masisi as its headquarters", "X turned Masisi into its stronghold": the object set "as" or "into" one;
- "Masisi became X's principal rear base", "Masisi remains the stronghold of X", "Masisi served as X's headquarters":
  the subject of a verb of becoming or serving.

The organisation is the base's owner (its possessive, its name before it, its "of", the agent of its verb), else the
subject of the verb of making (a description's name: "the group that made Gwoza its headquarters"); not a state's body,
whose "base" is a post of its army (loaders/organisation_places.py reads "is": "Jenin is Islamic Jihad's bastion").
The words are the ``chosen_bases`` block of ``seeds/relations.yaml`` with ``organisation_places``' base nouns.

>>> words = chosen_base_words()
>>> "become" in words.becoming_verbs, "use" in words.making_verbs, "into" in words.making_preps
(True, True, True)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.cues import word_sets
from loaders.mentions import STATE_KINDS, Mention
from loaders.organisation_places import base_owners, named_or_described, place_words
from loaders.syntax import actors_of, agents_of, conjuncts, prep_objects, subjects_of

if TYPE_CHECKING:
    from loaders.extract import DocReader

PLACES = frozenset({"Location", "Country"})
RELATIVE_PRONOUNS = frozenset({"which", "that"})


@dataclass(frozen=True)
class ChosenBaseWords:
    """The cue words of a place made an organisation's base."""

    becoming_verbs: frozenset[str]
    serving_verbs: frozenset[str]
    making_verbs: frozenset[str]
    making_preps: frozenset[str]


@cache
def chosen_base_words() -> ChosenBaseWords:
    """The seed's ``chosen_bases`` block."""
    return word_sets(ChosenBaseWords, "chosen_bases")


def chosen_base(reader: DocReader, base: Token) -> None:
    """The organisation whose base a base noun is, based in the place a verb makes that base."""
    if reader.index.at(base) is not None:
        return
    words = chosen_base_words()
    said = _said_of(base, words)
    if said is None:
        return
    verb, held = said
    places = [m for t in held for c in conjuncts(t) if (m := reader.index.at(c)) is not None and m.label in PLACES]
    if not places:
        return
    orgs = [m for m in _owners(reader, base, verb, words) if m.label == "Organization" and m.kind not in STATE_KINDS]
    reader.emit_all(orgs, "BASED_IN", places, verb, "chosen-base", 0.7)


def _said_of(base: Token, words: ChosenBaseWords) -> tuple[Token, list[Token]] | None:
    """The verb that makes a base noun a place's, and the words that name the place: the subject of a verb of
    becoming or serving, the object of a verb of making (or the subject of its small clause: "made Gwoza its
    headquarters")."""
    head = base.head
    if base.dep_ in {"attr", "oprd"} and head.lemma_ in words.becoming_verbs:
        return head, _subjects(head)
    if base.dep_ == "pobj" and head.lower_ in words.making_preps:
        verb = head.head
        if head.lower_ == "as" and verb.lemma_ in words.serving_verbs:
            return verb, _subjects(verb)
        return (verb, _objects(verb, base)) if verb.lemma_ in words.making_verbs else None
    if base.dep_ in {"ccomp", "oprd", "xcomp", "dobj"} and head.lemma_ in words.making_verbs:
        clause = [c for c in base.children if c.dep_ == "nsubj"]  # "made Gwoza the headquarters": a small clause
        return head, clause or _objects(head, base)
    return None


def _subjects(verb: Token) -> list[Token]:
    """A verb's subjects, the noun a relative clause hangs on for its relative pronoun ("Masisi, which became ...")."""
    found = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return [_relative_head(verb, t) for t in found]


def _objects(verb: Token, base: Token) -> list[Token]:
    """A verb's objects but the base noun, its passive subject ("Masisi was used as a base"), the noun a relative
    clause hangs on for its relative pronoun ("Masisi, which X made its headquarters")."""
    found = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c != base]
    return [_relative_head(verb, t) for t in found]


def _relative_head(verb: Token, word: Token) -> Token:
    """The noun a relative pronoun stands for, else the word itself."""
    return verb.head if word.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else word


def _owners(reader: DocReader, base: Token, verb: Token, words: ChosenBaseWords) -> list[Mention]:
    """The organisations whose base it is: the base's owner ("X's base", "the stronghold of X"), the agent of its
    verb ("used as a base by X"), else the subject of a verb of making ("X has used Masisi as a base", "accused X of
    using Masisi as a base"), else the organisation its possessive pronoun refers back to ("Masisi became its base")."""
    found = base_owners(reader, base, place_words())
    if not found:
        agents = agents_of(verb, shared=False) + prep_objects(base, {"by"})
        found = [m for t in agents for m in actors_of(t, reader.index, with_preps=False)]
    if not found and verb.lemma_ in words.making_verbs:
        subjects = subjects_of(verb)
        if not subjects and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":  # "accused X of using": X
            subjects = [c for c in verb.head.head.children if c.dep_ == "dobj"]
        found = [m for t in subjects for m in named_or_described(reader, t)]
    if not found:
        owner = next((c for c in base.children if c.dep_ == "poss" and c.lower_ in reader.cues.owner_pronouns), None)
        referred = reader.index.antecedent(owner) if owner is not None else None
        found = [referred] if referred is not None else []
    return found

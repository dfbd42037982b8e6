"""Wars named in one phrase: "the Israel-Hamas war", "X declared war on Y", "X is engaged in a war with Y",
"X seized the town from Y", "X drove Y out of the city": OPPOSES between the sides the phrase names.

The constructions of OPPOSES that :mod:`loaders.hostility` does not read. The cue words are the ``war_phrases``
block of ``seeds/relations.yaml``; each rule runs only at its cue words (:func:`war_phrase_words`).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.errors import OntologyError
from graph.seeds import load_seed_yaml
from loaders.doc_tree import has_child
from loaders.gerund_subjects import gerund_subjects
from loaders.hostility import PAIRING_HYPHENS, SIDES
from loaders.mentions import Mention
from loaders.syntax import (
    actors_of,
    agents_of,
    is_backer,
    is_passive,
    not_among_unnamed_sides,
    prep_objects,
    subjects_of,
)

if TYPE_CHECKING:
    from loaders.extract import DocReader

DECLARING_SIDES = SIDES | {"Person"}  # a person declares war or has it declared on him: "President X declared war on Y"


@dataclass(frozen=True)
class WarPhraseCues:
    """The ``war_phrases`` block of ``seeds/relations.yaml``."""

    war_nouns: frozenset[str]
    declaring_verbs: frozenset[str]
    declared_nouns: frozenset[str]
    declared_preps: frozenset[str]
    embroiled_words: frozenset[str]
    embroiled_preps: frozenset[str]
    coalition_nouns: frozenset[str]
    taking_verbs: frozenset[str]
    expelling_verbs: frozenset[str]
    expelled_words: frozenset[str]


@cache
def load_war_phrase_cues() -> WarPhraseCues:
    """The project's cues of wars named in one phrase, loaded once per process."""
    block = load_seed_yaml("relations.yaml")["war_phrases"]  # a missing key is a one-line SeedKeyError
    if not isinstance(block, dict):
        raise OntologyError("relations.yaml: no 'war_phrases' block")
    return WarPhraseCues(**{name: frozenset(block[name]) for name in WarPhraseCues.__dataclass_fields__})


def war_phrase_words() -> frozenset[str]:
    """The words (lemmas or forms) at which :func:`read_war_phrase` can find anything."""
    cues = load_war_phrase_cues()
    return cues.war_nouns | cues.declared_nouns | cues.coalition_nouns | cues.taking_verbs | cues.expelling_verbs


def read_war_phrase(reader: DocReader, token: Token) -> None:
    """Apply at one token every war-phrase rule its word can set off."""
    cues = load_war_phrase_cues()
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma in cues.war_nouns:
        paired_sides(reader, token)
        embroiled_in(reader, token, cues)
    if token.pos_ == "NOUN" and lemma in cues.declared_nouns:
        declared_war(reader, token, cues)
    if token.pos_ == "NOUN" and lemma in cues.coalition_nouns:
        coalition_against(reader, token)
    if token.pos_ == "VERB" and lemma in cues.taking_verbs:
        taken_from(reader, token)
    if token.pos_ == "VERB" and lemma in cues.expelling_verbs:
        driven_out(reader, token, cues)


def _sides(
    reader: DocReader, tokens: list[Token], with_preps: bool = False, labels: Collection[str] = SIDES
) -> list[Mention]:
    """The actors of ``labels`` (states and organisations) the phrases name, without the backer of "Iran-backed
    militias"."""
    funders = reader.hostility.funders
    found = [m for t in tokens for m in actors_of(t, reader.index, with_preps=with_preps)]
    return [m for m in found if m.label in labels and not is_backer(m, reader.doc, funders)]


def paired_sides(reader: DocReader, noun: Token) -> None:
    """ "The Israel-Hamas war", "the Russia-Ukraine conflict": the two names joined by a hyphen before the noun
    fight each other."""
    doc, index = reader.doc, reader.index
    if noun.i < 3:
        return
    second = index.at(doc[noun.i - 1])
    if second is None or second.start < 2 or doc[second.start - 1].text not in PAIRING_HYPHENS:
        return
    first = index.at(doc[second.start - 2])
    if first is None or first.label not in SIDES or second.label not in SIDES or first.key == second.key:
        return
    method = f"paired:{noun.lemma_.lower()}"
    reader.emit(first, "OPPOSES", second, noun, method, 0.6)
    reader.emit(second, "OPPOSES", first, noun, method, 0.6)


def embroiled_in(reader: DocReader, noun: Token, cues: WarPhraseCues) -> None:
    """ "Pakistan is engaged in a war with the TTP", "X, locked in a conflict with Y": both ways."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.head.head.lower_ not in cues.embroiled_words:
        return
    word = noun.head.head
    clause = word.head if word.dep_ in {"acomp", "xcomp"} else word  # "remains engaged in"
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}] or subjects_of(clause)
    holders = _sides(reader, [word.head] if word.dep_ in {"acl", "amod"} else subjects)
    foes = _sides(reader, prep_objects(noun, cues.embroiled_preps), with_preps=True)
    method = f"embroiled:{noun.lemma_.lower()}"
    reader.emit_all(holders, "OPPOSES", foes, noun, method, 0.6)
    reader.emit_all(foes, "OPPOSES", holders, noun, method, 0.6)


def declared_war(reader: DocReader, noun: Token, cues: WarPhraseCues) -> None:
    """ "Iran declared war on Israel", "al-Qaeda waged jihad on the West", "al-Shabaab's war on Somalia": the
    subject or the owner opposes the object."""
    verb = noun.head
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if not owners and (noun.dep_ != "dobj" or verb.lemma_.lower() not in cues.declaring_verbs):
        return
    preps = prep_objects(noun, cues.declared_preps) + ([] if owners else prep_objects(verb, cues.declared_preps))
    foes = _sides(reader, preps, True, DECLARING_SIDES)  # "declaring war on the army and on President X"
    said_by = owners or subjects_of(verb) or gerund_subjects(verb)  # "accused X of waging war on Y"
    holders = _sides(reader, said_by, labels=DECLARING_SIDES)
    reader.emit_all(holders, "OPPOSES", foes, noun, f"declared:{noun.lemma_.lower()}", 0.6)


def coalition_against(reader: DocReader, noun: Token) -> None:
    """ "The US-led coalition against ISIS", "a coalition of Chad and Niger against Boko Haram": the coalition and
    its members oppose the foe."""
    foes = _sides(reader, prep_objects(noun, {"against"}), True)
    if not foes:
        return
    sides = _sides(reader, [noun]) + _sides(reader, prep_objects(noun, {"of"}))
    reader.emit_all(sides, "OPPOSES", foes, noun, f"coalition-against:{noun.lemma_.lower()}", 0.6)


def taken_from(reader: DocReader, verb: Token) -> None:
    """ "The Houthis seized Sanaa from the government", "the town was recaptured from JNIM by the army": who takes
    a place from a side fights it."""
    losers = _sides(reader, prep_objects(verb, {"from"}))
    if not losers or not has_child(verb, {"dobj", "nsubjpass"}):
        return
    takers = _sides(reader, agents_of(verb) if is_passive(verb) else subjects_of(verb))
    reader.emit_all(takers, "OPPOSES", losers, verb, f"taken-from:{verb.lemma_.lower()}", 0.6)


def driven_out(reader: DocReader, verb: Token, cues: WarPhraseCues) -> None:
    """ "The army drove al-Shabaab out of Mogadishu", "pushed the rebels from the town": who drives a side out
    fights it."""
    if is_passive(verb) or not any(c.lower_ in cues.expelled_words for c in verb.children):
        return
    expelled = _sides(reader, [c for c in verb.children if c.dep_ == "dobj"])
    drivers = _sides(reader, subjects_of(verb))
    expelled = not_among_unnamed_sides(subjects_of(verb), drivers, expelled, reader.index)
    reader.emit_all(drivers, "OPPOSES", expelled, verb, f"driven-out:{verb.lemma_.lower()}", 0.6)


def waged_in(reader: DocReader, noun: Token, victims: list[Mention]) -> list[Mention]:
    """The places among a war's victims that it is only waged in: the Gaza Strip of "Israel's war against Hamas in the
    Gaza Strip", the Horn of Africa of "America's war in the Horn of Africa" (a country is attacked where a war is
    waged in it: "Russia's war in Ukraine"; a place a war is waged on too: "the Israeli war on Gaza")."""
    place_preps = {p for p, role in reader.cues.event_preps.items() if role == "place"}

    def in_scene(place: Mention) -> bool:
        token, scene = reader.doc[place.end - 1], False
        while token.i != noun.i and token.head.i != token.i:
            scene = scene or (token.dep_ == "pobj" and token.head.lower_ in place_preps)
            token = token.head
        return scene and token.i == noun.i

    return [m for m in victims if m.label == "Location" and in_scene(m)]

"""States whose troops serve in an international body: "Troops from Kenya and Uganda serve in AMISOM", "Kenyan
soldiers in the UN mission", "Burundi contributes troops to AMISOM"; and states that send troops to help a side:
"Rwanda deployed troops to help Mozambique", "troops from Burundi were sent to support the Congolese army".

The ontology's states are members of nothing, so a state that sends its troops to a mission or a force of several
states is AFFILIATED_WITH it; one that sends them to fight for a side is ALLIED_WITH that side. The cue words are
the ``troop_contributors`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.cues import word_sets
from loaders.mentions import Mention
from loaders.syntax import actors_of, conjuncts, prep_objects, subjects_of

if TYPE_CHECKING:
    from loaders.extract import DocReader


@dataclass(frozen=True)
class TroopCues:
    """The cue words of the ``troop_contributors`` block."""

    troop_nouns: frozenset[str]  # lemmas: "troops", "soldiers", "contingent"
    origin_preps: frozenset[str]  # "troops from Kenya"
    serving_verbs: frozenset[str]  # "troops ... serve in X"
    service_preps: frozenset[str]
    having_preps: frozenset[str]  # "a force with troops from A"
    having_verbs: frozenset[str]  # "X, which has troops from A", "the force draws soldiers from A"
    composing_verbs: frozenset[str]  # "X, made up of troops from A"
    particle_verbs: frozenset[str]  # "make" of "made up of": a composing verb only with its particle
    composing_particles: frozenset[str]
    composing_preps: frozenset[str]
    contributing_verbs: frozenset[str]  # "Kenya contributes troops to X"
    giving_preps: frozenset[str]
    helping_verbs: frozenset[str]  # "sent troops to help Y": the purpose that makes the sender Y's ally
    helping_nouns: frozenset[str]  # "deployed troops in support of Y": the same purpose as a noun
    helping_noun_preps: frozenset[str]  # the "in" before such a noun
    helped_preps: frozenset[str]  # the "of" after it
    deployment_nouns: frozenset[str]  # "the deployment of X in support of Y": a sending named by a noun
    fighting_verbs: frozenset[str]  # "X fought in support of Y": a deed of war with the same purpose
    body_kinds: frozenset[str]  # the kinds of organisation troops are sent to: missions, multinational forces


@cache
def troop_cues() -> TroopCues:
    """The ``troop_contributors`` block of ``seeds/relations.yaml``, loaded once per process.

    >>> "troop" in troop_cues().troop_nouns
    True
    """
    return word_sets(TroopCues, "troop_contributors")


def _actors(tokens: list[Token], reader: DocReader, labels: set[str]) -> list[Mention]:
    """The actors of some tokens with one of the labels."""
    return [m for t in tokens for m in actors_of(t, reader.index) if m.label in labels]


def _served_bodies(noun: Token, reader: DocReader, cues: TroopCues) -> list[Token]:
    """Where the troops serve: the noun's own "in" phrase ("soldiers in the UN mission"), that of the verb they
    are the subject of ("troops from Kenya serve in AMISOM"), or the body said to have them ("X, a force with troops
    from A", "X, which has troops from A")."""
    where = prep_objects(noun, cues.service_preps)
    verb = noun.head
    if noun.dep_ in {"nsubj", "nsubjpass"} and verb.lemma_.lower() in cues.serving_verbs:
        where += prep_objects(verb, cues.service_preps)
    having = None
    if noun.dep_ == "pobj" and verb.lower_ in cues.having_preps:  # "a force (based in X) with troops from A"
        having = verb.head.head if verb.head.dep_ == "acl" else verb.head
    elif noun.dep_ == "dobj" and verb.lemma_.lower() in cues.having_verbs and verb.dep_ == "relcl":
        having = verb.head  # "X, which has troops from A"
    elif noun.dep_ == "dobj" and verb.lemma_.lower() in cues.having_verbs:
        where += subjects_of(verb)  # "The force draws soldiers from A"
    if having is not None:
        where += [having, having.head] if having.dep_ == "appos" else [having]
    return where


def _composing_verb(noun: Token, cues: TroopCues) -> Token | None:
    """The verb that says troops make up a body: "made up" of "X, a unit made up of A and B troops", "composed" of
    "The mission, composed of troops from A", "consists" of "The force consists of troops from A"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in cues.composing_preps:
        return None
    verb = prep.head.head if prep.head.dep_ == "prt" else prep.head  # "made up of": "of" may hang on "up"
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if lemma not in cues.composing_verbs or (lemma in cues.particle_verbs and not particles & cues.composing_particles):
        return None
    return verb


def _composed_bodies(verb: Token) -> list[Token]:
    """The body a composing verb says the troops make up: the noun its participle describes (a noun set beside a
    name stands for it: "the FIB, a unit made up of ..."), else its subject."""
    return [verb.head] if verb.dep_ in {"acl", "relcl"} else subjects_of(verb)


def read_troop_contributors(reader: DocReader, noun: Token) -> None:
    """A noun of troops with the states they come from and the international body they serve in: each state
    AFFILIATED_WITH the body."""
    cues = troop_cues()
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in cues.troop_nouns or reader.index.at(noun) is not None:
        return
    states = _actors(prep_objects(noun, cues.origin_preps), reader, {"Country"})
    kinds = [
        c for t in noun.lefts if t.dep_ in {"amod", "compound", "nmod"} for c in conjuncts(t)
    ]  # "A, B and C troops"
    states += [m for m in _actors(kinds, reader, {"Country"}) if m not in states]
    where = _served_bodies(noun, reader, cues)
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in cues.having_verbs:  # "draws soldiers from A and B"
        states += _actors(prep_objects(verb, cues.origin_preps), reader, {"Country"})
    if noun.dep_ == "dobj" and verb.lemma_.lower() in cues.contributing_verbs:  # "Kenya contributes troops to X"
        states += _actors(subjects_of(verb), reader, {"Country"})
        where += prep_objects(verb, cues.giving_preps) + subjects_of(verb)  # "KFOR deployed German troops"
    bodies = [m for m in _actors(where, reader, {"Organization"}) if m.kind in cues.body_kinds]
    if (making := _composing_verb(noun, cues)) is not None:  # "X, made up of troops from A": whatever X's kind
        bodies += _actors(_composed_bodies(making), reader, {"Organization"})
        states += _actors(prep_objects(making, cues.origin_preps), reader, {"Country"})  # "from" on "made"
    states, bodies = list({m.key: m for m in states}.values()), list({m.key: m for m in bodies}.values())
    reader.emit_all(states, "AFFILIATED_WITH", bodies, noun, f"troops:{noun.lemma_.lower()}", 0.65)
    if noun.dep_ in {"dobj", "nsubjpass"} and verb.lemma_.lower() in cues.contributing_verbs | cues.serving_verbs:
        helped = [m for m in _helped(verb, noun, reader, cues) if m.key not in {s.key for s in states}]
        reader.emit_all(states, "ALLIED_WITH", helped, noun, f"troops-to-help:{noun.lemma_.lower()}", 0.6)


def read_deployment(reader: DocReader, noun: Token) -> None:
    """A deployment in support of a side, its sender named after "of" or as its owner ("the deployment of the UPDF in
    support of the Government of South Sudan", "Rwanda's deployment in support of Mozambique"): the sender, a state
    or a state's force, ALLIED_WITH the side helped."""
    cues = troop_cues()
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in cues.deployment_nouns:
        return
    named = prep_objects(noun, {"of"}) + [c for c in noun.children if c.dep_ == "poss"]
    senders = [
        m for m in _actors(named, reader, {"Country", "Organization"}) if m.label == "Country" or m.kind == "military"
    ]
    holder = noun.head if noun.dep_ == "dobj" else noun  # the parser may hang the purpose on the verb holding it
    helped = [m for m in _helped(holder, noun, reader, cues) if m.key not in {s.key for s in senders}]
    reader.emit_all(senders, "ALLIED_WITH", helped, noun, f"deployed-to-help:{noun.lemma_.lower()}", 0.6)


def read_fight_in_support(reader: DocReader, verb: Token) -> None:
    """A deed of war done in support of a side ("X fought in support of the Assad regime", "the US carries out air
    strikes against the group in support of Somali forces"): the doer, a state or an armed body, ALLIED_WITH the side
    helped (the purpose hung on the verb or on its object)."""
    cues = troop_cues()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.fighting_verbs:
        return
    doers = [
        m
        for m in _actors(subjects_of(verb), reader, {"Country", "Organization"})
        if m.label == "Country" or m.kind not in cues.body_kinds
    ]
    deeds, keys = [verb, *(c for c in verb.children if c.dep_ == "dobj")], {m.key for m in doers}
    helped = {m.key: m for deed in deeds for m in _helped(verb, deed, reader, cues) if m.key not in keys}
    reader.emit_all(doers, "ALLIED_WITH", list(helped.values()), verb, f"fought-in-support:{verb.lemma_.lower()}", 0.6)


def _helped(verb: Token, troops: Token, reader: DocReader, cues: TroopCues) -> list[Mention]:
    """The sides troops were sent to help: the object of a purpose clause of help ("deployed troops to help
    Mozambique", "sent to support the Congolese army"), or of such a noun ("deployed troops in support of the
    Government of Mozambique"), or a name the parser hung on that object ("to help Mozambique fight insurgents");
    not a mission of several states ("in support of the UN mission"), which the troops serve in, not beside."""
    purposes = [c for c in verb.children if c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in cues.helping_verbs]
    objects = [c for p in purposes for c in p.children if c.dep_ == "dobj"]
    aids = [a for t in (verb, troops) for a in prep_objects(t, cues.helping_noun_preps)]
    objects += [o for a in aids if a.lemma_.lower() in cues.helping_nouns for o in prep_objects(a, cues.helped_preps)]
    objects += [c for o in objects for c in o.children if c.dep_ == "compound" and reader.index.at(c) is not None]
    found = [m for o in objects for m in actors_of(o, reader.index, False)]
    sides = [m for m in found if m.label == "Country" or (m.label == "Organization" and m.kind not in cues.body_kinds)]
    return list({m.key: m for m in sides}.values())

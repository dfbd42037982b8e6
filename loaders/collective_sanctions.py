"""Sanctions told again of a notice's targets together: "The designations were adopted by the Council of the EU".

A notice sanctions its targets one by one, then says in a sentence of its own that another body acts on all of them,
naming none: "The designations were adopted on 15 October by the Council of the European Union", "Simultaneously,
OFAC is adding the eight organizations to the SDN List", "OFAC will add the names to its SDN List", "Britain's
Foreign Office sanctioned the same network", "These individuals were also designated by Canada". The phrase stands for
the targets the notice sanctioned before it (those of the latest sanctioner named before), and the body acting
sanctions each of them. Not "Several of these entities were designated by Canada" (some of them), "the companies that
supplied the drones" (a clause says which), "the designations were criticised by Russia" (no sanction verb).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.cues import word_sets
from loaders.designation_notices import numeral_value
from loaders.possessive import possessive_pairs
from loaders.sanctions import SANCTIONED_BY, SANCTIONERS, actors_named, sanction_lemmas
from loaders.syntax import agents_of, conjuncts, is_passive, prep_objects, subjects_of

if TYPE_CHECKING:
    from loaders.extract import DocReader
    from loaders.mentions import Mention

PHRASE_DEPS = {"dobj", "nsubjpass"}  # where the phrase stands: what the verb acts on


@dataclass(frozen=True)
class CollectiveWords:
    """The ``collective_sanctions`` block of ``seeds/relations.yaml``."""

    target_nouns: frozenset[str]
    measure_nouns: frozenset[str]
    adopting_verbs: frozenset[str]
    pointing_words: frozenset[str]
    same_words: frozenset[str]
    person_nouns: frozenset[str]
    group_nouns: frozenset[str]


@cache
def collective_words() -> CollectiveWords:
    """The ``collective_sanctions`` block, loaded once per process."""
    return word_sets(CollectiveWords, "collective_sanctions")  # a missing key is a one-line SeedKeyError


def sanctions_told_together(reader: DocReader) -> None:
    """Each body a sentence names acting on a phrase that stands for the notice's targets sanctions every target the
    latest sanctioner before it sanctioned (after :func:`loaders.sanctions.carry_sanctioner`, so the targets of the
    lines of a list count, and after :func:`loaders.sanctions.acting_office`: of "the Department of the Treasury's
    OFAC will add the names", the office named acts, not the department with it)."""
    sanctions = [r for r in reader.facts.relations if r.type == SANCTIONED_BY and r.certainty == "asserted"]
    if not sanctions:
        return
    words, cues = collective_words(), reader.cues
    verbs = sanction_lemmas(cues.verbs) | cues.listing_verbs | words.adopting_verbs
    owners = (pair for pair in possessive_pairs(reader.doc, reader.index.mentions) if pair[0].kind == "government")
    offices = {(owner.key, owner.start): office for owner, office in owners}  # "the Treasury's OFAC will add": OFAC
    for verb in reader.words.with_lemma(frozenset(verbs), reader.doc[:]):
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        phrase = next((c for c in verb.children if c.dep_ in PHRASE_DEPS and _stands_for_targets(c, reader)), None)
        if phrase is None or not _acts_on(verb, phrase, reader):
            continue
        acting = agents_of(verb) if is_passive(verb) else subjects_of(verb)
        bodies = [offices.get((m.key, m.start), m) for m in actors_named(acting, reader, SANCTIONERS)]
        targets = _earlier_targets(reader, verb.sent.start_char, phrase, {m.key for m in bodies})
        reader.emit_all(targets, SANCTIONED_BY, bodies, verb, "sanction-together", 0.7)


def _stands_for_targets(noun: Token, reader: DocReader) -> bool:
    """ "the designations", "these individuals", "the eight organizations", "the same network": a noun of targets or of
    sanctions, plural with a pointing word or said to be the same, naming no one and with no clause or "of" saying
    which."""
    words = collective_words()
    lemma = noun.lemma_.lower()
    if lemma not in words.target_nouns | words.measure_nouns or reader.index.at(noun) is not None:
        return False
    deps = {c.dep_ for c in noun.children}
    if deps & {"relcl", "appos"} or prep_objects(noun, {"of"}):
        return False  # "the companies that supplied the drones", "the designations of X"
    same = any(c.lower_ in words.same_words for c in noun.children if c.dep_ == "amod")
    pointed = any(c.lower_ in words.pointing_words for c in noun.children if c.dep_ in {"det", "predet"})
    return same or (pointed and noun.tag_ in {"NNS", "NNPS"})


def _acts_on(verb: Token, noun: Token, reader: DocReader) -> bool:
    """Whether the verb sanctions what the noun stands for: a sanction verb on targets ("designated these individuals"),
    a verb of adding to a sanctions list ("adding the eight organizations to the SDN List"), or one of adopting on the
    sanctions themselves ("the designations were adopted by the Council")."""
    words, cues, lemma = collective_words(), reader.cues, verb.lemma_.lower()
    if noun.lemma_.lower() in words.measure_nouns:
        return lemma in words.adopting_verbs
    if lemma in cues.listing_verbs:
        held = [t for o in prep_objects(verb, cues.listing_preps) for t in conjuncts(o)]  # "the SDN and Blocked
        return any(
            t.lemma_.lower() in cues.sanction_list_nouns for t in held
        )  # Persons List": the parser's "Nationals"
    return lemma in sanction_lemmas(cues.verbs)


def _earlier_targets(reader: DocReader, start: int, noun: Token, bodies: set[str]) -> list[Mention]:
    """The targets the latest sanctioner before ``start`` sanctioned before it, of the kind the noun names (people for
    "the individuals", groups for "the organizations"), none where the noun counts another number ("the two companies"
    after three, or after one)."""
    words = collective_words()
    before = [r for r in reader.facts.relations if r.type == SANCTIONED_BY and r.end <= start]
    before = [r for r in before if r.certainty == "asserted" and r.object not in bodies]
    if not before:
        return []
    latest = max(r.start for r in before)
    sanctioners = {r.object for r in before if r.start == latest}
    keys = list(dict.fromkeys(r.subject for r in before if r.object in sanctioners))
    mentions = {m.key: m for m in reversed(reader.index.mentions) if not m.refers_back}
    lemma = noun.lemma_.lower()
    labels = {"Person"} if lemma in words.person_nouns else {"Organization"} if lemma in words.group_nouns else None
    targets = [mentions[k] for k in keys if k in mentions and (labels is None or mentions[k].label in labels)]
    count = sum(numeral_value(c, reader) for c in noun.children if c.dep_ == "nummod")
    return [] if count and len(targets) != count else targets

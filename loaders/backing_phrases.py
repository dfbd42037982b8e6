"""Backing told by what is received, by where the backers are, by whose support a deed had, or by a front (FUNDS).

"The RSF relies on a lifeline of cash and weapons from the UAE", "Hamas received weapons and money from Iran" (a
noun of supply received from a named giver: the giver backs the receiver); "the Houthis and their backers in Tehran"
(the backers' country, or the country whose capital is named, backs the owner); "Hezbollah was founded with the
support of Iran" (the one whose support it is backs the subject); "X is a front for Hamas" (the front backs the
group). The cue words are the ``backing_phrases`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.cues import word_sets
from loaders.mentions import Mention
from loaders.syntax import actors_of, passive_subjects, prep_objects, subjects_of

if TYPE_CHECKING:
    from loaders.extract import DocReader

GIVERS = {"Country", "Organization", "Person"}
FRONTS = {"Organization", "Person"}  # a front is a company or a man of straw, never a state
OF_HOPS = 2  # "a lifeline of cash and weapons", "most of its funding": the nouns above the supply


@dataclass(frozen=True)
class BackingCues:
    """The cue words of the ``backing_phrases`` block."""

    supply_nouns: frozenset[str]  # lemmas: "cash", "weapon", "funding", "lifeline"
    receiving_verbs: frozenset[str]  # lemmas: "receive", "rely" (on), "get"
    giver_preps: frozenset[str]  # "from Iran"
    backer_nouns: frozenset[str]  # lemmas: "backer", "patron"
    backer_place_preps: frozenset[str]  # "their backers in Tehran"
    help_nouns: frozenset[str]  # lemmas: "support", "backing" (of "with the support of Iran")
    help_preps: frozenset[str]  # "with"
    front_nouns: frozenset[str]  # "front" (of "a front for Hamas", "a front company for X")
    front_preps: frozenset[str]  # "for"
    front_verbs: frozenset[str]  # lemmas: "serve", "act" (as a front)


@cache
def backing_cues() -> BackingCues:
    """The ``backing_phrases`` block of ``seeds/relations.yaml``, loaded once per process."""
    return word_sets(BackingCues, "backing_phrases")


def backing_words() -> frozenset[str]:
    """Every word at which :func:`read_backing` can find something."""
    cues = backing_cues()
    return cues.supply_nouns | cues.backer_nouns | cues.help_nouns | cues.front_nouns


def read_backing(reader: DocReader, noun: Token) -> None:
    """Apply at one noun the rule its lemma sets off."""
    if reader.index.at(noun) is not None:
        return
    lemma, cues = noun.lemma_.lower(), backing_cues()
    if lemma in cues.front_nouns and (noun.pos_ == "NOUN" or noun.dep_ in {"amod", "compound"}):
        front_for(reader, noun, cues)  # "a front company": "front" may be read as an adjective
    if noun.pos_ != "NOUN":
        return
    if lemma in cues.supply_nouns:
        supply_received(reader, noun, cues)
    if lemma in cues.backer_nouns:
        backers_placed(reader, noun, cues)
    if lemma in cues.help_nouns:
        done_with_support(reader, noun, cues)


def supply_received(reader: DocReader, noun: Token, cues: BackingCues) -> None:
    """ "The RSF relies on a lifeline of cash and weapons from the UAE", "Hamas received weapons and money from
    Iran": the one named after "from" (on the supply, the nouns above it or the verb) backs the verb's subject."""
    chain = [noun]
    top = noun
    while top.dep_ == "conj" and top.head.i != top.i:  # "cash and weapons"
        top = top.head
        chain.append(top)
    for _ in range(OF_HOPS):  # up "of": "a lifeline of cash", "most of its funding"
        if top.dep_ != "pobj" or top.head.lower_ != "of":
            break
        top = top.head.head
        chain.append(top)
    if top.dep_ == "dobj":
        verb = top.head
    elif top.dep_ == "pobj" and top.head.dep_ == "prep":  # "relies on a lifeline"
        verb = top.head.head
    else:
        return
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.receiving_verbs:
        return
    froms = [t for holder in [*chain, verb] for t in prep_objects(holder, cues.giver_preps)]
    givers = _sides([m for t in froms for m in actors_of(t, reader.index, with_preps=False)])
    receivers = _sides([m for s in subjects_of(verb) for m in actors_of(s, reader.index, with_preps=False)])
    reader.emit_all(givers, "FUNDS", receivers, noun, f"supply-received:{verb.lemma_.lower()}", 0.65)


def backers_placed(reader: DocReader, noun: Token, cues: BackingCues) -> None:
    """ "The Houthis and their backers in Tehran", "Hamas's patrons in Iran": the backers' country (a capital
    stands for its country) backs the owner of the noun."""
    owners = [m for c in noun.children if c.dep_ == "poss" for m in actors_of(c, reader.index, with_preps=False)]
    places = [m for t in prep_objects(noun, cues.backer_place_preps) for m in actors_of(t, reader.index, False)]
    states = [state for m in places if (state := state_of_place(reader, m)) is not None]
    reader.emit_all(states, "FUNDS", _sides(owners), noun, f"backers-placed:{noun.lemma_.lower()}", 0.65)


def done_with_support(reader: DocReader, noun: Token, cues: BackingCues) -> None:
    """ "Hezbollah was founded in 1982 with the support of Iran", "X, who came to power with the backing of Y", "the
    militia grew with Iran's backing", "AMISOM, created with the backing of X": the one named after "of" (or owning the
    noun) backs the verb's subject (or the noun its participle describes)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in cues.help_preps or prep.head.pos_ not in {"VERB", "AUX"}:
        return
    verb = prep.head
    owners = [c for c in noun.children if c.dep_ == "poss"] + prep_objects(noun, {"of"})
    givers = _sides([m for t in owners for m in actors_of(t, reader.index, with_preps=False)])
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        holders = [verb.head]  # "AMISOM, created in 2007 with the backing of X": the noun the participle describes
    elif any(c.dep_ == "auxpass" for c in verb.children):
        holders = passive_subjects(verb)
    else:
        holders = subjects_of(verb)
    receivers = _sides([m for t in holders for m in actors_of(t, reader.index, with_preps=False)])
    reader.emit_all(givers, "FUNDS", receivers, noun, f"done-with-support:{noun.lemma_.lower()}", 0.65)


def front_for(reader: DocReader, noun: Token, cues: BackingCues) -> None:
    """ "X is a front for Hamas", "X, a front company for Lazarus Group", "X serves as a front for the IRGC's oil
    sales", "X acted as a front for the procurement of arms for Y": the front backs the group it is a front for, and is
    tied to it (AFFILIATED_WITH: a front is one of the group's own, whatever it moves)."""
    phrase = noun.head if noun.dep_ in {"amod", "compound"} and noun.head.pos_ == "NOUN" else noun  # "front company"
    objects = prep_objects(phrase, cues.front_preps)
    objects += [] if reader.index.within(objects) else [p for t in objects for p in prep_objects(t, cues.front_preps)]
    groups = [m for t in objects for m in actors_of(t, reader.index)]  # "a front for the procurement of X for Y": Y
    if phrase.dep_ == "appos":
        holders = [phrase.head]
    elif phrase.dep_ == "attr" or (phrase.dep_ == "pobj" and phrase.head.lower_ == "as"):
        verb = phrase.head if phrase.dep_ == "attr" else phrase.head.head
        holders = subjects_of(verb) if phrase.dep_ == "attr" or verb.lemma_.lower() in cues.front_verbs else []
    else:
        holders = []
    fronts = [m for t in holders if (m := _named(reader, t)) is not None and m.label in FRONTS]
    reader.emit_all(fronts, "FUNDS", _sides(groups), noun, "front-for", 0.65)
    reader.emit_all(fronts, "AFFILIATED_WITH", _sides(groups), noun, "front-for", 0.65)


def _named(reader: DocReader, token: Token) -> Mention | None:
    """The name a front's noun phrase gives: its own, the name it describes ("X, an Iranian company that serves as a
    front"), or the name beside it ("a newer group, X, is a front"); never a state of its modifiers ("Iranian")."""
    if token.lower_ in reader.cues.relative_pronouns and token.head.dep_ == "relcl":
        token = token.head.head
    while reader.index.at(token) is None and token.dep_ == "appos" and token.head.i != token.i:
        token = token.head
    beside = [m for c in token.children if c.dep_ == "appos" and (m := reader.index.at(c)) is not None]
    name = [t for t in token.subtree if t.i == token.i or (t.i < token.i and t.dep_ == "compound")]
    within = reader.index.within(name) if token.pos_ == "PROPN" else []  # "Sepehr Energy Jahan Nama Pars": in part
    return reader.index.at(token) or (within[0] if within else None) or (beside[0] if beside else None)


def state_of_place(reader: DocReader, place: Mention) -> Mention | None:
    """The country a place names: itself, or the country whose capital it is ("Tehran": Iran)."""
    if place.label == "Country":
        return place
    actor = reader.gazetteer.lookup(place.name) if place.label == "Location" else None
    country = reader.gazetteer.lookup(actor.capital_of) if actor is not None and actor.capital_of else None
    return reader._known(country) if country is not None else None


def _sides(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.label in GIVERS]

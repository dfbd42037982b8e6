"""Backing told by what is received or by where the backers are (FUNDS).

"The RSF relies on a lifeline of cash and weapons from the UAE", "Hamas received weapons and money from Iran" (a
noun of supply received from a named giver: the giver backs the receiver); "the Houthis and their backers in Tehran"
(the backers' country, or the country whose capital is named, backs the owner); "Hezbollah was founded with the
support of Iran" (the one whose support it is backs the subject). The cue words are the ``backing_phrases`` block of
``seeds/relations.yaml``.
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


@cache
def backing_cues() -> BackingCues:
    """The ``backing_phrases`` block of ``seeds/relations.yaml``, loaded once per process."""
    return word_sets(BackingCues, "backing_phrases")


def backing_words() -> frozenset[str]:
    """Every word at which :func:`read_backing` can find something."""
    cues = backing_cues()
    return cues.supply_nouns | cues.backer_nouns | cues.help_nouns


def read_backing(reader: DocReader, noun: Token) -> None:
    """Apply at one noun the rule its lemma sets off."""
    if noun.pos_ != "NOUN" or reader.index.at(noun) is not None:
        return
    lemma, cues = noun.lemma_.lower(), backing_cues()
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
    states = [state for m in places if (state := _state_of_place(reader, m)) is not None]
    reader.emit_all(states, "FUNDS", _sides(owners), noun, f"backers-placed:{noun.lemma_.lower()}", 0.65)


def done_with_support(reader: DocReader, noun: Token, cues: BackingCues) -> None:
    """ "Hezbollah was founded in 1982 with the support of Iran", "X, who came to power with the backing of Y", "the
    militia grew with Iran's backing": the one named after "of" (or owning the noun) backs the verb's subject."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in cues.help_preps or prep.head.pos_ not in {"VERB", "AUX"}:
        return
    verb = prep.head
    owners = [c for c in noun.children if c.dep_ == "poss"] + prep_objects(noun, {"of"})
    givers = _sides([m for t in owners for m in actors_of(t, reader.index, with_preps=False)])
    holders = passive_subjects(verb) if any(c.dep_ == "auxpass" for c in verb.children) else subjects_of(verb)
    receivers = _sides([m for t in holders for m in actors_of(t, reader.index, with_preps=False)])
    reader.emit_all(givers, "FUNDS", receivers, noun, f"done-with-support:{noun.lemma_.lower()}", 0.65)


def _state_of_place(reader: DocReader, place: Mention) -> Mention | None:
    """The country a place names: itself, or the country whose capital it is ("Tehran": Iran)."""
    if place.label == "Country":
        return place
    actor = reader.gazetteer.lookup(place.name) if place.label == "Location" else None
    country = reader.gazetteer.lookup(actor.capital_of) if actor is not None and actor.capital_of else None
    return reader._known(country) if country is not None else None


def _sides(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.label in GIVERS]

"""A place said to house or host a named site holds it: the site LOCATED_IN the place.

"Kaloum houses the Sekoura palace", "Kaloum, which houses the Sekoura palace", "Kaloum, the peninsula that houses
the Sekoura palace", "Qatar hosts the Al Udeid air base" (read at the verb, ``housing_verbs``), and what a place's
relative clause calls it home to ("Kaloum, the peninsula that is home to the Sekoura palace", read by
:func:`loaders.place_phrases.home_to` through :func:`described_by_clause`). Only a named site held is placed: not
people or bodies a place hosts ("Turkey hosts Hamas leaders", "Qatar hosted the Arab League summit"), nor the
district of a possessor ("Kaloum houses Conakry's government district": Conakry is not in Kaloum), nor a denied one
("Kaloum no longer houses the palace").

The words are the ``housed_places`` block of ``seeds/relations.yaml``.

>>> "house" in housed_words().housing_verbs, "host" in housed_words().housing_verbs
(True, True)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from loaders.cues import word_sets
from loaders.doc_tree import has_child
from loaders.syntax import actors_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.extract import DocReader
    from loaders.mentions import Mention


@dataclass(frozen=True)
class HousedWords:
    """The cue words of a place that houses a site."""

    housing_verbs: frozenset[str]
    holder_nouns: frozenset[str]


@cache
def housed_words() -> HousedWords:
    """The seed's ``housed_places`` block."""
    return word_sets(HousedWords, "housed_places")


def described_by_clause(reader: DocReader, clause: Token) -> list[Mention]:
    """The places a clause's subject names: its own name ("Kaloum houses"), or, for a relative pronoun, the name its
    clause describes ("Kaloum, which houses") or the name a common place noun stands beside ("Kaloum, the peninsula
    that houses")."""
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subjects:
        return []
    subject = subjects[0]
    if subject.lower_ in reader.cues.relative_pronouns and clause.dep_ == "relcl":
        subject = clause.head
        if reader.index.at(subject) is None and subject.dep_ == "appos" and _place_noun(reader, subject):
            subject = subject.head  # "Kaloum, the peninsula that houses X": Kaloum
    own = reader.index.at(subject)
    if own is None and _place_noun(reader, subject):  # "the Kaloum district, which houses X": the district's name
        named = [c for c in subject.children if c.dep_ in {"compound", "nmod"}]
        own = next((m for c in named if (m := reader.index.at(c)) is not None), None)
    return [own] if own is not None and own.label in {"Location", "Country"} else []


def _place_noun(reader: DocReader, token: Token) -> bool:
    """Whether a lowercase noun is one of a place ("district", "town", or a ``holder_nouns`` one: "peninsula")."""
    kinds = reader.cues.place_nouns | reader.cues.place_divisions | housed_words().holder_nouns
    return token.is_lower and (token.lemma_.lower() in kinds or token.lower_ in kinds)


def houses_sites(reader: DocReader, verb: Token) -> None:
    """ "X houses Y", "X, which hosts Y and Z": each named site the verb's object names LOCATED_IN the place its
    subject names. Read at a verb of ``housing_verbs`` (active: "is housed in X" is ``verb:house`` of the
    LOCATED_IN verb cues)."""
    if verb.pos_ != "VERB" or has_child(verb, {"neg", "auxpass", "nsubjpass"}):
        return
    places = described_by_clause(reader, verb)
    if not places:
        return
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.conjuncts]
    for obj in objects:
        if has_child(obj, {"poss"}):
            continue  # "houses Conakry's government district": Conakry is not in the place
        for held in actors_of(obj, reader.index, with_preps=False):
            if held.label == "Location" and all(held.key != p.key for p in places):
                reader.emit(held, "LOCATED_IN", places[0], verb, "place-houses", 0.7, "asserted")

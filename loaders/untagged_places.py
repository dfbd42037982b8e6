"""Places the NER did not tag at all: a lone capitalised proper noun after "in", "near", "around", "outside",
"inside" or "at" ("captured in Necoclí, Antioquia", "the airstrip at Paro, in Nduga"), with no article, no
modifier and no other proper noun before it, the preposition a word of its own (not "Commander-in-Chief"). The
statistical NER passes over many small towns whose names it has never seen; the place rules then have no end to
hang a link on. The prepositions are ``seeds/relations.yaml``'s ``place_preps`` and ``noun_place_preps``.

So is such a word the NER took, alone, for a people's, a product's, a work's or a law's name ("in Kidal", "near
Bulobarde"), unless the gazetteer knows the word, it names a language ("in Pashto": ``alias_words.languages``) or a
lowercase noun after it goes on with its name ("in Tole kebele").

So is such a word after "of" that a lowercase noun of a place, a direction, a place's residents or its office holds
("the village of Sikeniye", "the port of X", "the mountains of X", "north-east of X", "a resident of X", "the
governor of X": ``place_names.of_nouns``, ``place_nouns``, ``place_directions``, ``place_names.resident_nouns`` and
``place_office_nouns`` of ``seeds/relations.yaml``); not after a title or any other noun ("the Minister of Defence",
"the Emir of X", "the Order of Courage").

>>> from loaders.nlp import load_nlp
>>> from graph.gazetteer import load_gazetteer
>>> doc = load_nlp()("The soldiers were shot near Mutú, in Chocó.")
>>> [(m.name, m.label) for m in untagged_places(doc, [], load_gazetteer())]
[('Mutú', 'Location')]
"""

from __future__ import annotations

from functools import cache

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, IS_TITLE, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Token

from graph.gazetteer import Gazetteer
from graph.seeds import load_seed_yaml
from loaders.also_known_as import alias_words
from loaders.cues import load_cues
from loaders.mentions import Mention
from loaders.place_names import place_name_words

LONE_CHILDREN = frozenset({"punct", "appos", "prep", "cc", "conj"})  # what may hang on the name: ", Antioquia"
MISREAD_LABELS = ("NORP", "PRODUCT", "WORK_OF_ART", "LAW")  # the NER's labels of no actor a lone place may get
NOUN_TAGS = frozenset({"NOUN", "PROPN"})  # "kebele" of "in Tole kebele" is tagged a proper noun
BEGIN = 3  # ENT_IOB of an entity's first token (1 inside, 2 outside)


def _untagged_place(token: Token, preps: frozenset[str]) -> bool:
    """Whether a token is a lone capitalised proper noun the NER left untagged, the object of a preposition of
    place, with nothing before it that makes it part of a longer name or a common noun's phrase."""
    doc = token.doc
    misread = bool(token.ent_type_)  # a lone word the NER took for a people's, a product's or a work's name
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and not token.is_sent_start
        and token.dep_ == "pobj"
        and ((token.head.lower_ in preps and _stands_apart(token.head)) or _named_by_place_noun(token.head))
        and doc[token.i - 1].pos_ != "PROPN"
        and all(c.dep_ in LONE_CHILDREN for c in token.children)
        and not (misread and _name_goes_on(token))
    )


@cache
def place_of_nouns() -> frozenset[str]:
    """The lowercase nouns whose "of" names a place: a place's own ("village", "port", "mountains"), a direction's
    ("north-east of"), its residents' ("a resident of") and its office's ("the governor of")."""
    cues, words = load_cues(), place_name_words()
    offices = frozenset(load_seed_yaml("relations.yaml")["place_office_nouns"])
    return cues.place_nouns | cues.place_directions | words.of_nouns | words.resident_nouns | offices


def _named_by_place_noun(prep: Token) -> bool:
    """Whether the preposition is "of" after a lowercase noun of :func:`place_of_nouns` ("the village of", "west
    of"), as written or as its lemma ("the border areas of")."""
    noun = prep.head
    return (
        prep.lower_ == "of"
        and noun.i < prep.i
        and noun.is_lower
        and (noun.lower_ in place_of_nouns() or noun.lemma_ in place_of_nouns())
    )


def _name_goes_on(token: Token) -> bool:
    """Whether a lowercase noun follows the word, the rest of its name ("in Tole kebele", "near Kibra market")."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.pos_ in NOUN_TAGS and following.is_lower and following.is_alpha


def _stands_apart(prep: Token) -> bool:
    """Whether a preposition is a word of its own, not the middle of a hyphenated title ("Commander-in-Chief")."""
    return bool(prep.whitespace_) and prep.i > 0 and bool(prep.doc[prep.i - 1].whitespace_)


def _untagged_proper_objects(doc: Doc) -> list[int]:
    """The positions of the proper nouns in title case that are a preposition's object with no entity type, or an
    entity of their own of one of :data:`MISREAD_LABELS`: the only tokens :func:`_untagged_place` can pass, read from
    the document's arrays rather than a Token at every position."""
    if not len(doc):
        return []
    pos, ent, iob, title, dep = doc.to_array([POS, ENT_TYPE, ENT_IOB, IS_TITLE, DEP]).T  # compared at once
    alone = (iob == BEGIN) & (np.append(iob[1:], BEGIN) != 1)  # an entity of one token (the next not inside it)
    misread = alone & np.isin(ent, [doc.vocab.strings[label] for label in MISREAD_LABELS])
    wanted = (pos == PROPN) & (dep == doc.vocab.strings["pobj"]) & (title != 0) & ((ent == 0) | misread)
    return np.flatnonzero(wanted).tolist()


def untagged_places(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The mentions, with every untagged place (see the module) added as a Location, or as the known actor the
    gazetteer has under its name."""
    cues = load_cues()
    preps = cues.place_preps | cues.noun_place_preps
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    for i in _untagged_proper_objects(doc):
        token = doc[i]
        if i in taken or not _untagged_place(token, preps):
            continue
        known = gazetteer.lookup(token.text)
        if token.ent_type_ and (known is not None or token.lower_ in alias_words().languages):
            continue  # "in Pashto", a known people's word: no place
        label, name = (known.label, known.name) if known else ("Location", token.text)
        span = (token.i, token.i + 1, token.idx, token.idx + len(token), token.text)
        found.append(Mention(*span, label, name, known.kind if known else None, known.id if known else None))
    return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions

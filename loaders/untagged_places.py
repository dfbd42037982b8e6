"""Places the NER did not tag at all: a lone capitalised proper noun after "in", "near", "around", "outside",
"inside" or "at" ("captured in Necoclí, Antioquia", "the airstrip at Paro, in Nduga"), with no article, no
modifier and no other proper noun before it, the preposition a word of its own (not "Commander-in-Chief"). The
statistical NER passes over many small towns whose names it has never seen; the place rules then have no end to
hang a link on. The prepositions are ``seeds/relations.yaml``'s ``place_preps`` and ``noun_place_preps``.

>>> from loaders.nlp import load_nlp
>>> from graph.gazetteer import load_gazetteer
>>> doc = load_nlp()("The soldiers were shot near Mutú, in Chocó.")
>>> [(m.name, m.label) for m in untagged_places(doc, [], load_gazetteer())]
[('Mutú', 'Location')]
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, IS_TITLE, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Token

from graph.gazetteer import Gazetteer
from loaders.cues import load_cues
from loaders.mentions import Mention

LONE_CHILDREN = frozenset({"punct", "appos", "prep", "cc", "conj"})  # what may hang on the name: ", Antioquia"


def _untagged_place(token: Token, preps: frozenset[str]) -> bool:
    """Whether a token is a lone capitalised proper noun the NER left untagged, the object of a preposition of
    place, with nothing before it that makes it part of a longer name or a common noun's phrase."""
    doc = token.doc
    return (
        token.pos_ == "PROPN"
        and not token.ent_type_
        and token.is_title
        and not token.is_sent_start
        and token.dep_ == "pobj"
        and token.head.lower_ in preps
        and _stands_apart(token.head)
        and doc[token.i - 1].pos_ != "PROPN"
        and all(c.dep_ in LONE_CHILDREN for c in token.children)
    )


def _stands_apart(prep: Token) -> bool:
    """Whether a preposition is a word of its own, not the middle of a hyphenated title ("Commander-in-Chief")."""
    return bool(prep.whitespace_) and prep.i > 0 and bool(prep.doc[prep.i - 1].whitespace_)


def _untagged_proper_objects(doc: Doc) -> list[int]:
    """The positions of the proper nouns in title case that are a preposition's object with no entity type: the only
    tokens :func:`_untagged_place` can pass, read from the document's arrays rather than a Token at every position."""
    if not len(doc):
        return []
    pos, ent, title, dep = doc.to_array([POS, ENT_TYPE, IS_TITLE, DEP]).T  # columns compared at once, not row by row
    wanted = (pos == PROPN) & (dep == doc.vocab.strings["pobj"]) & (title != 0) & (ent == 0)
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
        label, name = (known.label, known.name) if known else ("Location", token.text)
        span = (token.i, token.i + 1, token.idx, token.idx + len(token), token.text)
        found.append(Mention(*span, label, name, known.kind if known else None, known.id if known else None))
    return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions

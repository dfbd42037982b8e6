"""A rank's abbreviation ends no sentence: "Sgt. William Rivers", "Lt. Col. Dana Hale".

The parser reads the full stop after an abbreviated rank as a sentence's end and splits the name from what the
sentence says of it. This component, placed before the parser, marks the word after "<rank> ." as inside the
sentence when it starts with a capital. The ranks are ``seeds/relations.yaml``'s ``honorifics``.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("rank_stops")
>>> [t.is_sent_start for t in nlp("Sgt. William Rivers died.")][:3]
[True, None, False]

:func:`is_rank_stop` tells such a full stop from one that ends a clause ("Pentagon spokesman Maj. Gen. X": the
title runs on across it).

>>> doc = nlp("Army spokesman Maj. Gen. John Hale spoke. Maj Hale said")
>>> [t.i for t in doc if is_rank_stop(t)]
[3]

:func:`add_rank_abbreviations` keeps a shortened rank and its full stop one word, as spaCy's own "Gen." and "Dr.":
split in two, the stop breaks a list of ranked names ("killed Sgt. A, Spc. B and Spc. C") in the parse.

>>> _ = add_rank_abbreviations(nlp)
>>> [t.text for t in nlp("killed Sgt. Ann Lee, Spc. Bo Hart and Spc. Cy Dunn in the Army.")][:6]
['killed', 'Sgt.', 'Ann', 'Lee', ',', 'Spc.']
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import LOWER, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from loaders.cues import load_cues


@Language.component("rank_stops")
def keep_sentences_after_ranks(doc: Doc) -> Doc:
    """Mark a capitalised word after an abbreviated rank and its full stop as no sentence's start."""
    ranks, strings = load_cues().honorifics, doc.vocab.strings
    if len(doc) < 3:
        return doc
    orths, lowers, spaced = doc.to_array([ORTH, LOWER, SPACY]).T.tolist()  # read as arrays, not token by token
    stop = hash_string(".")
    stops = (i for i, orth in enumerate(orths[1:-1], start=1) if orth == stop)
    inside = [
        i + 1
        for i in stops
        if not spaced[i - 1] and strings[lowers[i - 1]] in ranks and strings[orths[i + 1]][:1].isupper()
    ]
    if inside:  # written as one array: each token's ``is_sent_start`` setter reads the whole document
        starts = doc.to_array(SENT_START).astype(np.int64)
        starts[inside] = -1
        doc.from_array([SENT_START], starts.astype(np.uint64).reshape(-1, 1))  # -1 (no start) as spaCy stores it
    return doc


def add_rank_stops(nlp: Language) -> Language:
    """Put the component before the parser (or last, in a pipeline without one)."""
    nlp.add_pipe("rank_stops", **({"before": "parser"} if "parser" in nlp.pipe_names else {}))
    return nlp


def add_rank_abbreviations(nlp: Language) -> Language:
    """Give the tokenizer a special case for each shortened rank, title-cased with its full stop ("Sgt.", "Lt.",
    ``seeds/relations.yaml``'s ``rank_abbreviations``); a capitalised word at a sentence's end ("the Army.") is
    still split from its stop."""
    for rank in sorted(load_cues().rank_abbreviations):
        written = f"{rank.title()}."
        nlp.tokenizer.add_special_case(written, [{ORTH: written}])
    return nlp


def is_rank_stop(token: Token) -> bool:
    """Whether a token is the full stop the tokenizer split from an abbreviated rank written right before it, with a
    capitalised word after it ("Maj" "." of "Maj. Gen. X", "Brig" "." of "Brig. Gen. X"), not a sentence's end."""
    doc, i = token.doc, token.i
    return (
        token.text == "."
        and 0 < i < len(doc) - 1
        and not doc[i - 1].whitespace_
        and doc[i - 1].is_title
        and doc[i - 1].lower_ in load_cues().honorifics
        and doc[i + 1].text[:1].isupper()
    )

"""A word in the middle of a line starts no sentence when nothing that ends one stands before it: "... the Kurdistan
Workers' Party (PKK), which Ankara ...", "designating Harakat Ansar Allah ...", "Insurgents raid Macomia ...".

spaCy's parser now and then ends a sentence where no mark does: after a relative pronoun, inside a long name, after
the first word of a headline. Every rule then reads the clause without its subject or its object. This component,
placed before the parser, marks as inside the sentence a word on the same line as the token before it (no line break
or other space token between) when that token is a word ("which Ankara", "Harakat Ansar"), or when the word starts
with a lowercase letter and that token is no full stop, question or exclamation mark ("(PKK), which"); a comma or a
semicolon right after a word on its line starts none either (the parser once cut "DAPAONG" from ", Togo, July 25 -",
losing where the dateline's town lies). A word after a line break (a list's item, a paragraph) or after a mark ("...
2024.[5] In 2018") is left to the parser.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("mid_line_words")
>>> [t.text for t in nlp("The PKK, which Turkey lists, fought. the end. Then") if t.is_sent_start is False]
['PKK', ',', 'which', 'Turkey', 'lists', ',', 'fought', 'end']
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

SENTENCE_ENDS = frozenset({".", "!", "?", "…"})
CLOSING_MARKS = frozenset({",", ";"})  # marks that close a clause, never open a sentence


@Language.component("mid_line_words")
def keep_mid_line_words_in_sentences(doc: Doc) -> Doc:
    """Mark a word right after a word, a lowercase word right after a mark that ends no sentence, or a comma or a
    semicolon right after a word, as no sentence's start (no line break or other space token between). The marks
    are written as one array: setting each token's ``is_sent_start`` cost fifteen times as much."""
    if len(doc) < 2:
        return doc
    spaces, marks, starts = doc.to_array([IS_SPACE, IS_PUNCT, SENT_START]).astype(np.int64).T
    in_line = (spaces[:-1] == 0) & (spaces[1:] == 0) & (marks[1:] == 0)  # word i+1 on the line of token i
    inside = np.zeros(len(doc), dtype=bool)
    inside[1:] = in_line & (marks[:-1] == 0)  # right after a word
    strings, orths = doc.vocab.strings, doc.to_array(ORTH)
    for i in (np.flatnonzero(in_line & (marks[:-1] != 0)) + 1).tolist():  # right after a mark
        inside[i] = strings[orths[i].item()][:1].islower() and strings[orths[i - 1].item()] not in SENTENCE_ENDS
    closing = np.isin(orths[1:], [strings.add(mark) for mark in CLOSING_MARKS])  # "DAPAONG, Togo, July 25 -"
    inside[1:] |= closing & (spaces[:-1] == 0) & (spaces[1:] == 0) & (marks[:-1] == 0)  # a mark right after a word
    starts[inside] = -1
    doc.from_array([SENT_START], starts.astype(np.uint64).reshape(-1, 1))  # -1 (no start) as spaCy stores it
    return doc


def add_mid_line_words(nlp: Language) -> Language:
    """Put the component before the parser (or last, in a pipeline without one)."""
    nlp.add_pipe("mid_line_words", **({"before": "parser"} if "parser" in nlp.pipe_names else {}))
    return nlp

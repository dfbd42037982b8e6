"""A word in the middle of a line starts no sentence when nothing that ends one stands before it: "... the Kurdistan
Workers' Party (PKK), which Ankara ...", "designating Harakat Ansar Allah ...", "Insurgents raid Macomia ...".

spaCy's parser now and then ends a sentence where no mark does: after a relative pronoun, inside a long name, after
the first word of a headline. Every rule then reads the clause without its subject or its object. This component,
placed before the parser, marks as inside the sentence a word on the same line as the token before it (no line break
or other space token between) when that token is a word ("which Ankara", "Harakat Ansar"), or when the word starts
with a lowercase letter and that token is no full stop, question or exclamation mark ("(PKK), which"). A word after
a line break (a list's item, a paragraph) or after a mark ("... 2024.[5] In 2018") is left to the parser.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("mid_line_words")
>>> [t.text for t in nlp("The PKK, which Turkey lists, fought. the end. Then") if t.is_sent_start is False]
['PKK', 'which', 'Turkey', 'lists', 'fought', 'end']
"""

from __future__ import annotations

from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokens import Doc

SENTENCE_ENDS = frozenset({".", "!", "?", "…"})


@Language.component("mid_line_words")
def keep_mid_line_words_in_sentences(doc: Doc) -> Doc:
    """Mark a word right after a word, or a lowercase word right after a mark that ends no sentence, as no
    sentence's start (no line break or other space token between)."""
    strings = doc.vocab.strings
    orths, spaces, marks = doc.to_array([ORTH, IS_SPACE, IS_PUNCT]).T.tolist() if len(doc) else ([], [], [])
    for i in range(1, len(doc)):
        if spaces[i - 1] or spaces[i] or marks[i]:
            continue
        after_word = not marks[i - 1]
        if after_word or (strings[orths[i]][:1].islower() and strings[orths[i - 1]] not in SENTENCE_ENDS):
            doc[i].is_sent_start = False
    return doc


def add_mid_line_words(nlp: Language) -> Language:
    """Put the component before the parser (or last, in a pipeline without one)."""
    nlp.add_pipe("mid_line_words", **({"before": "parser"} if "parser" in nlp.pipe_names else {}))
    return nlp

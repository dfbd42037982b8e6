"""A lowercase word in the middle of a line starts no sentence: "... the Kurdistan Workers' Party (PKK), which Turkey
lists ...", "Security analysts said ...", "Insurgents raid Macomia ...".

spaCy's parser now and then ends a sentence before a lowercase word that no full stop, question or exclamation mark
precedes: before a relative pronoun after a bracketed acronym, or after the first word of a paragraph. Every rule then
reads the clause without its subject. This component, placed before the parser, marks such a word as inside the
sentence: a word that starts with a lowercase letter, on the same line as the word before it, where that word is no
sentence's end. A lowercase word after a line break (a list's item) is left to the parser.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("lowercase_continuations")
>>> [t.text for t in nlp("The PKK, which Turkey lists, fought. the end") if t.is_sent_start is False]
['which', 'lists', 'fought', 'end']
"""

from __future__ import annotations

from spacy.attrs import IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokens import Doc

SENTENCE_ENDS = frozenset({".", "!", "?", "…"})


@Language.component("lowercase_continuations")
def keep_lowercase_words_in_sentences(doc: Doc) -> Doc:
    """Mark a lowercase word right after a word or a mark that ends no sentence (no line break or other space token
    between) as no sentence's start."""
    strings = doc.vocab.strings
    orths, spaces = doc.to_array([ORTH, IS_SPACE]).T.tolist() if len(doc) else ([], [])
    for i in range(1, len(doc)):
        text = strings[orths[i]]
        if text[:1].islower() and not spaces[i - 1] and strings[orths[i - 1]] not in SENTENCE_ENDS:
            doc[i].is_sent_start = False
    return doc


def add_lowercase_continuations(nlp: Language) -> Language:
    """Put the component before the parser (or last, in a pipeline without one)."""
    nlp.add_pipe("lowercase_continuations", **({"before": "parser"} if "parser" in nlp.pipe_names else {}))
    return nlp

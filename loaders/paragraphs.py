"""Paragraph breaks end sentences: a blank line is a boundary the parser must keep.

spaCy's parser reads a heading, a byline or a caption and the paragraph after it as one
sentence when no full stop stands between them ("Militia leader killed in strike\\n\\nA drone
strike killed ..."), which glues names across them. This component, placed before the parser,
starts a sentence at the first word after a blank line; the parser keeps boundaries set before it
and decides the rest.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("paragraph_breaks")
>>> [t.is_sent_start for t in nlp("Strike near Baghdad\\n\\nA drone hit")][3:]
[None, True, None, None]
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("paragraph_breaks")
def start_sentences_after_blank_lines(doc: Doc) -> Doc:
    """Mark the first word after a blank line (a space token holding two line breaks) as a sentence start."""
    after_break = False
    for token in doc:
        if token.is_space:
            after_break = after_break or token.text.count("\n") >= 2
        elif after_break:
            token.is_sent_start = True
            after_break = False
    return doc


def add_paragraph_breaks(nlp: Language) -> Language:
    """Put the component before the parser (or last, in a pipeline without one)."""
    nlp.add_pipe("paragraph_breaks", **({"before": "parser"} if "parser" in nlp.pipe_names else {}))
    return nlp

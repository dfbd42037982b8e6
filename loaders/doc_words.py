"""A parsed document's words read once into lists of strings, so that a rule looking for its cue words scans
strings instead of making a spaCy ``Token`` at every position (each ``doc[i]`` or ``for t in span`` makes one).

>>> import spacy
>>> doc = spacy.blank("en")("Iran funds Hezbollah. Israel strikes Gaza.")
>>> words = DocWords(doc)
>>> words.lower[:3], [t.text for t in words.with_word({"strikes", "iran"}, doc[4:])]
(['iran', 'funds', 'hezbollah'], ['strikes'])
"""

from __future__ import annotations

from collections.abc import Container

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token


class DocWords:
    """Every token's lowercase form and lowercase lemma (``token.lower_``, ``token.lemma_.lower()``), by position."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        strings = doc.vocab.strings
        lowers, lemmas = doc.to_array([LOWER, LEMMA]).T.tolist() if len(doc) else ([], [])
        self.lower: list[str] = [strings[h] for h in lowers]
        self.lemma: list[str] = [strings[h].lower() for h in lemmas]

    def with_lemma(self, lemmas: Container[str], span: Span) -> list[Token]:
        """The span's tokens whose lowercase lemma is one of ``lemmas``, in order."""
        doc = self.doc
        return [doc[i] for i in range(span.start, span.end) if self.lemma[i] in lemmas]

    def with_word(self, words: Container[str], span: Span) -> list[Token]:
        """The span's tokens whose lowercase form or lemma is one of ``words``, in order."""
        doc, lower, lemma = self.doc, self.lower, self.lemma
        return [doc[i] for i in range(span.start, span.end) if lower[i] in words or lemma[i] in words]

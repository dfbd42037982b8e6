"""A parsed document's word shapes (case, part of speech, spacing) read once into lists, so that the merger's
rules test plain values instead of making a spaCy ``Token`` at every position.

>>> import spacy
>>> shapes = WordShapes(spacy.blank("en")("Iran's 63rd Brigade\\nfell"))
>>> shapes.title[:3], shapes.space[4], shapes.lower[2], shapes.spaced[:2]
([True, False, False], True, '63rd', [False, True])
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cached_property

from spacy.attrs import IS_ALPHA, IS_SPACE, IS_TITLE, IS_UPPER, LOWER, ORTH, POS, SPACY
from spacy.tokens import Doc


class WordShapes:
    """Every token's text, lowercase form, part of speech (``token.pos_``) and flags (``is_title``,
    ``is_upper``, ``is_alpha``, ``is_space``, followed by a space), by position."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        strings = doc.vocab.strings
        attrs = [ORTH, LOWER, POS, IS_TITLE, IS_UPPER, IS_ALPHA, IS_SPACE, SPACY]
        columns = doc.to_array(attrs).T.tolist() if len(doc) else [[] for _ in attrs]
        texts, lowers, pos, title, upper, alpha, space, spaced = columns
        self.text: list[str] = [strings[h] for h in texts]
        self.lower: list[str] = [strings[h] for h in lowers]
        self.pos: list[str] = [strings[h] for h in pos]
        self.title: list[bool] = [bool(f) for f in title]
        self.upper: list[bool] = [bool(f) for f in upper]
        self.alpha: list[bool] = [bool(f) for f in alpha]
        self.space: list[bool] = [bool(f) for f in space]
        self.spaced: list[bool] = [bool(f) for f in spaced]

    def doc_text(self) -> str:
        """The document's text (``doc.text``, which makes a ``Token`` at every position)."""
        return "".join(t + " " if s else t for t, s in zip(self.text, self.spaced, strict=True))

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Where each sentence starts, in order."""
        return [sent.start for sent in self.doc.sents]

    def sentence_of(self, i: int) -> int:
        """The number of the sentence of the token at ``i``, counting from 0."""
        return bisect_right(self.sentence_starts, i) - 1

    def sentence_start(self, i: int) -> int:
        """Where the sentence of the token at ``i`` starts (``doc[i].sent.start``)."""
        return self.sentence_starts[self.sentence_of(i)]

    def sentences(self) -> list[tuple[int, int]]:
        """Where each sentence starts and ends (``doc.sents``), in order."""
        return list(zip(self.sentence_starts, [*self.sentence_starts[1:], len(self.text)], strict=True))

"""A parsed document's word shapes (text, case, part of speech, spacing) read once into lists, so that the
merger's rules test plain values instead of making a spaCy ``Token`` at every position. Lowercase forms are kept
as their hashes, parts of speech as their symbols (``spacy.symbols.PROPN``), flags as 0 or 1.

>>> import spacy
>>> shapes = WordShapes(spacy.blank("en")("Iran's 63rd Brigade\\nfell"))
>>> shapes.title[:3], shapes.space[4], shapes.lower(2), shapes.spaced[:2], shapes.where_lower(frozenset({"fell"}))
([1, 0, 0], 1, '63rd', [0, 1], [5])
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cache, cached_property

from spacy.attrs import IS_ALPHA, IS_SPACE, IS_TITLE, IS_UPPER, LOWER, ORTH, POS, SPACY
from spacy.strings import hash_string
from spacy.tokens import Doc


@cache
def _hashes(words: frozenset[str]) -> frozenset[int]:
    return frozenset(hash_string(w) for w in words)


class WordShapes:
    """Every token's text, lowercase form, part of speech (``token.pos``) and flags (``is_title``, ``is_space``,
    followed by a space; ``is_upper`` and ``is_alpha`` when first asked for), by position."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        attrs = [ORTH, LOWER, POS, IS_TITLE, IS_SPACE, SPACY]
        columns = doc.to_array(attrs).T.tolist() if len(doc) else [[] for _ in attrs]
        texts, self.lowers, self.pos, self.title, self.space, self.spaced = columns
        strings = doc.vocab.strings
        self.text: list[str] = [strings[h] for h in texts]

    @cached_property
    def upper(self) -> list[int]:
        """Whether each token is in capitals (``token.is_upper``)."""
        return self.doc.to_array(IS_UPPER).tolist()

    @cached_property
    def alpha(self) -> list[int]:
        """Whether each token is all letters (``token.is_alpha``)."""
        return self.doc.to_array(IS_ALPHA).tolist()

    def lower(self, i: int) -> str:
        """The lowercase form of the token at ``i`` (``token.lower_``)."""
        return self.doc.vocab.strings[self.lowers[i]]

    def where_lower(self, words: frozenset[str]) -> list[int]:
        """The positions of the tokens whose lowercase form is one of ``words``, in order."""
        where = self._where
        return sorted(i for h in _hashes(words).intersection(where) for i in where[h])

    @cached_property
    def _where(self) -> dict[int, list[int]]:
        """Each lowercase form's hash with its positions: a word set's positions read from the few it shares."""
        where: dict[int, list[int]] = {}
        for i, h in enumerate(self.lowers):
            where.setdefault(h, []).append(i)
        return where

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

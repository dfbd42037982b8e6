"""The rules read at every token, each applied only where its cue words are.

A rule declares the words (a token's lowercase form or its lemma) at which it can find anything, so a token
with none of them skips it; a rule that declares none runs at every token (declare them when a rule only
ever acts at its cue words). At each token the rules run in the order given, so what they emit comes in the
order it would if every rule were called at every token; a token with no rule is skipped without being read.

>>> import spacy
>>> from loaders.doc_words import DocWords
>>> seen = []
>>> def funding(t): seen.append(("funds", t.text))
>>> def anywhere(t): seen.append(("any", t.text))
>>> rules = TokenRules([(funding, {"funds"}), (anywhere, None)])
>>> doc = spacy.blank("en")("Iran funds it")
>>> for i, found in rules.by_position(DocWords(doc)).items():
...     for rule in found:
...         rule(doc[i])
>>> seen
[('any', 'Iran'), ('funds', 'funds'), ('any', 'funds'), ('any', 'it')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import numpy as np
from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from loaders.doc_words import DocWords

Rule = Callable[[Token], None]


class TokenRules:
    """Per-token rules indexed by the words that set them off, for one document."""

    def __init__(self, rules: Sequence[tuple[Rule, Iterable[str] | None]]) -> None:
        self.rules = [rule for rule, _ in rules]
        self.everywhere = frozenset(n for n, (_, words) in enumerate(rules) if words is None)
        self.by_word: dict[str, set[int]] = {}
        for n, (_, words) in enumerate(rules):
            for word in words or ():
                self.by_word.setdefault(word, set()).add(n)
        self.known: dict[tuple[str, str], list[Rule]] = {}  # (word, lemma) -> its rules, worked out once

    def by_position(self, words: DocWords) -> dict[int, list[Rule]]:
        """The rules to apply at each token of the document that has any, in order, by the token's position."""
        found: dict[int, list[Rule]] = {}
        for i, key in enumerate(zip(words.lower, words.lemma, strict=True)):
            rules = self.known.get(key)
            if rules is None:
                numbers = self.everywhere.union(self.by_word.get(key[0], ()), self.by_word.get(key[1], ()))
                rules = self.known[key] = [self.rules[n] for n in sorted(numbers)]
            if rules:
                found[i] = rules
        return found


def tokens_with(doc: Doc, words: Iterable[str]) -> list[Token]:
    """The document's tokens whose lowercase form is one of ``words``, in order (read from the document's array
    of lowercase forms, with no loop over its tokens)."""
    return _at(doc, doc.to_array(LOWER), [doc.vocab.strings[w] for w in words])


def tokens_where(doc: Doc, test: Callable[[str], bool]) -> list[Token]:
    """The document's tokens whose lowercase form passes ``test``, in order (each distinct form tested once)."""
    lowers, strings = doc.to_array(LOWER), doc.vocab.strings
    return _at(doc, lowers, [h for h in np.unique(lowers).tolist() if test(strings[h])])


def _at(doc: Doc, lowers: np.ndarray, hashes: list[int]) -> list[Token]:
    return [doc[i] for i in np.flatnonzero(np.isin(lowers, hashes)).tolist()]

"""The rules read at every token, each applied only where its cue words are.

A rule declares the words (a token's lowercase form or its lemma) at which it can find anything, so a token
with none of them skips it; a rule that declares none runs at every token (declare them when a rule only
ever acts at its cue words). At each token the rules run in the order given, so what they emit comes in the
order it would if every rule were called at every token.

>>> import spacy
>>> seen = []
>>> def funding(t): seen.append(("funds", t.text))
>>> def anywhere(t): seen.append(("any", t.text))
>>> rules = TokenRules([(funding, {"funds"}), (anywhere, None)])
>>> for token in spacy.blank("en")("Iran funds it"):
...     for rule in rules.at(token):
...         rule(token)
>>> seen
[('any', 'Iran'), ('funds', 'funds'), ('any', 'funds'), ('any', 'it')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import numpy as np
from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

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

    def at(self, token: Token) -> list[Rule]:
        """The rules to apply at a token, in order."""
        key = (token.lower_, token.lemma_.lower())
        found = self.known.get(key)
        if found is None:
            numbers = self.everywhere.union(self.by_word.get(key[0], ()), self.by_word.get(key[1], ()))
            found = self.known[key] = [self.rules[n] for n in sorted(numbers)]
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

"""The rules read at every token, each applied only where its cue words are.

A rule declares the words (a token's lowercase form or its lemma) at which it can find anything, so a token
with none of them skips it; a rule that declares none runs at every token (declare them when a rule only
ever acts at its cue words). At each token the rules run in the order given, so what they emit comes in the
order it would if every rule were called at every token; a token with no rule is skipped without being read.

>>> import spacy
>>> from loaders.doc_words import DocWords, words_of
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

from loaders.doc_words import DocWords, words_of

Rule = Callable[[Token], None]


class TokenRules:
    """Per-token rules indexed by the words that set them off, for one document."""

    def __init__(self, rules: Sequence[tuple[Rule, Iterable[str] | None]]) -> None:
        self.rules = [rule for rule, _ in rules]
        self.words = [words for _, words in rules]
        self.everywhere = frozenset(n for n, words in enumerate(self.words) if words is None)

    def by_position(self, words: DocWords) -> dict[int, list[Rule]]:
        """The rules to apply at each token of the document that has any, in order, by the token's position."""
        by_word = self._by_word({*words.lower, *words.lemma})
        known: dict[tuple[str, str], list[Rule]] = {}  # (word, lemma) -> its rules, worked out once
        found: dict[int, list[Rule]] = {}
        for i, key in enumerate(zip(words.lower, words.lemma, strict=True)):
            rules = known.get(key)
            if rules is None:
                rules = known[key] = self._rules_for(key, by_word)
            if rules:
                found[i] = rules
        return found

    def _rules_for(self, key: tuple[str, str], by_word: dict[str, set[int]]) -> list[Rule]:
        """The rules a word and its lemma set off, in order (none at once for the many words that set off none)."""
        word, lemma = key
        if not self.everywhere and word not in by_word and lemma not in by_word:
            return []
        return [self.rules[n] for n in sorted(self.everywhere.union(by_word.get(word, ()), by_word.get(lemma, ())))]

    def _by_word(self, present: set[str]) -> dict[str, set[int]]:
        """The numbers of the rules each word of the document sets off: the rules' words looked up among the
        document's few hundred (a set intersection), not each of the thousands of them indexed.

        >>> TokenRules([(print, {"funds", "arms"}), (print, None), (print, {"arms"})])._by_word({"iran", "arms"})
        {'arms': {0, 2}}
        """
        by_word: dict[str, set[int]] = {}
        for n, words in enumerate(self.words):
            for word in present.intersection(words or ()):
                by_word.setdefault(word, set()).add(n)
        return by_word


def tokens_with(doc: Doc, words: Iterable[str]) -> list[Token]:
    """The document's tokens whose lowercase form is one of ``words``, in order (read from the document's lowercase
    words, :class:`~loaders.doc_words.DocWords`, with no loop over its tokens; a fixed set's positions are found once
    a document, as every rule looking for it asks again).

    >>> import spacy
    >>> doc = spacy.blank("en")("Iran: the Group and the group")
    >>> [t.i for t in tokens_with(doc, frozenset({"group"}))], [t.i for t in tokens_with(doc, [":"])]
    ([3, 6], [1])
    """
    return words_of(doc).with_lower(words if isinstance(words, frozenset) else set(words), doc[:])


def tokens_where(doc: Doc, test: Callable[[str], bool]) -> list[Token]:
    """The document's tokens whose lowercase form passes ``test``, in order (each distinct form tested once)."""
    lowers, strings = doc.to_array(LOWER), doc.vocab.strings
    return _at(doc, lowers, [h for h in np.unique(lowers).tolist() if test(strings[h])])


def _at(doc: Doc, lowers: np.ndarray, hashes: list[int]) -> list[Token]:
    return [doc[i] for i in np.flatnonzero(np.isin(lowers, hashes)).tolist()]

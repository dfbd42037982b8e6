"""spaCy's rule lemmatizer with every answer remembered by word, part of speech and morphology.

The English lemmatizer's answer for a token depends on its spelling, part of speech and morphology
only, and spaCy caches it under those three, except where the word is already its base form (most
nouns and verbs), which it works out again every time; and it reads each token as a Python object.
Here the three come out of the document as one array, each distinct triple is lemmatized once by
the pipeline's own lemmatizer, and the lemmas go back as one array: the same lemmas, in a small
part of the time. A few words the model reads wrong take the lemma a table gives them (``lemma_fixes`` of
``seeds/relations.yaml``: "bases" is a base's plural, not the plural of "basis"), so every rule that reads a lemma
reads the right one.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Token

from graph.seeds import load_seed_yaml


class MemoLemmatizer:
    """Applies a :class:`Lemmatizer`, once for each distinct (word, part of speech, morphology); ``fixes``: the lemma
    of each lowercase word the lemmatizer gets wrong."""

    def __init__(self, lemmatizer: Lemmatizer, fixes: dict[str, str] | None = None) -> None:
        self.lemmatizer = with_indexed_words(lemmatizer)
        self.fixes = fixes or {}
        self.memo: dict[tuple[int, int, int], int] = {}

    def lemma(self, token: Token) -> str:
        """The token's lemma: the table's for a word it lists, else the lemmatizer's."""
        return self.fixes.get(token.lower_) or self.lemmatizer.lemmatize(token)[0]

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        strings, memo, overwrite = doc.vocab.strings, self.memo, self.lemmatizer.overwrite
        lemmas = []
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA]).T.tolist()  # four lists, not a small list a token
        for i, (orth, pos, morph, lemma) in enumerate(zip(*columns, strict=True)):
            if overwrite or lemma == 0:  # as the lemmatizer itself: a lemma the attribute ruler set stays
                key = (orth, pos, morph)
                lemma = memo.get(key, 0)
                if not lemma:
                    lemma = memo[key] = strings.add(self.lemma(doc[i]))
            lemmas.append(lemma)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64").reshape(-1, 1))
        return doc


def with_indexed_words(lemmatizer: Lemmatizer) -> Lemmatizer:
    """The lemmatizer with the known words of each part of speech (its ``lemma_index`` table) held as sets: the
    model ships them as lists, which every candidate form of every word is looked for in, one by one (57,000 nouns).

    >>> import spacy
    >>> lemmatizer = spacy.blank("en").add_pipe("lemmatizer", config={"mode": "rule"})
    >>> _ = lemmatizer.lookups.add_table("lemma_index", {"noun": ["base", "house"]})
    >>> with_indexed_words(lemmatizer).lookups.get_table("lemma_index")["noun"] == {"base", "house"}
    True
    """
    index = lemmatizer.lookups.get_table("lemma_index", {})
    for pos, words in list(index.items()):
        index[pos] = frozenset(words)  # the same answers to "in", in a set's time
    return lemmatizer


@Language.factory("memo_lemmatizer")
def make_memo_lemmatizer(nlp: Language, name: str) -> MemoLemmatizer:
    """The pipeline's ``lemmatizer``, remembered (add it after that one and disable that one), with the seeds' fixes."""
    return MemoLemmatizer(nlp.get_pipe("lemmatizer"), dict(load_seed_yaml("relations.yaml")["lemma_fixes"]))


def memo_lemmatizer(nlp: Language) -> Language:
    """Put the remembering lemmatizer in the place of the pipeline's rule ``lemmatizer``, if it has one."""
    if "lemmatizer" in nlp.pipe_names and getattr(nlp.get_pipe("lemmatizer"), "mode", "") == "rule":
        nlp.add_pipe("memo_lemmatizer", after="lemmatizer")
        nlp.disable_pipe("lemmatizer")
    return nlp

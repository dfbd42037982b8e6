"""Phrase patterns added to a spaCy ``SpanRuler`` by their token keys, so a ruler of known pattern texts is made
without tokenising them again.

A ``PhraseMatcher`` knows a pattern by the sequence of one attribute of its tokens (``LOWER`` or ``ORTH``
hashes); tokenising the 5,970 surface forms of the known actors to find those takes half a second at every
start. :func:`phrase_keys` finds them once (:mod:`graph.seed_cache` keeps them), and :func:`add_phrase_patterns`
does what ``SpanRuler.add_patterns`` does with phrase patterns, in the same order, from the keys.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> ruler = nlp.add_pipe("span_ruler", config={"phrase_matcher_attr": "LOWER"})
>>> patterns = [{"label": "Organization", "pattern": "Kataib Hezbollah", "id": "kataib-hezbollah"}]
>>> add_phrase_patterns(ruler, patterns, phrase_keys(nlp, ["Kataib Hezbollah"], "LOWER"))
>>> doc = nlp("Iran funds KATAIB HEZBOLLAH.")
>>> [(s.text, s.label_, s.id_) for s in doc.spans["ruler"]]
[('KATAIB HEZBOLLAH', 'Organization', 'kataib-hezbollah')]
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import SpanRuler
    from spacy.vocab import Vocab


def phrase_keys(nlp: Language, texts: list[str], attr: str) -> dict[str, tuple[int, ...]]:
    """Each text's key for a phrase matcher on ``attr``: that attribute of each of its tokens, as the
    pipeline's tokenizer splits it."""
    with nlp.select_pipes(enable=[]):
        return {text: tuple(doc.to_array(attr).tolist()) for text, doc in zip(texts, nlp.pipe(texts), strict=True)}


def add_phrase_patterns(ruler: SpanRuler, patterns: list[dict], keys: dict[str, tuple[int, ...]]) -> None:
    """Add phrase patterns (``label``, ``pattern`` text, ``id``) to ``ruler`` as its ``add_patterns`` would, each
    by its text's key in ``keys`` (:func:`phrase_keys` on the ruler's ``phrase_matcher_attr``)."""
    strings = ruler.nlp.vocab.strings
    labels = []
    for entry in patterns:
        label = repr((entry["label"], entry.get("id", "")))
        ruler._match_label_id_map[strings.as_int(label)] = {"label": entry["label"], "id": entry.get("id", "")}
        ruler._patterns.append(entry)
        labels.append(label)
    with bare_lexemes(ruler.nlp.vocab):
        for label, entry in zip(labels, patterns, strict=True):
            ruler.phrase_matcher.add(label, [keys[entry["pattern"]]])


@contextmanager
def bare_lexemes(vocab: Vocab) -> Iterator[None]:
    """New words of ``vocab`` made without their lexical attributes (shape, prefix, suffix, ``like_num``...) while
    inside.

    ``PhraseMatcher.add`` makes a word of each pattern's label (``vocab[key]``), and working out its dozen
    attributes took 0.7 s of a start for the 6,000 labels of the known actors. A label ("('Organization',
    'kataib-hezbollah')") has a space, so no token of a text is ever that word: nothing reads its attributes.

    >>> import spacy
    >>> vocab = spacy.blank("en").vocab
    >>> with bare_lexemes(vocab):
    ...     vocab["('Person', 'ali-x')"].shape_
    ''
    >>> vocab["('Person', 'ali-y')"].shape_
    "('Xxxxx', 'xxx-x')"
    """
    getters = vocab.lex_attr_getters
    vocab.lex_attr_getters = None
    try:
        yield
    finally:
        vocab.lex_attr_getters = getters

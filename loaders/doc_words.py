"""A parsed document's words read once into lists of strings, so that a rule looking for its cue words scans
strings instead of making a spaCy ``Token`` at every position (each ``doc[i]`` or ``for t in span`` makes one).

>>> import spacy
>>> doc = spacy.blank("en")("Iran funds Hezbollah. Israel strikes Gaza.")
>>> words = DocWords(doc)
>>> words.lower[:3], [t.text for t in words.with_word({"strikes", "iran"}, doc[4:])]
(['iran', 'funds', 'hezbollah'], ['strikes'])
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Container, Iterable
from functools import cached_property
from typing import TypeVar

from spacy.attrs import IS_LOWER, IS_PUNCT, IS_QUOTE, LEMMA, LOWER, ORTH, SPACY
from spacy.tokens import Doc, Span, Token

TEXT_KEY = "actorgraph_text"  # where :func:`text_of` keeps a document's text
STRINGS_KEY = "actorgraph_strings"  # with an attribute, where :func:`token_strings` keeps its strings
WORDS_KEY = "actorgraph_words"  # where :func:`words_of` keeps a document's :class:`DocWords`
LOWERCASE_KEY = "actorgraph_lowercase_words"  # where :func:`lowercase_words` keeps its words
ENTS_KEY = "actorgraph_ents"  # where :func:`entities_of` keeps a document's entities
MEMO_KEY = "actorgraph_memo"  # with a name, where :func:`doc_memo` keeps a rule's answers


Kept = TypeVar("Kept")


def kept(doc: Doc, key: object, make: Callable[[Doc], Kept]) -> Kept:
    """``make(doc)``, made once a document and kept in ``doc.user_data`` under ``key``.

    >>> import spacy
    >>> doc = spacy.blank("en")("Iran funds Hezbollah.")
    >>> kept(doc, "actorgraph_test", len), doc.user_data["actorgraph_test"]
    (4, 4)
    """
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = make(doc)
    return found


def text_of(doc: Doc) -> str:
    """The document's text, put together from its tokens once and kept in ``doc.user_data`` (spaCy's ``doc.text``
    joins every token again at each reading, and several steps of a build read the whole text).

    >>> import spacy
    >>> doc = spacy.blank("en")("Iran funds\\nHezbollah.")
    >>> text_of(doc) == doc.text, text_of(doc) is text_of(doc)
    (True, True)
    """
    return kept(doc, TEXT_KEY, _joined_text)


def span_text(span: Span) -> str:
    """``span.text``, cut from the document's text (:func:`text_of`) rather than joined from a ``Token`` made at each
    of its positions.

    >>> import spacy
    >>> doc = spacy.blank("en")("Iran  funds\\nHezbollah .")
    >>> [span_text(doc[a:b]) == doc[a:b].text for a, b in ((0, 2), (1, 4), (3, 5), (2, 2))]
    [True, True, True, True]
    """
    return text_of(span.doc)[span.start_char : span.end_char]


def _joined_text(doc: Doc) -> str:
    """``doc.text`` (every token's text and the space after it), read from the document's arrays rather than from a
    ``Token`` made at each position.

    >>> import spacy
    >>> doc = spacy.blank("en")("Iran  funds\\nHezbollah .")
    >>> _joined_text(doc) == doc.text, _joined_text(doc[:0].as_doc())
    (True, '')
    """
    if not len(doc):
        return ""
    strings = doc.vocab.strings
    orths, spaces = doc.to_array([ORTH, SPACY]).T.tolist()  # plain ints: numpy's rows and scalars are slow to read
    return "".join([strings[orth] + " " if space else strings[orth] for orth, space in zip(orths, spaces, strict=True)])


def token_strings(doc: Doc, attr: int = ORTH) -> list[str]:
    """Every token's string of one attribute (``ORTH``: ``token.text``, ``LOWER``: ``token.lower_``), by position,
    read from the document's arrays rather than from a ``Token`` made at each position, once a document (kept in
    ``doc.user_data``: several rules ask; the list is shared, not to be changed).

    >>> import spacy
    >>> doc = spacy.blank("en")("Iran funds\\nHezbollah.")
    >>> token_strings(doc), token_strings(doc, LOWER)[:2], token_strings(doc[:0].as_doc())
    (['Iran', 'funds', '\\n', 'Hezbollah', '.'], ['iran', 'funds'], [])
    >>> token_strings(doc) is token_strings(doc)
    True
    """
    found = doc.user_data.get((STRINGS_KEY, attr))
    if found is None:
        strings = doc.vocab.strings
        found = [strings[h] for h in doc.to_array(attr).tolist()] if len(doc) else []
        doc.user_data[STRINGS_KEY, attr] = found
    return found


def doc_memo(doc: Doc, name: str) -> dict:
    """A rule's answers for one document by what it was asked (a token's position), kept in ``doc.user_data``: for
    questions of the parse alone, which several rules ask again and again.

    >>> import spacy
    >>> doc = spacy.blank("en")("Iran funds Hezbollah.")
    >>> doc_memo(doc, "test")[1] = ["funds"]
    >>> doc_memo(doc, "test"), doc_memo(doc, "other")
    ({1: ['funds']}, {})
    """
    user_data = doc.user_data
    found = user_data.get((MEMO_KEY, name))
    if found is None:  # not ``setdefault``, which makes a new dict at every question
        found = user_data[MEMO_KEY, name] = {}
    return found


def read_once(token: Token, read: Callable[[Token], Kept]) -> Kept:
    """``read(token)``, worked out once a token and kept in the document's :func:`doc_memo` under ``read``'s name (the
    caller copies an answer it hands out to be changed).

    >>> import spacy
    >>> doc = spacy.blank("en")("Iran funds Hezbollah.")
    >>> def lowered(token): return [token.lower_]
    >>> read_once(doc[0], lowered) is read_once(doc[0], lowered), doc_memo(doc, "lowered")
    (True, {0: ['iran']})
    """
    known = doc_memo(token.doc, read.__name__)
    found = known.get(token.i)
    if found is None:
        found = known[token.i] = read(token)
    return found


def entities_of(doc: Doc) -> tuple[Span, ...]:
    """The document's named entities (``doc.ents``, which makes every entity's span again at each reading), read once
    a reading and kept in ``doc.user_data`` (the rules do not set entities).

    >>> import spacy
    >>> doc = spacy.blank("en")("Iran funds Hezbollah.")
    >>> doc.ents = [doc[0:1]]
    >>> entities_of(doc) == doc.ents, entities_of(doc) is entities_of(doc)
    (True, True)
    """
    return kept(doc, ENTS_KEY, lambda d: d.ents)


def words_of(doc: Doc) -> DocWords:
    """The document's :class:`DocWords`, read once a document and kept in ``doc.user_data``.

    >>> import spacy
    >>> doc = spacy.blank("en")("Iran funds Hezbollah.")
    >>> words_of(doc) is words_of(doc), words_of(doc).lower[0]
    (True, 'iran')
    """
    return kept(doc, WORDS_KEY, DocWords)


def sentence_starts(doc: Doc, sentences: Iterable[Span] | None = None) -> list[int]:
    """Where each token's sentence starts (``token.sent.start``, which makes two spans at each reading), by position;
    ``sentences``: the document's, when already read.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> nlp.add_pipe("sentencizer")  # doctest: +ELLIPSIS
    <...>
    >>> sentence_starts(nlp("Iran funds Hezbollah. Israel strikes Gaza."))
    [0, 0, 0, 0, 4, 4, 4, 4]
    """
    starts: list[int] = []
    for sent in doc.sents if sentences is None else sentences:
        starts += [sent.start] * (sent.end - sent.start)
    return starts


def read_sentences_once(doc: Doc) -> None:
    """Make ``token.sent`` and ``span.sent`` give the document's sentence from its :class:`DocWords` (spaCy walks the
    sentence starts and makes two spans at each reading, and the rules ask thousands of times): the same sentence,
    one ``Span`` a sentence. :func:`forget_reading` undoes it.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> nlp.add_pipe("sentencizer")  # doctest: +ELLIPSIS
    <...>
    >>> doc = nlp("Iran funds Hezbollah. Israel strikes Gaza.")
    >>> read_sentences_once(doc)
    >>> doc[5].sent.text, doc[5].sent is doc[4:6].sent, doc[1:2].sent.text
    ('Israel strikes Gaza.', True, 'Iran funds Hezbollah.')
    """
    words = words_of(doc)  # its sentences read at the first question, as spaCy reads them
    doc.user_token_hooks["sent"] = lambda token: words.sentence_at(token.i)
    doc.user_span_hooks["sent"] = lambda span: words.sentence_at(span.start)


def forget_reading(doc: Doc) -> None:
    """Drop what the rules kept in ``doc.user_data`` while reading it (its :class:`DocWords`, the rules' answers,
    the sentence hooks of :func:`read_sentences_once`), which refer back to the document, so that it is freed as soon
    as it is no longer used rather than at the next collection of cycles (its text stays).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> nlp.add_pipe("sentencizer")  # doctest: +ELLIPSIS
    <...>
    >>> doc = nlp("Iran funds Hezbollah.")
    >>> read_sentences_once(doc), doc_memo(doc, "test"), text_of(doc)[:4], token_strings(doc)[0], doc[1].sent.start
    (None, {}, 'Iran', 'Iran', 0)
    >>> forget_reading(doc)
    >>> list(doc.user_data), dict(doc.user_token_hooks)
    (['actorgraph_text'], {})
    """
    doc.user_token_hooks.pop("sent", None)
    doc.user_span_hooks.pop("sent", None)
    for key in [k for k in doc.user_data if _kept_while_reading(k)]:
        del doc.user_data[key]


def _kept_while_reading(key: object) -> bool:
    """Whether a key of ``doc.user_data`` is one the rules keep while reading (all of this package's but the text's)."""
    name = key[0] if isinstance(key, tuple) and key else key
    return isinstance(name, str) and name.startswith("actorgraph_") and name != TEXT_KEY


class DocWords:
    """Every token's text, lowercase form, lowercase lemma and punctuation flag (``token.text``, ``token.lower_``,
    ``token.lemma_.lower()``, ``token.is_punct``; ``token.is_quote`` when first asked for), by position."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        strings = doc.vocab.strings
        columns = doc.to_array([ORTH, LOWER, LEMMA, IS_PUNCT]).T.tolist() if len(doc) else ([], [], [], [])
        texts, lowers, lemmas, puncts = columns
        self.text: list[str] = [strings[h] for h in texts]
        self.lower: list[str] = [strings[h] for h in lowers]
        self.lemma: list[str] = [strings[h].lower() for h in lemmas]
        self.punct: list[bool] = [bool(p) for p in puncts]
        doc.user_data.setdefault((STRINGS_KEY, ORTH), self.text)  # what :func:`token_strings` would read again
        doc.user_data.setdefault((STRINGS_KEY, LOWER), self.lower)
        self._positions: dict[tuple[str, frozenset[str]], list[int]] = {}  # see :meth:`_with`

    @cached_property
    def quote(self) -> list[int]:
        """Whether each token is a quotation mark (``token.is_quote``), read when first asked for."""
        return self.doc.to_array(IS_QUOTE).tolist() if len(self.doc) else []

    @cached_property
    def sentences(self) -> list[Span]:
        """The document's sentences (``doc.sents``, which makes every sentence's span again at each reading), in
        order."""
        return list(self.doc.sents)

    @cached_property
    def sentence_start(self) -> list[int]:
        """Where each token's sentence starts (``token.sent.start``), by position."""
        return sentence_starts(self.doc, self.sentences)

    @cached_property
    def sentences_by_start(self) -> dict[int, Span]:
        """The document's sentences by where they start."""
        return {sent.start: sent for sent in self.sentences}

    def sentence(self, token: Token) -> Span:
        """The token's sentence, as ``token.sent`` reads it (which walks the parse and makes two spans each time).

        >>> import spacy
        >>> nlp = spacy.blank("en")
        >>> nlp.add_pipe("sentencizer")  # doctest: +ELLIPSIS
        <...>
        >>> doc = nlp("Iran funds Hezbollah. Israel strikes Gaza.")
        >>> words = DocWords(doc)
        >>> words.sentence(doc[5]) == doc[5].sent, words.sentence(doc[5]).text
        (True, 'Israel strikes Gaza.')
        """
        return self.sentence_at(token.i)

    def sentence_at(self, i: int) -> Span:
        """The sentence of the token at position ``i``."""
        return self.sentences_by_start[self.sentence_start[i]]

    def with_lemma(self, lemmas: Container[str], span: Span) -> list[Token]:
        """The span's tokens whose lowercase lemma is one of ``lemmas``, in order."""
        return self._with("lemma", lemmas, span)

    def with_lower(self, words: Container[str], span: Span) -> list[Token]:
        """The span's tokens whose lowercase form is one of ``words``, in order."""
        return self._with("lower", words, span)

    def with_word(self, words: Container[str], span: Span) -> list[Token]:
        """The span's tokens whose lowercase form or lemma is one of ``words``, in order."""
        return self._with("word", words, span)

    def _with(self, column: str, words: Container[str], span: Span) -> list[Token]:
        """The span's tokens whose ``column`` (lemma, lower, or either: word) is one of ``words``. A fixed set of
        words (a ``frozenset``: the cues) is looked for once in the whole document and its positions kept, so that the
        rules asking of sentence after sentence cut a list instead of scanning every word again.

        >>> import spacy
        >>> doc = spacy.blank("en")("Iran funds Hezbollah. Israel funds Gaza groups.")
        >>> words = DocWords(doc)
        >>> cues = frozenset({"funds", "gaza"})
        >>> [t.i for t in words.with_word(cues, doc[4:])], [t.i for t in words.with_word(set(cues), doc[4:])]
        ([5, 6], [5, 6])
        """
        doc = self.doc
        if not isinstance(words, frozenset):
            return [doc[i] for i in self._positions_in(column, words, span.start, span.end)]
        found = self._positions.get((column, words))
        if found is None:
            found = self._positions[column, words] = self._positions_in(column, words, 0, len(doc))
        return [doc[i] for i in found[bisect_left(found, span.start) : bisect_left(found, span.end)]]

    def _positions_in(self, column: str, words: Container[str], start: int, end: int) -> list[int]:
        """The positions from ``start`` to ``end`` whose ``column`` (lemma, lower, or either: word) is one of
        ``words``."""
        lower, lemma = self.lower, self.lemma
        if column == "lemma":
            return [i for i in range(start, end) if lemma[i] in words]
        if column == "lower":
            return [i for i in range(start, end) if lower[i] in words]
        return [i for i in range(start, end) if lower[i] in words or lemma[i] in words]


def in_quotation(token: Token) -> bool:
    """Whether a word stands inside a quotation opened earlier in its sentence.

    >>> from spacy.lang.en import English
    >>> nlp = English()
    >>> _ = nlp.add_pipe("sentencizer")
    >>> doc = nlp('He warned them that "hell will rain down upon you" and left you.')
    >>> in_quotation(doc[9]), in_quotation(doc[13])
    (True, False)
    """
    before = text_of(token.doc)[token.sent.start_char : token.idx]  # not ``doc.text``, joined again each time
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def lowercase_words(doc: Doc) -> frozenset[str]:
    """The words the document writes in lower case, read once a document from its array, not token by token.

    >>> import spacy
    >>> sorted(lowercase_words(spacy.blank("en")("Peace talks in Peace and Justice")))
    ['and', 'in', 'talks']
    """
    return kept(doc, LOWERCASE_KEY, _lowercase_words)


def _lowercase_words(doc: Doc) -> frozenset[str]:
    if not len(doc):
        return frozenset()
    strings = doc.vocab.strings
    orths, lowers = doc.to_array([ORTH, IS_LOWER]).T.tolist()  # two columns: a list a token is slow to make
    return frozenset(strings[orth] for orth in {orth for orth, is_lower in zip(orths, lowers, strict=True) if is_lower})

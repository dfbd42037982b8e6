"""A parsed document's words read once into lists of strings, so that a rule looking for its cue words scans
strings instead of making a spaCy ``Token`` at every position (each ``doc[i]`` or ``for t in span`` makes one).

>>> import spacy
>>> doc = spacy.blank("en")("Iran funds Hezbollah. Israel strikes Gaza.")
>>> words = DocWords(doc)
>>> words.lower[:3], [t.text for t in words.with_word({"strikes", "iran"}, doc[4:])]
(['iran', 'funds', 'hezbollah'], ['strikes'])
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from functools import cached_property

from spacy.attrs import IS_PUNCT, LEMMA, LOWER, ORTH, SPACY
from spacy.tokens import Doc, Span, Token

TEXT_KEY = "actorgraph_text"  # where :func:`text_of` keeps a document's text


def text_of(doc: Doc) -> str:
    """The document's text, put together from its tokens once and kept in ``doc.user_data`` (spaCy's ``doc.text``
    joins every token again at each reading, and several steps of a build read the whole text).

    >>> import spacy
    >>> doc = spacy.blank("en")("Iran funds\\nHezbollah.")
    >>> text_of(doc) == doc.text, text_of(doc) is text_of(doc)
    (True, True)
    """
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = _joined_text(doc)
    return text


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
    read from the document's arrays rather than from a ``Token`` made at each position.

    >>> import spacy
    >>> doc = spacy.blank("en")("Iran funds\\nHezbollah.")
    >>> token_strings(doc), token_strings(doc, LOWER)[:2], token_strings(doc[:0].as_doc())
    (['Iran', 'funds', '\\n', 'Hezbollah', '.'], ['iran', 'funds'], [])
    """
    if not len(doc):
        return []
    strings = doc.vocab.strings
    return [strings[h] for h in doc.to_array(attr).tolist()]


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


class DocWords:
    """Every token's text, lowercase form, lowercase lemma and punctuation flag (``token.text``, ``token.lower_``,
    ``token.lemma_.lower()``, ``token.is_punct``), by position."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        strings = doc.vocab.strings
        columns = doc.to_array([ORTH, LOWER, LEMMA, IS_PUNCT]).T.tolist() if len(doc) else ([], [], [], [])
        texts, lowers, lemmas, puncts = columns
        self.text: list[str] = [strings[h] for h in texts]
        self.lower: list[str] = [strings[h] for h in lowers]
        self.lemma: list[str] = [strings[h].lower() for h in lemmas]
        self.punct: list[bool] = [bool(p) for p in puncts]

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
    def _sentences(self) -> dict[int, Span]:
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
        return self._sentences[self.sentence_start[token.i]]

    def with_lemma(self, lemmas: Container[str], span: Span) -> list[Token]:
        """The span's tokens whose lowercase lemma is one of ``lemmas``, in order."""
        doc, lemma = self.doc, self.lemma
        return [doc[i] for i in range(span.start, span.end) if lemma[i] in lemmas]

    def with_lower(self, words: Container[str], span: Span) -> list[Token]:
        """The span's tokens whose lowercase form is one of ``words``, in order."""
        doc, lower = self.doc, self.lower
        return [doc[i] for i in range(span.start, span.end) if lower[i] in words]

    def with_word(self, words: Container[str], span: Span) -> list[Token]:
        """The span's tokens whose lowercase form or lemma is one of ``words``, in order."""
        doc, lower, lemma = self.doc, self.lower, self.lemma
        return [doc[i] for i in range(span.start, span.end) if lower[i] in words or lemma[i] in words]

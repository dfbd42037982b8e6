"""DocWords and text_of read a parsed document's arrays once: what they give must be what spaCy's own readings give."""

from __future__ import annotations

from loaders.doc_words import DocWords, text_of
from loaders.nlp import load_nlp

PAGE = (
    "KANO, Nigeria  -  Gunmen attacked a market on Tuesday.\n\n"
    "Police blamed the group , which denied it.\tOfficials condemned the raid.\n"
)


def test_text_of_is_the_documents_text_with_every_space_and_line_break() -> None:
    doc = load_nlp()(PAGE)
    assert text_of(doc) == doc.text == PAGE


def test_sentences_are_the_parsers_and_each_word_finds_its_own() -> None:
    doc = load_nlp()(PAGE)
    words = DocWords(doc)
    assert [(s.start, s.end) for s in words.sentences] == [(s.start, s.end) for s in doc.sents]
    assert len(words.sentences) > 2  # the blank line and the full stops end sentences
    assert all(words.sentence(t) == t.sent for t in doc)
    assert words.sentence_start == [t.sent.start for t in doc]

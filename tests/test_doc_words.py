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


def test_a_fixed_set_of_cue_words_is_looked_for_once_and_found_as_a_scan_of_each_sentence_finds_it() -> None:
    doc = load_nlp()(PAGE)
    words = DocWords(doc)
    cues = frozenset({"attack", "blame", "raid", "police", "the"})
    for sent in words.sentences:
        for find in (words.with_lemma, words.with_lower, words.with_word):
            assert [t.i for t in find(cues, sent)] == [t.i for t in find(set(cues), sent)]
    assert [t.text for t in words.with_lemma(cues, doc[:])] == ["attacked", "Police", "blamed", "the", "the", "raid"]
    assert [t.text for t in words.with_lower(cues, doc[:])] == ["Police", "the", "the", "raid"]
    assert {column for column, _ in words._positions} == {"lemma", "lower", "word"}  # one list a set and reading

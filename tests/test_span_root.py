"""span_root reads a span's root once a span: what it gives must be what spaCy's ``Span.root`` gives, for every span
of a parsed page (one token, several, across a sentence's root, punctuation and line breaks)."""

from __future__ import annotations

from loaders.doc_tree import span_root
from loaders.doc_words import doc_memo, forget_reading
from loaders.nlp import load_nlp

PAGE = (
    "Gunmen from the Ruritanian Liberation Front attacked a police post near Vostok on Tuesday.\n\n"
    "The front , which denied it, is led by Anna Vell.\tOfficials of the Borduria ministry condemned the raid.\n"
)


def test_every_span_has_the_root_spacy_gives_it() -> None:
    doc = load_nlp()(PAGE)
    spans = [(a, b) for a in range(len(doc)) for b in range(a + 1, min(len(doc), a + 8) + 1)]
    assert all(span_root(doc, a, b) == doc[a:b].root for a, b in spans)
    assert span_root(doc, 0, len(doc)) == doc[:].root


def test_a_root_is_found_once_and_forgotten_with_the_reading() -> None:
    doc = load_nlp()(PAGE)
    first = span_root(doc, 2, 6)
    assert first.text == "Front" and doc_memo(doc, "span_root") == {(2, 6): first.i}
    assert span_root(doc, 2, 6) == first and span_root(doc, 5, 6).i == 5  # one token: itself, nothing kept
    assert doc_memo(doc, "span_root") == {(2, 6): first.i}
    forget_reading(doc)
    assert doc_memo(doc, "span_root") == {}

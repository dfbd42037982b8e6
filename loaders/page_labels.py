"""Names that a page's layout or wording shows are not actors, though the NER tags them.

- a kicker or section label before a colon at a line's start ("Explainer: Who are ...", "## Background: the
  alliance");
- anything on a breadcrumb or menu line ("Home | News & Events | Press Statements") or a name run across a
  separator bar;
- a name cut before its end ("the Specially Designated Nationals and Blocked Persons List" read up to "and");
- a name that only qualifies a thing no actor is ("the Haigeng agreement", "the Grito ceremony") or a people
  ("the Masalit community").

The head nouns are ``seeds/relations.yaml``'s ``page_labels`` block. Only names the gazetteer does not know are
judged here: a known actor before a colon or a bar is still that actor.

>>> from loaders.nlp import load_nlp
>>> doc = load_nlp()("Explainer: Who are the rebels?\\nHome | News | Press Statements")
>>> [e.text for e in doc.ents if not_an_actor(e)]
['Explainer', 'Home | News']
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from graph.seeds import load_seed_yaml


@cache
def _lists() -> dict[str, frozenset[str]]:
    return {key: frozenset(words) for key, words in load_seed_yaml("relations.yaml")["page_labels"].items()}


def not_an_actor(span: Span) -> bool:
    """Whether an unknown name is a page's label, menu, cut-off name or a qualifier of a thing or a people."""
    return _kicker(span) or _on_menu_line(span) or _cut_off(span) or _qualifies_a_thing(span)


def _line(span: Span) -> tuple[Token, Token]:
    """The first and last tokens of the line the span is on."""
    doc = span.doc
    start, end = span.start, span.end - 1
    while start > 0 and "\n" not in doc[start - 1].whitespace_ and "\n" not in doc[start - 1].text:
        start -= 1
    while end + 1 < len(doc) and "\n" not in doc[end].whitespace_ and "\n" not in doc[end + 1].text:
        end += 1
    return doc[start], doc[end]


def _kicker(span: Span) -> bool:
    """A single word opening its line (after a heading's marks) and followed by a colon: a label, not a name."""
    doc = span.doc
    first, _ = _line(span)
    before = doc[first.i : span.start]
    opens = all(t.is_punct or t.is_space for t in before)
    return len(span) == 1 and opens and span.end < len(doc) and doc[span.end].text == ":"


def _on_menu_line(span: Span) -> bool:
    """A name on a line of items parted by bars (a breadcrumb, a menu), or one running across a bar."""
    if any(t.text == "|" for t in span):
        return True
    first, last = _line(span)
    return sum(t.text == "|" for t in span.doc[first.i : last.i + 1]) >= 2


def _cut_off(span: Span) -> bool:
    """A name ending in a word that cannot end one ("... Nationals and", "... State Sponsors of")."""
    return span[-1].lower_ in _lists()["cut_words"]


def _qualifies_a_thing(span: Span) -> bool:
    """A name before a noun of an agreement, a ceremony or a people ("the Haigeng agreement", "Masalit community")."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    head = doc[span.end]
    return head.pos_ == "NOUN" and head.lower_ in _lists()["thing_nouns"] | _lists()["people_nouns"]

"""Lists of names the NER read as one name: "Meta, Caquetá, Guaviare" (an organisation) of "in four departments
(Meta, Caquetá, Guaviare and Putumayo)", "Prigozhin, Utkin" (a person) of "Prigozhin, Utkin and their pilots".

An unknown name that holds a comma is cut into its items where every item is one to four capitalised words with no
word of a body (a legal name keeps its commas: "Foreign, Commonwealth and Development Office", "Myanmar Jade Co.,
Ltd", "Kilo Trading, LLC"). Each item takes the label of the name read right after the list ("and Putumayo", a
place), else the whole's.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from loaders.doc_words import span_text
from loaders.mentions import guess_kind
from loaders.whole_names import ends_in_legal_form

MAX_ITEM_WORDS = 4
ITEM_WORD = re.compile(r"[^\W\d_][\w'’-]*")  # a capitalised word: letters, with a hyphen or apostrophe inside
LIST_GAPS = frozenset({",", "and", ", and"})  # what joins the last item read apart to the swallowed list
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC"})  # the NER's labels of a name a list may be read as


def _is_item(words: list[str]) -> bool:
    """Whether a piece of a name between commas can be a name of its own: one to four capitalised words, none a
    body's ("Development Office" is none)."""
    return (
        0 < len(words) <= MAX_ITEM_WORDS
        and all(ITEM_WORD.fullmatch(w) and w[0].isupper() for w in words)
        and guess_kind(" ".join(words)) == "other"
    )


def _items(ent: Span) -> list[tuple[int, int]] | None:
    """The token ranges of a swallowed list's items, or None where ``ent`` is no list ("and" cuts only after a
    comma has)."""
    if not any(t.text == "," for t in ent) or ends_in_legal_form(ent.text):
        return None  # "Kilo Trading, LLC": a company's legal form after its comma
    items: list[tuple[int, int]] = []
    start = ent.start
    for t in ent:
        if t.text in {",", "and"}:
            if t.i > start:
                items.append((start, t.i))
            start = t.i + 1
    if start < ent.end:
        items.append((start, ent.end))
    doc = ent.doc
    if len(items) < 2 or not all(_is_item([w.text for w in doc[a:b]]) for a, b in items):
        return None
    return items


def split_swallowed_lists(ents: list[Span]) -> list[Span]:
    """``ents`` with each unknown name that is a list of names cut into its items.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("Talks stalled in Meta, Caquetá, Guaviare and Putumayo in May.")
    >>> ents = [Span(doc, 3, 8, label="ORG"), Span(doc, 9, 10, label="GPE")]
    >>> [(e.text, e.label_) for e in split_swallowed_lists(ents)]
    [('Meta', 'GPE'), ('Caquetá', 'GPE'), ('Guaviare', 'GPE'), ('Putumayo', 'GPE')]
    >>> doc = nlp("He met the Foreign, Commonwealth and Development Office.")
    >>> [e.text for e in split_swallowed_lists([Span(doc, 3, 9, label="ORG")])]
    ['Foreign, Commonwealth and Development Office']
    """
    if not ents:
        return ents
    doc = ents[0].doc
    by_start = {e.start: e for e in ents}
    out: list[Span] = []
    for ent in ents:
        items = None if ent.id_ or ent.label_ not in NAME_LABELS else _items(ent)
        if items is None:
            out.append(ent)
            continue
        label = ent.label_
        for gap in (1, 2):
            after = by_start.get(ent.end + gap)
            if after is not None and span_text(doc[ent.end : after.start]) in LIST_GAPS:
                label = after.label_ if after.label_ in NAME_LABELS else label
                break
        out.extend(Span(doc, a, b, label=label) for a, b in items)
    return out

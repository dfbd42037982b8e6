"""Outlets a photo's credit names, which the NER misses (a credit is no sentence): "... in Goma on Monday. (AFP)",
"... 2023. (Reuters/File)", "*... on Sunday. Photo: AFP*", "Photo: AFP / Jane Roe", "(Photo: Jane Roe/Reuters)". The
name is a news outlet's (``doc.spans["credit_outlets"]``, to which :func:`~loaders.mentions.mention_from_span` gives the
kind ``media``), unless its words are a credit's own ("Handout", "File", "Courtesy": ``credit_not_outlets`` of
``seeds/relations.yaml``).

>>> import spacy
>>> text = "Troops in Goma on Monday. (AFP)\\nA camp in 2023. (Reuters/File)\\n*A road. Photo: Handout*"
>>> doc = spacy.blank("en")(text)
>>> [s.text for s in credited_outlets(doc, text)]
['AFP', 'Reuters']
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from graph.seeds import load_seed_yaml
from loaders.bylines import outlet_first_credit, photo_credit

NAME = r"[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,2}"  # "AFP", "Getty Images", "Maxar Technologies"


@cache
def _credit_ends() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A caption's credit at its line's end: the outlet in brackets after the sentence ("2023. (Reuters/File)"), or
    after a credit word and a colon ("Photo: AFP*"; ``photo_credit_words``)."""
    words = sorted(load_seed_yaml("relations.yaml")["photo_credit_words"], key=len, reverse=True)
    opener = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)
    end = r"[ \t]*[*_]*[ \t]*$"
    bracket = re.compile(rf"[.!?][*_]?[ \t]*\(({NAME})(?:[ \t]*/[ \t]*[A-Za-z]+)?\){end}", re.MULTILINE)
    after_word = re.compile(rf"\b(?i:{opener})[ \t]*:[ \t]*({NAME}){end}", re.MULTILINE)
    return bracket, after_word


@cache
def _not_outlets() -> frozenset[str]:
    """Words of a credit that name no outlet ("Handout", "File"; ``credit_not_outlets``)."""
    return frozenset(load_seed_yaml("relations.yaml")["credit_not_outlets"])


def credited_outlets(doc: Doc, text: str) -> list[Span]:
    """The outlets the page's photo credits name, each a span labelled ``ORG``."""
    bracket, after_word = _credit_ends()
    places = [m.span(1) for pattern in (bracket, after_word) for m in pattern.finditer(text)]
    places += [m.span(1) for m in outlet_first_credit().finditer(text)] + [
        m.span(2) for m in photo_credit().finditer(text)
    ]
    found = []
    for start, end in sorted(set(places)):
        span = doc.char_span(start, end, label="ORG")
        if span is not None and not _not_outlets().intersection(t.lower_ for t in span):
            found.append(span)
    return found

"""Organisations named with a creed in brackets after the name: "the Communist Party of India (Maoist)", "the CPI
(Maoist)". The bracket is part of the name (it tells the party from the one without it), not an acronym nor a
second name, when what it holds is a people's or a creed's word alone (the NER's ``NORP``). The NER often cuts
such a name before "of" ("Communist Party" of "Communist Party of Varenia (Maoist)"): the capitalised words and
the name's small words (``creed_name_joiners``) between a body's name and the bracket are the name's too.

>>> import spacy
>>> from spacy.tokens import Span, Token
>>> doc = spacy.blank("en")("Police fought the Communist Party of Zandia (Maoist) and the CPZ (Maoist) there.")
>>> ents = [Span(doc, 3, 5, label="ORG"), Span(doc, 8, 9, label="NORP"), Span(doc, 14, 15, label="NORP")]
>>> [(s.text, s.label_) for s in qualified_names(ents)]
[('Communist Party of Zandia (Maoist)', 'ORG'), ('CPZ (Maoist)', 'ORG')]
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from graph.gazetteer import is_acronym
from graph.seeds import load_seed_yaml

MAX_RUN_ON = 4  # "of the Democratic Republic": the words between a cut name and its bracket


@cache
def _joiners() -> frozenset[str]:
    """The small words inside a name ("of", "the"; ``creed_name_joiners`` of ``seeds/relations.yaml``)."""
    return frozenset(load_seed_yaml("relations.yaml")["creed_name_joiners"])


def qualified_names(ents: list[Span]) -> list[Span]:
    """The organisations' names that run on into a bracketed creed (a ``NORP`` entity alone in brackets after a
    body's name, or right after a word in capitals the NER left unnamed), each a span labelled ``ORG`` to the
    bracket's end."""
    bodies = {e.end: e for e in ents if e.label_ == "ORG"}
    found = []
    for creed in ents:
        if creed.label_ != "NORP" or creed.start < 2 or creed.end >= len(creed.doc):
            continue
        doc = creed.doc
        if doc[creed.start - 1].text != "(" or doc[creed.end].text != ")":
            continue
        end = creed.start - 1
        start = end
        while end - start < MAX_RUN_ON and start > 0 and start not in bodies and _runs_on(doc[start - 1]):
            start -= 1
        body = bodies.get(start)
        if body is not None and (start == end or doc[start].lower_ in _joiners()):
            found.append(Span(doc, body.start, creed.end + 1, label="ORG"))
        elif start == end and doc[end - 1].is_alpha and len(doc[end - 1]) > 1 and is_acronym(doc[end - 1].text):
            found.append(Span(doc, end - 1, creed.end + 1, label="ORG"))
    return found


def _runs_on(token: Token) -> bool:
    """Whether a word may be one of a name's between a cut name and its bracket: capitalised, or "of", "the"."""
    return token.is_title or token.lower_ in _joiners()

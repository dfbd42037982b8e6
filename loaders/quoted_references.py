"""Plural pronouns inside a quotation: in 'A witness said: "They hit the car and ran"', "they" is whoever the speaker
saw, not a group the reporter named before the quotation opened; such a "they" stands for a name only when the
quotation itself holds it."""

from __future__ import annotations

import re

from spacy.tokens import Token

from loaders.doc_words import text_of
from loaders.reference_scope import ReferenceScope

PLURAL = {"they", "their", "them"}  # the pronouns of people a speaker may leave unnamed
OPENING_SINGLE = re.compile(r"(?:^|(?<=[\s(\"“]))['‘](?=\w|$)")  # a single quotation mark that opens: " 'they"
CLOSING_SINGLE = re.compile(r"(?<=[\w.,!?])['’](?=[\s.,;:!?\"”)]|$)")  # one that closes: "car',"


def quotation_start(pronoun: Token, scope: ReferenceScope) -> int | None:
    """Where the quotation holding a plural pronoun opens, by character offset in its paragraph; None when it stands
    outside any quotation (or is not plural).

    >>> from spacy.lang.en import English
    >>> doc = English()("KH fired. A man shouted 'they hit the car'. They fled.")
    >>> scope = ReferenceScope(doc)
    >>> quotation_start(doc[7], scope), quotation_start(doc[13], scope)
    (24, None)
    """
    if pronoun.lower_ not in PLURAL:
        return None
    start = scope.paragraph_start(pronoun.idx)
    before = text_of(pronoun.doc)[start : pronoun.idx]
    doubles = [i for i, c in enumerate(before) if c == '"']
    opened = [i for i, c in enumerate(before) if c == "“"]
    closed = sum(c == "”" for c in before)
    singles = [m.start() for m in OPENING_SINGLE.finditer(before)]
    open_at = []
    if len(doubles) % 2:
        open_at.append(doubles[-1])
    if len(opened) > closed:
        open_at.append(opened[-1])
    if singles and not CLOSING_SINGLE.search(before, singles[-1] + 1):
        open_at.append(singles[-1])
    return start + max(open_at) if open_at else None

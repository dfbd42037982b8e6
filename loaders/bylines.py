"""The author a byline names ("By Jane Roe" on a line of its own) is a person, whom the NER, reading a line
with no sentence around it, often misses.

>>> from loaders.nlp import load_nlp
>>> doc = load_nlp()("By Tarek Wanjiru Ossei\\nGunmen attacked the town on Monday.")
>>> [(m.text, m.label) for m in byline_authors(doc, [])]
[('Tarek Wanjiru Ossei', 'Person')]
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from loaders.mentions import Mention

BYLINE = re.compile(r"^[ \t]*By[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z'’.-]+){1,3})[ \t]*$", re.MULTILINE)


def byline_authors(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with the author of each byline the NER missed added as a person."""
    covered = [(m.start_char, m.end_char) for m in mentions]
    added = []
    for found in BYLINE.finditer(doc.text):
        span = doc.char_span(found.start(1), found.end(1))
        if span is None or any(a < found.end(1) and found.start(1) < b for a, b in covered):
            continue
        added.append(Mention(span.start, span.end, span.start_char, span.end_char, span.text, "Person", span.text))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions

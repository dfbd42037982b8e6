"""The publisher a report's masthead names beside the report's series and number, its date or its desk ("Horn of
Africa Programme | Policy Brief No. 14", "Southeast Asia Conflict Monitor — Policy Brief No. 41", "Lakes Security
Programme | September 2023", "The Frontier Ledger — Explainers desk"): an organisation, though the line reads as a
heading's and the NER reads its words as a place's or misses them. A line with any other part (a menu's "Home |
Kivu Herald | Press Statements", a dateline's place and a date) names no publisher.

>>> from loaders.nlp import load_nlp
>>> doc = load_nlp()("Lakes Security Programme | Policy Brief No. 14\\nRebels took the town.")
>>> [(m.name, m.label, m.kind) for m in publisher_mastheads(doc, doc.text, [])]
[('Lakes Security Programme', 'Organization', 'other')]
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from graph.seeds import load_seed_yaml
from loaders.bylines import as_outlet, desk_words, names_an_outlet
from loaders.mentions import Mention, ends_in_body_head, guess_kind
from loaders.months import month_words

LINE = re.compile(r"^[^\n]{5,150}$", re.MULTILINE)
SEPARATOR = re.compile(r"[ \t]*(?:\||·|[ \t][-—–][ \t])[ \t]*")  # a bar, a dot, a spaced dash
MAX_LINE_WORDS = 16  # a longer line with a bar is a sentence's or a menu's


@cache
def series_part() -> re.Pattern[str]:
    """A part naming a report's series and number: "Policy Brief No. 14", "Conflict Brief No. 41/2024", "Working
    Paper 3" (``masthead_series_nouns``).

    >>> [bool(series_part().fullmatch(s)) for s in ("Policy Brief No. 14/2024", "Policy Brief", "Brief lives")]
    [True, True, False]
    """
    nouns = "|".join(load_seed_yaml("relations.yaml")["masthead_series_nouns"])
    return re.compile(rf"(?:[A-Z][\w&-]*[ \t]+){{0,2}}(?i:{nouns})(?:[ \t]+(?:No\.?[ \t]*)?\d+(?:/\d+)?)?")


def is_date_part(part: str) -> bool:
    """Whether a masthead's part is a date: a month, a day or a year only ("15 October 2024", "Sept. 2023").

    >>> [is_date_part(s) for s in ("15 October 2024", "July 2023", "2024", "Goma")]
    [True, True, False, False]
    """
    words = re.findall(r"[^\s,.]+", part)
    return any(w.lower() in month_words() for w in words) and all(
        w.lower() in month_words() or w.isdigit() for w in words
    )


def _publisher(parts: list[str]) -> str | None:
    """The one part of a masthead that names its publisher, when every other part is the report's series, date or
    desk, one at least its series or desk, or its date when the publisher's name ends in a body's noun
    ("Programme")."""
    series = [p for p in parts if series_part().fullmatch(p) or p.split()[-1].lower() in desk_words()]
    named = [p for p in parts if p not in series and names_an_outlet(p.split())]
    rest = [p for p in parts if p not in named]
    dates = [p for p in rest if is_date_part(p)]
    if len(named) != 1 or len(series) + len(dates) != len(rest) or not rest:
        return None
    return named[0] if series or ends_in_body_head(named[0]) else None


def masthead_publisher(line: str) -> str | None:
    """The publisher a line names when it is a report's masthead (:func:`_publisher`), else None.

    >>> masthead_publisher("Lakes Security Programme | Policy Brief No. 14"), masthead_publisher("Home | Kivu Herald")
    ('Lakes Security Programme', None)
    """
    if not SEPARATOR.search(line) or len(line.split()) > MAX_LINE_WORDS:
        return None
    parts = [p.strip(" \t*_") for p in SEPARATOR.split(line)]
    return _publisher(parts) if all(parts) else None


def publisher_mastheads(doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with the publisher each report's masthead names an organisation (:func:`masthead_publisher`)."""
    for line in LINE.finditer(text):
        if (name := masthead_publisher(line.group())) is None:
            continue
        start = line.start() + line.group().find(name)
        mentions = as_outlet(doc, mentions, start, start + len(name), guess_kind(name))
    return mentions

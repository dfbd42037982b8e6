"""Timelines: lines that open with a date and a dash or a colon, each telling what happened then.

Explainers, press releases and briefs tell incidents as dated items ("- **2-3 July 2019** - An airstrike on a
detention centre killed 53 people.", "14 March: Gunmen stormed a hotel in X.", "2024: Rebels took Y."). Read with its
date, the parser hangs the item's subject on the date (an ``nmod``) and no incident is found; so the item's first word
starts a sentence (:mod:`loaders.paragraphs`), and the item's date, the first day of a range ("2-3 July 2019",
"March 3-5, 2021", "between 12 and 14 May"), dates the incidents the item tells that state no date of their own
(:mod:`loaders.events`). The month names are ``months`` and ``joined_names.month_abbreviations`` of
``seeds/relations.yaml``; a time of day after the date ("June 26, 2020 - 3:41 PM") makes a page's stamp, no item.

>>> text = "Intro.\\n- 2-3 July 2019 - An airstrike hit X.\\nMarch 3-5, 2021: Rebels took Y.\\nMay 6, 2020 - 3:41 PM\\n"
>>> [(item.date_text, text[item.start : item.start + 12]) for item in timeline_items(text)]
[('2-3 July 2019', 'An airstrike'), ('March 3-5, 2021', 'Rebels took ')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from loaders.months import event_date, month_words


@dataclass(frozen=True)
class TimelineItem:
    """A dated line: where its words after the date start and where the line ends (character offsets), its date."""

    start: int
    end: int
    date_text: str


@cache
def lead_date_pattern() -> re.Pattern[str]:
    """A line opening with a date (maybe after a list's mark and a weekday) and a dash or a colon, the date in group
    ``date``; a time of day after it ("8 February 2024 - 14:20") is a page's stamp, not an item."""
    month = "(?:" + "|".join(sorted(month_words(), key=len, reverse=True)) + r")\.?"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    days = rf"{day}(?: ?[-–] ?{day}| (?:and|to) {day})?"  # "2-3", "12 and 14"
    year = r"(?:1[89]|20)\d\d"
    dates = (
        rf"{day} {month} ?[-–] ?{day} {month}(?:,? {year})?",  # 30 June - 2 July 2019
        rf"(?:between |from )?{days} {month}(?:,? {year})?",  # 2-3 July 2019, between 12 and 14 May
        rf"{month} {days}(?:,? {year})?",  # March 3-5, 2021
        rf"{month},? {year}",  # January 2023
        rf"{year}(?: ?[-–] ?{year})?",  # 2024, 2019-2020
    )
    return re.compile(
        r"^[ \t]*(?:[-*+•][ \t]+|\d{1,2}[.)][ \t]+)?"  # a list's mark, if the reader kept it
        r"(?:[A-Z][a-z]+day,? )?"  # a weekday
        rf"\(?(?P<date>{'|'.join(dates)})\)?[ \t]?[-–—:][ \t]+"
        r"(?!\d{1,2}[:.]\d\d)(?=\S)",  # not a time of day: a page's stamp
        re.MULTILINE | re.IGNORECASE,
    )


def timeline_items(text: str) -> list[TimelineItem]:
    """The dated lines of a text, in order (see the module's example)."""
    items = []
    for found in lead_date_pattern().finditer(text):
        end = text.find("\n", found.end())
        items.append(TimelineItem(found.end(), len(text) if end < 0 else end, found.group("date")))
    return items


def item_date(date_text: str, doc_date: str) -> str:
    """The ISO date of an item's date, the first day of a range, the year from the document when it states none; a
    year alone (the first of a range) for a date with no month.

    >>> item_date("2-3 July 2019", ""), item_date("between 12 and 14 May", "2024-06-01"), item_date("2019-2020", "")
    ('2019-07-02', '2024-05-12', '2019')
    >>> item_date("30 June - 2 July 2019", ""), item_date("March 3-5, 2021", "")
    ('2019-06-30', '2021-03-03')
    """
    return event_date(date_text, doc_date) or date_text[:4]


class LeadDates:
    """The date of the timeline item each word of a document is in, if any."""

    def __init__(self, doc_text: str, doc_date: str) -> None:
        self.items = timeline_items(doc_text)
        self.starts = [item.start for item in self.items]
        self.doc_date = doc_date

    def date_of(self, token: Token) -> str:
        """The date of the item a word is in (after its date), or "".

        >>> from loaders.nlp import load_nlp
        >>> doc = load_nlp()("A raid was told.\\n4 January 2020 - A drone strike hit a college.")
        >>> lead = LeadDates(doc.text, "")
        >>> lead.date_of(doc[0]), lead.date_of(doc[11])
        ('', '2020-01-04')
        """
        at = bisect_right(self.starts, token.idx) - 1
        if at < 0 or token.idx >= self.items[at].end:
            return ""
        return item_date(self.items[at].date_text, self.doc_date)

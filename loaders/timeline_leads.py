"""Timelines: lines that open with a date or a place and a dash or a colon, each telling what happened there or then.

Explainers, press releases and briefs tell incidents as dated items ("- **2-3 July 2019** - An airstrike on a
detention centre killed 53 people.", "14 March: Gunmen stormed a hotel.", "Tajoura, Libya: An airstrike hit a
centre."). Read with its lead, the parser hangs the item's subject on the date or the place (an ``nmod``) and no
incident is found; so the item's first word starts a sentence (:mod:`loaders.paragraphs`), and the item's date, the
first day of a range ("2-3 July 2019", "March 3-5, 2021", "between 12 and 14 May"), and its place date and place the
incidents the item tells that state none of their own (:mod:`loaders.events`). A place leads an item only with its
wider place or a date ("Tajoura, Libya", "Oicha (Beni territory), 20 May"), in title case (a dateline in capitals is
where the report was written, :mod:`loaders.paragraphs`). The month names are ``months`` and
``joined_names.month_abbreviations`` of ``seeds/relations.yaml``; a time of day after the date ("June 26, 2020 - 3:41
PM") makes a page's stamp, no item.

>>> text = "Intro.\\n- 2-3 July 2019 - An airstrike hit X.\\nMarch 3-5, 2021: Rebels took Y.\\nMay 6, 2020 - 3:41 PM\\n"
>>> [(item.date_text, text[item.start : item.start + 12]) for item in timeline_items(text)]
[('2-3 July 2019', 'An airstrike'), ('March 3-5, 2021', 'Rebels took ')]
>>> line = "Tajoura, Libya: An airstrike hit a camp."
>>> [line[item.lead_start : item.start] for item in timeline_items(line)]
['Tajoura, Libya: ']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from loaders.doc_words import kept, text_of
from loaders.months import event_date, month_words

if TYPE_CHECKING:
    from loaders.mentions import Mention


TIMELINE_KEY = "actorgraph_timeline"  # where :func:`timeline_items_of` keeps a document's items


@dataclass(frozen=True)
class TimelineItem:
    """A line with a lead: where its words after the lead start and where the line ends (character offsets), its
    date ("" for a place alone) and where the lead starts."""

    start: int
    end: int
    date_text: str
    lead_start: int
    named: bool  # whether the lead names something beside its date (a place, else a notice: "Correction (5 May)")


@cache
def _date_forms() -> str:
    """The ways a timeline writes an item's date (a day, a range of days, a month, a year), as one alternation."""
    month = "(?:" + "|".join(sorted(month_words(), key=len, reverse=True)) + r")\.?"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    days = rf"{day}(?: ?[-–] ?{day}| (?:and|to) {day})?"  # "2-3", "12 and 14"
    year = r"(?:1[89]|20)\d\d"
    forms = (
        rf"{day} {month} ?[-–] ?{day} {month}(?:,? {year})?",  # 30 June - 2 July 2019
        rf"(?:between |from )?{days} {month}(?:,? {year})?",  # 2-3 July 2019, between 12 and 14 May
        rf"{month} {days}(?:,? {year})?",  # March 3-5, 2021
        rf"{month},? {year}",  # January 2023
        rf"{year}(?: ?[-–] ?{year})?",  # 2024, 2019-2020
    )
    return "|".join(forms)


@cache
def lead_pattern() -> re.Pattern[str]:
    """A line opening with a lead (group ``lead``): a date (maybe after a list's mark and a weekday), a place with its
    wider place, or both, then a dash or a colon, and a sentence after it, ending with a full stop: a time of day
    ("8 February 2024 - 14:20") or a place alone after it ("June 19, 2024 - Ottawa, Ontario") is a page's stamp."""
    name = r"(?-i:[A-Z][a-z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|del|al|el))*)"  # Tajoura, North Kivu, Ciudad del Este
    place = rf"{name}(?: \([^()\n]{{2,30}}\))?"  # "Oicha (Beni territory)"
    date = rf"(?:[A-Z][a-z]+day,? )?\(?(?:{_date_forms()})\)?"  # maybe after a weekday, maybe in brackets
    lead = rf"{date}(?:, {place}){{0,2}}|{place}(?:, {place})?,? {date}|{place}, {place}"  # "Jiribam (May 2024)"
    return re.compile(
        rf"^[ \t]*(?:[-*+•][ \t]+|\d{{1,2}}[.)][ \t]+)?(?P<lead>{lead})[ \t]?[-–—:][ \t]+"
        r"(?!\d{1,2}[:.]\d\d)(?=[^\n]*[.!?][\"'’”)\]]*[ \t]*$)",  # a sentence (not "- 14:20", "- Ottawa, Ontario")
        re.MULTILINE | re.IGNORECASE,
    )


@cache
def _date_in_lead() -> re.Pattern[str]:
    """An item's date inside its lead, with its weekday."""
    return re.compile(rf"(?:\b[A-Z][a-z]+day,? )?\b(?:{_date_forms()})(?!\w)", re.IGNORECASE)


def timeline_items(text: str) -> list[TimelineItem]:
    """The lines of a text that open with a date or a place, in order (see the module's example)."""
    items = []
    for found in lead_pattern().finditer(text):
        end = text.find("\n", found.end())
        lead = found.group("lead")
        date = _date_in_lead().search(lead)
        rest = lead if date is None else lead[: date.start()] + lead[date.end() :]
        named = any(c.isalpha() for c in rest)  # "Tajoura, Libya", "Correction (4 May)"
        line_end = len(text) if end < 0 else end
        items.append(TimelineItem(found.end(), line_end, date.group() if date else "", found.start(), named))
    return items


def timeline_items_of(doc: Doc) -> list[TimelineItem]:
    """:func:`timeline_items` of the document's text, read once a document and kept in ``doc.user_data`` (the
    paragraph breaks and the incidents both ask, before and after the actor merger, of the same text; the list is
    shared, not to be changed).

    >>> import spacy
    >>> doc = spacy.blank("en")("Intro.\\n14 March: Gunmen stormed a hotel.\\n")
    >>> [item.date_text for item in timeline_items_of(doc)], timeline_items_of(doc) is timeline_items_of(doc)
    (['14 March'], True)
    """
    return kept(doc, TIMELINE_KEY, lambda d: timeline_items(text_of(d)))


def item_date(date_text: str, doc_date: str) -> str:
    """The ISO date of an item's date, the first day of a range, the year from the document when it states none; a
    year alone (the first of a range) for a date with no month.

    >>> item_date("2-3 July 2019", ""), item_date("between 12 and 14 May", "2024-06-01"), item_date("2019-2020", "")
    ('2019-07-02', '2024-05-12', '2019')
    >>> item_date("30 June - 2 July 2019", ""), item_date("March 3-5, 2021", "")
    ('2019-06-30', '2021-03-03')
    """
    return event_date(date_text, doc_date) or date_text[:4]


class TimelineLeads:
    """The lead of the timeline item each word of a document is in, if any: its date and its places."""

    def __init__(self, doc: Doc, doc_date: str) -> None:
        self.items = timeline_items_of(doc)
        self.starts = [item.start for item in self.items]
        self.doc_date = doc_date

    def item_of(self, token: Token) -> TimelineItem | None:
        """The item a word is in (after its lead)."""
        at = bisect_right(self.starts, token.idx) - 1
        return self.items[at] if at >= 0 and token.idx < self.items[at].end else None

    def date_of(self, token: Token, mentions: list[Mention]) -> str:
        """The date of the item a word is in, or "": a lead that names something beside its date must name a place
        (of the document's mentions), not a notice ("Correction (4 May 2023): An earlier version ...").

        >>> from loaders.nlp import load_nlp
        >>> doc = load_nlp()("A raid was told.\\n4 January 2020 - A drone strike hit a college.")
        >>> leads = TimelineLeads(doc, "")
        >>> leads.date_of(doc[0], []), leads.date_of(doc[11], [])
        ('', '2020-01-04')
        """
        item = self.item_of(token)
        if item is None or (item.named and not self.places_of(token, mentions)):
            return ""
        return item_date(item.date_text, self.doc_date)

    def places_of(self, token: Token, mentions: list[Mention]) -> list[Mention]:
        """The place (of the document's mentions) the lead of the item a word is in names first, before its wider
        place ("Tajoura, Libya: An airstrike ..."), or none."""
        item = self.item_of(token)
        if item is None:
            return []
        places = (m for m in mentions if m.label == "Location" and item.lead_start <= m.start_char < item.start)
        return [first] if (first := next(places, None)) is not None else []

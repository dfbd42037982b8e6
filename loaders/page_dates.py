"""The day a page's header states, for a page with no front matter or date line: "Published 3 May 2024", "April 2,
2025", "*By A and B | October 14, 2021 | Updated October 15, 2021*", "Last updated: August 30, 2022, 15:40".

A published page carries its day in the short lines above its text (a timestamp, a byline, a release's date line);
a date inside a sentence of the text is an event's, not the page's, so only the header's short lines that are no
sentence are read, and the first full date (day, month and year) among them is the page's.

>>> page_date("# Rebels take the town\\n\\nBy A. Writer | Published 3 May 2024 | Updated 4 May 2024\\n\\nText.")
'2024-05-03'
>>> page_date("April 2, 2025\\n\\nWASHINGTON - Today, OFAC designated two groups.")
'2025-04-02'
>>> page_date("Fighting broke out in the town of Kalma on 3 May 2024, killing ten people.\\n\\nMore text.")
''
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from loaders.months import month_numbers, month_words

HEADER_LINES = 12  # how many of a page's first non-blank lines are its header
HEADER_LINE_CHARS = 120  # a longer line is text, not a header's timestamp or byline
HEADER_WORDS = 5  # a line without a separator is a header's when it has at most this many words beside its date
_SEPARATORS = re.compile(r"[|·•—–]")
_WORD = re.compile(r"[^\W\d_]+")
_TIME = re.compile(r"\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?", re.IGNORECASE)  # "7:15 a.m.", "18:40"


@cache
def _full_date() -> re.Pattern[str]:
    """A day, month and year: "3 May 2024", "May 3, 2024", "Sept. 3 2024", "2024-05-03"."""
    month = "|".join(sorted(month_words(), key=len, reverse=True))
    day, year = r"(?P<{}>\d{{1,2}})", r"(?P<{}>(?:19|20)\d\d)"
    return re.compile(
        rf"\b(?:{day.format('d1')}\s+(?P<m1>{month})\.?,?\s+{year.format('y1')}"
        rf"|(?P<m2>{month})\.?\s+{day.format('d2')}(?:st|nd|rd|th)?,?\s+{year.format('y2')}"
        rf"|(?P<iso>(?:19|20)\d\d-\d\d-\d\d))\b",
        re.IGNORECASE,
    )


def page_date(text: str) -> str:
    """The ISO day of the first full date on a header line of the page, or "" when its header states none."""
    lines = [line.strip(" *_>#") for line in text.split("\n") if line.strip()][:HEADER_LINES]
    for line in lines:
        if len(line) > HEADER_LINE_CHARS:
            continue
        found = _full_date().search(line)
        if found is None:
            continue
        rest = _TIME.sub("", line[: found.start()] + line[found.end() :])
        if _SEPARATORS.search(line) or (len(_WORD.findall(rest)) <= HEADER_WORDS and not rest.rstrip().endswith(".")):
            return _iso(found)
    return ""


def _iso(found: re.Match[str]) -> str:
    """The match's day as YYYY-MM-DD ("" for a day no calendar has, such as 31 June)."""
    if found["iso"]:
        try:
            return date.fromisoformat(found["iso"]).isoformat()
        except ValueError:
            return ""
    name = (found["m1"] or found["m2"]).lower()
    month = next(number for full, number in month_numbers().items() if full.startswith(name))
    try:
        return date(int(found["y1"] or found["y2"]), month, int(found["d1"] or found["d2"])).isoformat()
    except ValueError:
        return ""

"""The months of the year as ``seeds/relations.yaml`` spells them (``months``), read by the date of an event and by
the names that run on into a date; a date phrase as an ISO date."""

from __future__ import annotations

import re
from functools import cache

from graph.seeds import load_seed_yaml


@cache
def month_numbers() -> dict[str, int]:
    """Each month's name, lowercase, with its number, loaded once per process.

    >>> month_numbers()["january"], month_numbers()["december"], len(month_numbers())
    (1, 12, 12)
    """
    return {name: number for number, name in enumerate(load_seed_yaml("relations.yaml")["months"], start=1)}


@cache
def month_words() -> frozenset[str]:
    """The months with their short forms (``joined_names``' ``month_abbreviations``), lowercase.

    >>> {"december", "dec", "sept"} <= month_words()
    True
    """
    return frozenset(month_word_numbers())


@cache
def month_word_numbers() -> dict[str, int]:
    """Each month's name and short form (``month_abbreviations``: "jan", "sept"), lowercase, with its number.

    >>> month_word_numbers()["jan"], month_word_numbers()["sept"], month_word_numbers()["september"]
    (1, 9, 9)
    """
    names = month_numbers()
    shorts = load_seed_yaml("relations.yaml")["joined_names"]["month_abbreviations"]
    return names | {short: next(n for name, n in names.items() if name.startswith(short)) for short in shorts}


@cache
def month_before_phrases() -> tuple[str, ...]:
    """The phrases that name the month before the report's ("last month"), lowercase."""
    return tuple(p.lower() for p in load_seed_yaml("relations.yaml")["month_before_phrases"])


def month_before(doc_date: str) -> str:
    """The month before a document's date ("2024-01" for a report of 2024-02-08; "2023-12" for one of January).

    >>> month_before("2024-02-08"), month_before("2024-01-15"), month_before("")
    ('2024-01', '2023-12', '')
    """
    if len(doc_date) < 7 or not doc_date[:4].isdecimal() or not doc_date[5:7].isdecimal():
        return ""
    year, month = int(doc_date[:4]), int(doc_date[5:7])
    return f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"


def event_date(text: str, doc_date: str) -> str:
    """An ISO date (or month) for a date phrase, the year taken from the document when missing; a month may be
    written short, as news agencies do ("Jan. 28", "Sept. 11"); "last month" is the month before the report's.

    >>> event_date("December 3", "2019-12-28"), event_date("June 2018", "2019-12-28"), event_date("Friday", "")
    ('2019-12-03', '2018-06', '')
    >>> event_date("the Jan. 28 drone attack", "2024-02-08"), event_date("on Sept 11, 2001", "2024-02-08")
    ('2024-01-28', '2001-09-11')
    >>> event_date("last month 's", "2023-10-04"), event_date("the month before", "2024-01-02")
    ('2023-09', '2023-12')
    """
    words = re.findall(r"[A-Za-z]+|\d+", text.lower())
    numbers = month_word_numbers()
    months = [numbers[w] for w in words if w in numbers]
    if not months:
        said = " ".join(words)
        return month_before(doc_date) if any(p in said for p in month_before_phrases()) else ""
    year = next((w for w in words if len(w) == 4 and w.isdecimal()), doc_date[:4])
    if not year:
        return ""
    day = next((int(w) for w in words if w.isdecimal() and len(w) <= 2 and 1 <= int(w) <= 31), None)
    return f"{year}-{months[0]:02d}-{day:02d}" if day else f"{year}-{months[0]:02d}"

"""The day an incident happened when a report names it by the report's own date: "on Sunday" in a report of Tuesday
4 February 2025 is Sunday 2 February, "yesterday" the day before the report, "this morning" the report's own day. The
words are ``weekdays``, ``report_day_words``, ``day_before_words``, ``report_day_times`` and
``report_day_determiners`` in ``seeds/relations.yaml``."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.doc_tree import has_child


@cache
def weekdays() -> tuple[str, ...]:
    """The weekdays from Monday, as ``seeds/relations.yaml`` spells them."""
    return tuple(load_seed_yaml("relations.yaml")["weekdays"])


@cache
def _days_back() -> dict[str, int | None]:
    """Each day word with how many days before the report it is (None for a weekday, counted from the report)."""
    data = load_seed_yaml("relations.yaml")
    return {
        **dict.fromkeys(weekdays()),
        **dict.fromkeys(data["report_day_words"], 0),
        **dict.fromkeys(data["day_before_words"], 1),
    }


def relative_day_words() -> frozenset[str]:
    """The words that name a day by the report's date ("Sunday", "yesterday"): an incident of the days it reports."""
    return frozenset(_days_back())


def day_named(word: str, report_date: str) -> str:
    """The ISO date a day word of a report means, or "" when the word names no day or the report has no full date.

    >>> day_named("sunday", "2025-02-04"), day_named("Tuesday", "2025-02-04"), day_named("yesterday", "2025-03-01")
    ('2025-02-02', '2025-02-04', '2025-02-28')
    >>> day_named("sunday", "2025-02"), day_named("attack", "2025-02-04")
    ('', '')
    """
    word = word.lower()
    if word not in _days_back() or len(report_date) != 10:
        return ""
    try:
        report = date.fromisoformat(report_date)
    except ValueError:
        return ""
    back = _days_back()[word]
    if back is None:  # a weekday: the latest one up to the report's day
        back = (report.weekday() - weekdays().index(word)) % 7
    return (report - timedelta(days=back)).isoformat()


@cache
def _report_day_times() -> tuple[frozenset[str], frozenset[str]]:
    """The times of day ("morning") and the words that set one apart as the report's own ("this")."""
    data = load_seed_yaml("relations.yaml")
    return frozenset(data["report_day_times"]), frozenset(data["report_day_determiners"])


def names_report_time(noun: Token) -> bool:
    """Whether a noun is a time of the report's own day: "this morning", "this afternoon" (not "that morning", "the
    morning", "every morning").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Rebels attacked the town this morning and left that morning.")
    >>> [t.i for t in doc if names_report_time(t)]
    [5]
    """
    times, determiners = _report_day_times()
    return noun.lower_ in times and has_child(noun, {"det"}, determiners)


def tells_a_day(word: Token) -> bool:
    """Whether a word of a date names a day by the report's date: a day word ("Sunday", "yesterday", "tonight") or a
    time of the report's own day ("this morning")."""
    return word.lower_ in relative_day_words() or names_report_time(word)


def day_told(word: Token, report_date: str) -> str:
    """The ISO date a word of a date means by the report's date (:func:`day_named`; "this morning" the report's day),
    or "" when it names no day or the report has no full date.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Gunmen raided a post this morning after a raid on Sunday.")
    >>> day_told(doc[5], "2025-02-04"), day_told(doc[10], "2025-02-04"), day_told(doc[5], "2025-02")
    ('2025-02-04', '2025-02-02', '')
    """
    if names_report_time(word):
        return day_named("today", report_date)
    return day_named(word.lower_, report_date)

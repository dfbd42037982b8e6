"""How far apart two dates lie, and whether two dates allow one incident: date arithmetic that needs no parse, so
the graph's merging of incidents (``graph.incident_merge``) can use it without loading spaCy."""

from __future__ import annotations

from datetime import date

SAME_INCIDENT_DAYS = 2  # two reports of one incident may date it a day or two apart (time zones, "overnight")


def days_apart(first: str, second: str) -> int | None:
    """How many days lie between two ISO dates, or None unless both are full days.

    >>> days_apart("2025-01-31", "2025-02-02"), days_apart("2025-01-31", "2025-02")
    (2, None)
    """
    if len(first) != 10 or len(second) != 10:
        return None
    try:
        return abs((date.fromisoformat(first) - date.fromisoformat(second)).days)
    except ValueError:
        return None


def within_days(first: str, second: str) -> bool:
    """Whether two dates allow one incident: full days at most :data:`SAME_INCIDENT_DAYS` apart, or either less than
    a full day (a month, or none: the month then decides).

    >>> within_days("2025-03-03", "2025-03-24"), within_days("2025-03-03", "2025-03-04"), within_days("2025-03", "")
    (False, True, True)
    """
    apart = days_apart(first, second)
    return apart is None or apart <= SAME_INCIDENT_DAYS

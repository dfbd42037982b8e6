"""The months of the year as ``seeds/relations.yaml`` spells them (``months``), read by the date of an event and by
the names that run on into a date."""

from __future__ import annotations

from functools import cache

from graph.seeds import load_seed_yaml


@cache
def month_numbers() -> dict[str, int]:
    """Each month's name, lowercase, with its number, loaded once per process.

    >>> month_numbers()["january"], month_numbers()["december"], len(month_numbers())
    (1, 12, 12)
    """
    return {name: number for number, name in enumerate(load_seed_yaml("relations.yaml")["months"], start=1)}

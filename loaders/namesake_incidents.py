"""Incidents of one page that the rules named alike: each but the latest is named by its date too.

"Militants attacked Bannu Cantonment on Tuesday ... The group also attacked Bannu Cantonment in July 2024": two
incidents, both "Bannu Cantonment attack" by the naming rule. A reader calls the page's news by the plain name and
the older one by its date ("the July 2024 attack"), so the older one is "Bannu Cantonment attack of July 2024" and
keeps no phrase that is only the plain name.
"""

from __future__ import annotations

from collections import defaultdict

from graph.slug import name_key
from loaders.facts import ActorFact, DocFacts
from loaders.months import month_numbers


def dated_namesakes(facts: DocFacts) -> None:
    """Rename each of a page's incidents that shares its name with one of a later date (:func:`older_namesakes`)."""
    for fact in older_namesakes(facts.actors.values()):
        plain = name_key(fact.name)
        fact.name = f"{fact.name} of {spoken_date(fact.date or '')}"
        fact.surfaces = {s for s in fact.surfaces if name_key(s) != plain}


def older_namesakes(actors: object) -> list[ActorFact]:
    """The incidents named like another of the page's with a later date, told by a date of their own (not those
    of the latest date, nor any when the latest date is shared).

    >>> old = ActorFact("a-2024-07", "Event", "Bannu attack", date="2024-07")
    >>> new = ActorFact("a-2025-03", "Event", "Bannu attack", date="2025-03-04")
    >>> other = ActorFact("b", "Event", "Kano attack", date="2019")
    >>> [f.key for f in older_namesakes([old, new, other])]
    ['a-2024-07']
    """
    alike: dict[str, list[ActorFact]] = defaultdict(list)
    for fact in actors:
        if fact.label == "Event" and fact.date:
            alike[name_key(fact.name)].append(fact)
    older = []
    for group in alike.values():
        latest = max(f.date for f in group)
        if len(group) > 1 and sum(f.date == latest for f in group) == 1:
            older += [f for f in group if f.date != latest]
    return older


def spoken_date(date: str) -> str:
    """A date as a reader names an incident by it: its month and year, or its year.

    >>> spoken_date("2024-07-20"), spoken_date("2022-05"), spoken_date("2017")
    ('July 2024', 'May 2022', '2017')
    """
    year, _, rest = date.partition("-")
    if not rest[:2].isdigit():
        return year
    month = next(name for name, number in month_numbers().items() if number == int(rest[:2]))
    return f"{month.capitalize()} {year}"

"""A mishap is an incident only when the page lays it on someone: "a private jet carrying X crashed ... Western
governments suggested the Kremlin was behind the crash" (the crash is an incident, with its place and whom it killed),
but not "X was killed in a helicopter crash" told with no one behind it, an accident (no Event, no link of one).

The kinds are ``laid_mishaps`` in ``seeds/relations.yaml`` (of ``event_kinds``); any ``BLAMED_FOR`` lays the incident,
asserted, alleged or denied ("Moscow denied any role in the crash" tells it as a deed someone could have done).
"""

from __future__ import annotations

from functools import cache

from graph.seeds import load_seed_yaml
from loaders.facts import DocFacts


@cache
def mishap_kinds() -> frozenset[str]:
    """The kinds of incident that are a mishap unless laid on someone ("crash")."""
    return frozenset(load_seed_yaml("relations.yaml")["laid_mishaps"]["kinds"])


def without_unlaid_mishaps(facts: DocFacts) -> None:
    """Drop the page's incidents of a mishap's kind that no one is blamed for (asserted, alleged or denied), with
    their links.

    >>> from loaders.facts import ActorFact, IncidentKey, RelationFact
    >>> facts = DocFacts("d", "2024-01-01", "")
    >>> for key in ("crash-a", "crash-b"):
    ...     facts.actors[key] = ActorFact(key, "Event", key, incident=IncidentKey(key, "crash"))
    >>> facts.relations = [RelationFact("kremlin", "BLAMED_FOR", "crash-a", 0, 9, "alleged"),
    ...                    RelationFact("crash-b", "OCCURRED_AT", "tver", 0, 9)]
    >>> without_unlaid_mishaps(facts)
    >>> sorted(facts.actors), [(r.subject, r.object) for r in facts.relations]
    (['crash-a'], [('kremlin', 'crash-a')])
    """
    kinds = mishap_kinds()
    laid = {r.object for r in facts.relations if r.type == "BLAMED_FOR"}
    unlaid = {
        key
        for key, actor in facts.actors.items()
        if actor.label == "Event" and actor.incident is not None and actor.incident.kind in kinds and key not in laid
    }
    if not unlaid:
        return
    for key in unlaid:
        del facts.actors[key]
    facts.relations = [r for r in facts.relations if r.subject not in unlaid and r.object not in unlaid]

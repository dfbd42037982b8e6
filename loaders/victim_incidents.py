"""A person is killed once: the incidents of one page that hit the same named person, one of them a killing, are one.

"Hardeep Singh Nijjar was shot dead in Surrey in June ... the killing of Nijjar ... the Nijjar killing" tells one death
three times, whatever date each telling gives it (the month of the report for an undated one): one incident, with every
phrase the page names it by and every link told of any of them. An attack that killed the person is the killing ("the
strike that killed Nasrallah ... Nasrallah's killing"); two attacks that only hit the same person (no killing told) may
be two, and so are incidents of different years ("an attempt on X's life in 2019 ... X was killed in 2023").
"""

from __future__ import annotations

from dataclasses import replace

from graph.resolve import folded, fuller_name
from loaders.facts import ActorFact, DocFacts, RelationFact
from loaders.incident_kinds import kinds_fit

DEATH_KIND = "killing"  # the kind of incident (``event_kinds`` in seeds/relations.yaml) that kills whom it hits


def one_death(facts: DocFacts) -> None:
    """Join the page's incidents that killed the same named person into one (:func:`same_deaths`): the first told
    keeps its key, takes the others' phrases, their links (a link told twice is kept once) and the date they give
    it when it has none of its own."""
    joined = same_deaths(facts.actors, facts.relations, facts.date)
    if not joined:
        return
    for key, kept in joined.items():
        told, fact = facts.actors.pop(key), facts.actors[kept]
        fact.surfaces |= told.surfaces
        if fact.date in {None, "", facts.date[:7]}:  # the date the page gives the death, not the page's month
            fact.date = told.date
    relations = [
        replace(r, subject=joined.get(r.subject, r.subject), object=joined.get(r.object, r.object))
        for r in facts.relations
    ]
    facts.relations = list(dict.fromkeys(r for r in relations if r.subject != r.object))


def same_deaths(actors: dict[str, ActorFact], relations: list[RelationFact], doc_date: str = "") -> dict[str, str]:
    """Each incident that is a later telling of a death told before, with the key of the first telling: incidents
    that TARGETED the same person, of kinds that fit a killing, one of them a killing, in the same year (or one
    undated: dated only by the page's month, ``doc_date``).

    >>> def event(key, kind, date):
    ...     fact = ActorFact(key, "Event", key, date=date)
    ...     fact.incident = IncidentKey(key, kind)
    ...     return fact
    >>> from loaders.facts import IncidentKey
    >>> facts = [event("shooting", "killing", "2023-06"), event("strike", "attack", "2023-09")]
    >>> facts += [event("raid", "attack", "2023-01"), event("old", "killing", "2019"), ActorFact("p", "Person", "X")]
    >>> actors = {f.key: f for f in facts}
    >>> hits = [RelationFact(e, "TARGETED", "p", 0, 1) for e in ("shooting", "strike", "old")]
    >>> same_deaths(actors, hits)
    {'strike': 'shooting'}
    >>> same_deaths(actors, [RelationFact(e, "TARGETED", "p", 0, 1) for e in ("strike", "raid")])
    {}
    """
    order = {key: i for i, key in enumerate(actors)}
    people = _people(actors)
    hit: dict[str, list[str]] = {}
    for r in relations:
        if r.type == "TARGETED" and r.object in people and _kind(actors.get(r.subject)):
            events = hit.setdefault(people[r.object], [])
            if r.subject not in events:
                events.append(r.subject)
    joined: dict[str, str] = {}
    for events in hit.values():
        death = next((key for key in events if _kind(actors[key]) == DEATH_KIND), None)
        if death is None:
            continue
        told = [
            k
            for k in events
            if kinds_fit(DEATH_KIND, _kind(actors[k])) and _same_year(actors[k], actors[death], doc_date)
        ]
        first = min(told, key=order.__getitem__)
        joined.update((key, first) for key in told if key != first and key not in joined)
    joined = {key: _root(first, joined) for key, first in joined.items() if _root(first, joined) != key}
    joined.update(_placed_deaths(actors, relations, joined, set(people), doc_date))
    return joined


def _people(actors: dict[str, ActorFact]) -> dict[str, str]:
    """Each person of the page by the key of the fullest name the page writes them by ("Nijjar" and "Hardeep Singh
    Nijjar" are one victim; the resolver joins them later, as :func:`graph.resolve.plan` says).

    >>> people = [ActorFact("a", "Person", "Hardeep Singh Nijjar"), ActorFact("b", "Person", "Nijjar")]
    >>> _people({f.key: f for f in people})
    {'a': 'a', 'b': 'a'}
    """
    people = {k: f for k, f in actors.items() if f.label == "Person"}
    full_names = {k: f for k, f in people.items() if len(folded(f.name)) > 1}
    found = {}
    for key, fact in people.items():
        words = folded(fact.name)
        ending = [k for k, f in full_names.items() if len(words) == 1 and _ends(folded(f.name)[-1], words[0])]
        found[key] = fuller_name(fact.name, full_names) or (ending[0] if len(ending) == 1 else key)
    return found


def _placed_deaths(
    actors: dict[str, ActorFact],
    relations: list[RelationFact],
    joined: dict[str, str],
    victims: set[str],
    doc_date: str,
) -> dict[str, str]:
    """Each killing that hit no named person and is told only at places where the page told exactly one death of a
    named person, in its year, with that death: "X was shot dead in Surrey ... no arrests in the Surrey shooting".

    >>> from loaders.facts import IncidentKey
    >>> death, shooting = ActorFact("d", "Event", "X killing"), ActorFact("s", "Event", "Surrey shooting")
    >>> death.incident, shooting.incident = IncidentKey("x", "killing"), IncidentKey("surrey", "killing")
    >>> actors = {"d": death, "s": shooting, "x": ActorFact("x", "Person", "X")}
    >>> placed = [RelationFact(e, "OCCURRED_AT", "surrey", 0, 1) for e in ("d", "s")]
    >>> _placed_deaths(actors, [RelationFact("d", "TARGETED", "x", 0, 1), *placed], {}, {"x"}, "2023-09-19")
    {'s': 'd'}
    """
    places: dict[str, set[str]] = {}
    hit = set()
    for r in relations:
        if r.type == "OCCURRED_AT":
            places.setdefault(joined.get(r.subject, r.subject), set()).add(r.object)
        elif r.type == "TARGETED":
            hit.add(r.subject)
    deaths = {joined.get(r.subject, r.subject) for r in relations if r.type == "TARGETED" and r.object in victims}
    deaths = {d for d in deaths if _kind(actors[d]) == DEATH_KIND}
    found: dict[str, str] = {}
    for key, event in actors.items():
        if key in joined or key in deaths or key in hit or _kind(event) != DEATH_KIND or not places.get(key):
            continue
        fits = [d for d in deaths if places[key] <= places.get(d, set()) and _same_year(actors[d], event, doc_date)]
        if len(fits) == 1:
            found[key] = fits[0]
    return found


def _ends(last: str, word: str) -> bool:
    """Whether a lone word is a full name's last word, or its part after an article's hyphen ("zawahiri" of
    "al-zawahiri")."""
    return last == word or last.endswith("-" + word)


def _kind(event: ActorFact | None) -> str | None:
    """The kind of incident an actor of the page is, if it is an incident of a known kind."""
    return event.incident.kind or None if event is not None and event.incident is not None else None


def _same_year(first: ActorFact, second: ActorFact, doc_date: str) -> bool:
    """Whether two incidents' dates allow one death: the same year, or either undated (dated only by the page's month,
    as an incident the page tells no date of is).

    >>> killed, shot = ActorFact("k", "Event", "k", date="2023-06"), ActorFact("s", "Event", "s", date="2024-10")
    >>> _same_year(killed, shot, "2024-10-15"), _same_year(killed, shot, "2024-11-02")
    (True, False)
    """
    undated = {"", doc_date[:7]}
    return first.date in undated or second.date in undated or (first.date or "")[:4] == (second.date or "")[:4]


def _root(key: str, joined: dict[str, str]) -> str:
    """The first telling a chain of joined incidents leads to."""
    seen = {key}
    while key in joined and joined[key] not in seen:
        key = joined[key]
        seen.add(key)
    return key

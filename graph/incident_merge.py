"""One Event node for one incident told by several documents, or twice in one.

Two documents' events are one incident when they agree on what it was and when: keyed alike (the same place and
kind of incident, else the same name) on dates that allow one incident (full days at most two days apart, else the
same month); or of one kind on full days at most two days apart, one told only by the wider places around it ("the
strike on a base in Jordan near the Syrian border") and the other naming those places too ("Sunday's drone attack
on Tower 22, a base in Jordan near the Syrian border"). Two incidents keyed alike weeks apart stay two. Within one
document, an event told only by the places around another (or a killing told at a wider place than an attack that
names a place within it, or a harm keyed by the place an attack is keyed by, or an incident told at places within
another's of the same day) is that other event (:func:`told_around_here`).

>>> index = IncidentIndex()
>>> tower = IncidentKey("tower-22 attack", "attack", ("tower-22",), ("tower-22", "jordan", "syria"))
>>> index.add("tower-22-attack-2024-01", tower, "2024-01-28")
>>> index.next_document()
>>> index.find(IncidentKey("jordan strike", "attack", (), ("jordan", "syria")), "2024-01-29")
'tower-22-attack-2024-01'
>>> index.find(IncidentKey("tower-22 attack", "attack", ("tower-22",), ("tower-22",)), "2024-01-30")
'tower-22-attack-2024-01'
>>> index.find(IncidentKey("tower-22 attack", "attack", ("tower-22",), ("tower-22",)), "2024-01-12") is None
True
"""

from __future__ import annotations

from dataclasses import dataclass, field

from loaders.cues import load_cues
from loaders.date_gaps import SAME_INCIDENT_DAYS, days_apart, within_days
from loaders.facts import ActorFact, IncidentKey
from loaders.incident_kinds import kinds_fit


def dates_agree(first: str, second: str) -> bool:
    """Whether two events keyed alike can be one incident: full days at most two days apart, else the same month.

    >>> dates_agree("2024-01-31", "2024-02-01"), dates_agree("2024-01-03", "2024-01-24")
    (True, False)
    >>> dates_agree("2024-01", "2024-01-24"), dates_agree("2024-01", "2024-02")
    (True, False)
    """
    if days_apart(first, second) is None:
        return first[:7] == second[:7]
    return within_days(first, second)


def _told_around(wide: IncidentKey, named: IncidentKey) -> bool:
    """Whether an event told only by the wider places around it ("a base in Jordan") is one the other names by its
    own place and tells those wider places of (two told only by a country never join this way)."""
    return not wide.places and bool(wide.scene) and bool(named.places) and set(wide.scene) <= set(named.scene)


def _harm_within(harm: IncidentKey, named: IncidentKey) -> bool:
    """Whether a harm told at a place ("Taliban kill 16 soldiers in South Waziristan") is told at a wider place than
    an incident of the same document that names it too, and a place within ("the attack in Makeen, in the South
    Waziristan district")."""
    harms = load_cues().harm_of_kinds
    return (
        harm.kind in harms
        and bool(harm.places)
        and set(harm.places) <= set(named.scene)
        and not set(named.places) <= set(harm.places)
    )


def _harm_at_its_place(harm: IncidentKey, named: IncidentKey) -> bool:
    """Whether a harm keyed by a place it was told at ("at least 15 people were killed in the villages of Tarla and
    Odeni") is the harm of an incident of the kind that does it keyed by that place too ("the Tarla attack"): one
    incident told by what it did and by what it was (not the killing of a person named at a city where an attack on
    something else is told).

    >>> killing = IncidentKey("tarla killing", "killing", ("tarla", "odeni"), ("tarla", "odeni"))
    >>> attack = IncidentKey("tarla attack", "attack", ("tarla",), ("tarla",))
    >>> _harm_at_its_place(killing, attack), _harm_at_its_place(attack, killing)
    (True, False)
    >>> _harm_at_its_place(IncidentKey("Jane Roe killing", "killing", ("tarla",), ("tarla",)), attack)
    False
    """
    harms = load_cues().harm_of_kinds
    return (
        harms.get(harm.kind) == named.kind
        and harm.base.removesuffix(f" {harm.kind}") == named.base.removesuffix(f" {named.kind}")
        and bool(set(harm.places) & set(named.places))
    )


def _placed_within(wide: IncidentKey, named: IncidentKey, wide_date: str, named_date: str) -> bool:
    """Whether an incident told on a day at places that all lie within another's of the same day, which names a place
    of its own besides ("the rocket strike on the Golan Heights" and "a rocket struck a football pitch in Majdal
    Shams, in the Golan Heights", both of Saturday), is that one told at a wider place: one incident."""
    return (
        days_apart(wide_date, named_date) == 0
        and bool(wide.places)
        and set(wide.places) <= set(named.scene)
        and not set(named.places) <= set(wide.places)
    )


def _kind_and_day_alone(bare: IncidentKey, named: IncidentKey, bare_date: str) -> bool:
    """Whether an incident told by its kind and day alone ("the Sept. 24 attack", "Tuesday's raid") is one the same
    document names by more (its place, target, victim or author): the page's incident told again by its day. It
    names no place the other does not tell of (at "the market in Dakoro" it is not the attack on a school in
    Tahoua), and it is named by a day written on the page ("attack of 2024-09-24"; not a headline's phrase, nor the
    page's incident dated by the page).

    >>> bare = IncidentKey("attack of 2024-09-24", "attack", (), (), anchored=False)
    >>> named = IncidentKey("banjska attack", "attack", ("banjska",), ("banjska", "kosovo"))
    >>> _kind_and_day_alone(bare, named, "2024-09-24"), _kind_and_day_alone(named, bare, "2024-09-24")
    (True, False)
    >>> _kind_and_day_alone(bare, named, "2024-09")
    False
    >>> _kind_and_day_alone(IncidentKey("bomb kills two in Arauca", "attack", (), (), False), named, "2024-09-24")
    False
    >>> _kind_and_day_alone(IncidentKey("attack of 2024-09-24", "attack", (), ("serbia",), False), named, "2024-09-24")
    False
    >>> _kind_and_day_alone(IncidentKey("attack of 2024-09-24", "attack", ("jarinje",), (), False), named, "2024-09-24")
    False
    """
    return (
        not bare.anchored
        and named.anchored
        and bare.kind == named.kind  # "Tuesday's bombing" is not the judge's shooting told before it
        and days_apart(bare_date, bare_date) is not None
        and bare.base.endswith(f" of {bare_date}")
        and {*bare.places, *bare.scene} <= set(named.scene)
    )


def _same_time(first: str, second: str) -> bool:
    """Whether two dates of one document allow one incident: full days at most two days apart, else one within the
    other ("2024-01" and "2024-01-28"; "2014" and "2014-09")."""
    if days_apart(first, second) is None:
        return first.startswith(second) or second.startswith(first)
    return within_days(first, second)


def told_around_here(actors: dict[str, ActorFact]) -> dict[str, str]:
    """The document's events told only by the wider places around them ("three soldiers were killed at a base in
    Jordan"), or harms told at a wider place ("Taliban kill 16 soldiers in South Waziristan") or keyed by the place
    an attack is ("40 people were killed in Kuruku" and "the attack on Kuruku"), or incidents told on a
    day at places within another's of that day ("the rocket strike on the Golan Heights on Saturday"), each with the
    one event of the same document, of a fitting kind and date, that names those places and its own ("the drone attack
    on Tower 22, a base in Jordan near the Syrian border"; "the attack in Makeen, in South Waziristan"; "a rocket
    struck a football pitch in Majdal Shams, in the Golan Heights, on Saturday"): one incident told twice. An event
    two such events could be stays its own, and so does one told on another day.

    >>> wide = ActorFact("Event:us-killing", "Event", "US killing", date="2024-01")
    >>> wide.incident = IncidentKey("united-states killing", "killing", (), ("jordan",))
    >>> named = ActorFact("Event:tower-22-attack", "Event", "Tower 22 attack", date="2024-01-28")
    >>> named.incident = IncidentKey("tower-22 attack", "attack", ("tower-22",), ("tower-22", "jordan", "syria"))
    >>> told_around_here({f.key: f for f in (wide, named)})
    {'Event:us-killing': 'Event:tower-22-attack'}
    >>> named.date = "2023-12-02"
    >>> told_around_here({f.key: f for f in (wide, named)})
    {}
    >>> harm = ActorFact("Event:waziristan-killing", "Event", "South Waziristan killing", date="2024-12")
    >>> harm.incident = IncidentKey("south-waziristan killing", "killing", ("south-waziristan",), ("south-waziristan",))
    >>> told_around_here({f.key: f for f in (harm, named)})
    {}
    >>> makeen = ActorFact("Event:makeen-attack", "Event", "Makeen attack", date="2024-12-21")
    >>> places = ("makeen", "south-waziristan")
    >>> makeen.incident = IncidentKey("makeen attack", "attack", places, places)
    >>> told_around_here({f.key: f for f in (harm, makeen)})
    {'Event:waziristan-killing': 'Event:makeen-attack'}
    """
    events = [f for f in actors.values() if f.label == "Event" and f.incident is not None]
    found: dict[str, str] = {}
    for wide in events:
        fits = [
            named.key
            for named in events
            if named is not wide
            and (
                _told_around(wide.incident, named.incident)
                or _harm_within(wide.incident, named.incident)
                or _harm_at_its_place(wide.incident, named.incident)
                or _placed_within(wide.incident, named.incident, wide.date or "", named.date or "")
                or _kind_and_day_alone(wide.incident, named.incident, wide.date or "")
            )
            and kinds_fit(wide.incident.kind, named.incident.kind)
            and _same_time(wide.date or "", named.date or "")
        ]
        if len(fits) == 1:
            found[wide.key] = fits[0]
    return {wide: named for wide, named in found.items() if named not in found}  # each to an event resolved itself


@dataclass
class IncidentIndex:
    """The incidents of the documents resolved so far, by key and by kind and place."""

    _by_base: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # base -> (node id, date)
    _by_place: dict[tuple[str, str], list[tuple[str, IncidentKey, str]]] = field(default_factory=dict)
    _current: list[tuple[str, IncidentKey, str]] = field(default_factory=list)  # this document's, not yet findable

    def find(self, key: IncidentKey, date: str) -> str | None:
        """The node of an earlier document's incident this event tells, if any."""
        for node_id, other in self._by_base.get(key.base, ()):
            if dates_agree(date, other):
                return node_id
        if not key.kind:
            return None
        for place in dict.fromkeys(key.scene):
            for node_id, other, other_date in self._by_place.get((key.kind, place), ()):
                near = days_apart(date, other_date)  # full days both: a month says too little here
                if (
                    near is not None
                    and near <= SAME_INCIDENT_DAYS
                    and (_told_around(key, other) or _told_around(other, key))
                ):
                    return node_id
        return None

    def add(self, node_id: str, key: IncidentKey, date: str) -> None:
        """Note a document's incident; it can be found once the next document starts."""
        self._current.append((node_id, key, date))

    def next_document(self) -> None:
        """Make the last document's incidents findable by the next ones (never by their own document's)."""
        for node_id, key, date in self._current:
            self._by_base.setdefault(key.base, []).append((node_id, date))
            for place in dict.fromkeys(key.scene):
                self._by_place.setdefault((key.kind, place), []).append((node_id, key, date))
        self._current = []

"""The analyst's list of known actors (``seeds/actors.yaml``): canonical names, labels, kinds, aliases.

>>> gaz = Gazetteer.from_entries([
...     {"name": "Iran", "label": "Country", "demonyms": ["Iranian"]},
...     {"name": "Kataib Hezbollah", "label": "Organization", "kind": "armed_group", "aliases": ["KH"]},
... ])
>>> gaz.lookup("the Kataib Hezbollah").id, gaz.lookup("iranian").id
('kataib-hezbollah', 'iran')
>>> gaz.lookup("kh") is None   # short acronyms are case-sensitive
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from graph.errors import OntologyError
from graph.ontology import load_ontology
from graph.seed_cache import cached
from graph.seeds import load_seed_yaml
from graph.slug import name_key, slugify


@dataclass(frozen=True)
class Actor:
    """One known actor and every way it is written."""

    id: str
    name: str
    label: str
    kind: str | None = None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    country: str | None = None
    capital_of: str | None = None
    within: str | None = None  # ``in:``, the entry that directly contains a place
    leader_titles: tuple[str, ...] = ()
    leads: tuple[str, ...] = ()  # ``leads:``, the entries a person heads or headed, the main office first
    theatre: tuple[str, ...] = ()  # ``theatre:``, the entries a page names where a common word stands for it

    @property
    def stands_for(self) -> str | None:
        """The state a capital is written for ("Washington said": the United States); none for a capital named after
        its state, which a writer who means the state does not write ("Mexico City's police chief").

        >>> Actor("x", "Mexico City", "Location", capital_of="Mexico").stands_for is None
        True
        """
        if self.capital_of and self.capital_of not in self.name:
            return self.capital_of
        return None

    @property
    def surfaces(self) -> tuple[str, ...]:
        """Name, aliases and demonyms."""
        return (self.name, *self.aliases, *self.demonyms)


MIXED_ACRONYM = re.compile(r"[A-Z][a-z][A-Z]")  # "LeT", "JeM", "MoD": never to be read as "let", "mod"


def names_listed(value: str | list[str] | None) -> tuple[str, ...]:
    """A field that names one entry or a list of them, as a tuple.

    >>> names_listed("Russia"), names_listed(["Hamas", "Qassam Brigades"]), names_listed(None)
    (('Russia',), ('Hamas', 'Qassam Brigades'), ())
    """
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


def is_acronym(surface: str) -> bool:
    """Short all-capital forms (KH, PMU, IS) and three letters in mixed case (LeT) are matched case-sensitively.

    >>> is_acronym("PMU"), is_acronym("LeT"), is_acronym("Let")
    (True, True, False)
    """
    letters = surface.replace(".", "").replace("-", "")
    return (len(letters) <= 6 and letters.isupper()) or MIXED_ACRONYM.fullmatch(letters) is not None


@dataclass
class Gazetteer:
    """Known actors indexed by id and by every surface form."""

    actors: dict[str, Actor] = field(default_factory=dict)
    _by_key: dict[str, str] = field(default_factory=dict)
    _by_acronym: dict[str, str] = field(default_factory=dict)
    _titles: dict[str, str] = field(default_factory=dict)
    _by_country: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def from_entries(cls, entries: Iterable[dict], origin: str = "actors.yaml") -> Gazetteer:
        """Build from parsed YAML entries, checking labels and kinds against the ontology."""
        onto = load_ontology()
        gaz = cls()
        for entry in entries:
            label, kind = entry.get("label"), entry.get("kind")
            if label not in onto.labels:
                raise OntologyError(f"{origin}: {entry.get('name')!r} has unknown label {label!r}")
            if kind is not None and kind not in onto.kinds:
                raise OntologyError(f"{origin}: {entry.get('name')!r} has unknown kind {kind!r}")
            actor = Actor(
                id=slugify(entry["name"]),
                name=entry["name"],
                label=label,
                kind=kind or ("other" if label == "Organization" else None),
                aliases=tuple(entry.get("aliases") or ()),
                demonyms=tuple(entry.get("demonyms") or ()),
                country=entry.get("country"),
                capital_of=entry.get("capital_of"),
                within=entry.get("in"),
                leader_titles=tuple(entry.get("leader_titles") or ()),
                leads=names_listed(entry.get("leads")),
                theatre=names_listed(entry.get("theatre")),
            )
            gaz.add(actor)
        return gaz

    def add(self, actor: Actor) -> None:
        """Index one actor under all its surface forms (first come keeps a clashing form)."""
        self.actors[actor.id] = actor
        for surface in actor.surfaces:
            if is_acronym(surface):
                self._by_acronym.setdefault(surface.replace(".", ""), actor.id)
            else:
                self._by_key.setdefault(name_key(surface), actor.id)
        for title in actor.leader_titles:
            self._titles[name_key(title)] = actor.id
        if actor.country:
            self._by_country.setdefault(actor.country, []).append(actor.id)

    def lookup(self, surface: str) -> Actor | None:
        """The known actor written this way, if any."""
        acronym = surface.replace(".", "").strip()
        if acronym in self._by_acronym:
            return self.actors[self._by_acronym[acronym]]
        actor_id = self._by_key.get(name_key(surface))
        return self.actors[actor_id] if actor_id else None

    def of_country(self, country: str) -> list[Actor]:
        """The known actors that belong to a country (its bodies, forces and places), each once."""
        ids = dict.fromkeys(self._by_country.get(country, ()))
        return [a for a in map(self.actors.__getitem__, ids) if a.country == country]

    def containing(self, place: Actor) -> list[Actor]:
        """The entries a place lies in, nearest first: its ``in:``, that entry's ``in:`` and so on (a capital with no
        ``in:`` lies in the state it is the capital of); a chain that leads back stops before repeating a place.

        >>> gaz = Gazetteer.from_entries([
        ...     {"name": "Sudan", "label": "Country"},
        ...     {"name": "Darfur", "label": "Location", "in": "Sudan"},
        ...     {"name": "North Darfur", "label": "Location", "in": "Darfur"},
        ...     {"name": "El Fasher", "label": "Location", "in": "North Darfur"},
        ...     {"name": "Khartoum", "label": "Location", "capital_of": "Sudan"},
        ... ])
        >>> [a.name for a in gaz.containing(gaz.lookup("El Fasher"))]
        ['North Darfur', 'Darfur', 'Sudan']
        >>> [a.name for a in gaz.containing(gaz.lookup("Khartoum"))], gaz.containing(gaz.lookup("Sudan"))
        (['Sudan'], [])
        """
        chain: list[Actor] = []
        wider = self._wider(place)
        while wider is not None and wider.id != place.id and wider not in chain:
            chain.append(wider)
            wider = self._wider(wider)
        return chain

    def _wider(self, place: Actor) -> Actor | None:
        """The entry a place directly lies in, if the gazetteer says."""
        name = place.within or place.capital_of
        return self.actors.get(slugify(name)) if name else None

    def led_by_title(self, title: str) -> Actor | None:
        """The body whose head holds this title with no organisation named ("Secretary of State")."""
        actor_id = self._titles.get(name_key(title))
        return self.actors[actor_id] if actor_id else None

    def offices(self, person_id: str | None) -> list[Actor]:
        """The entries a known person heads or headed (``leads:``), the main office first.

        >>> gaz = Gazetteer.from_entries([
        ...     {"name": "Syria", "label": "Country"},
        ...     {"name": "Hayat Tahrir al-Sham", "label": "Organization", "kind": "armed_group"},
        ...     {"name": "Ahmed al-Sharaa", "label": "Person", "leads": ["Syria", "Hayat Tahrir al-Sham"]},
        ... ])
        >>> [a.name for a in gaz.offices("ahmed-al-sharaa")], gaz.offices("syria"), gaz.offices(None)
        (['Syria', 'Hayat Tahrir al-Sham'], [], [])
        """
        person = self.actors.get(person_id) if person_id else None
        if person is None:
            return []
        return [a for a in (self.actors.get(slugify(name)) for name in person.leads) if a is not None]

    def keys(self) -> dict[str, str]:
        """Every compared name form and the actor id it stands for (for fuzzy matching)."""
        return dict(self._by_key)


def parse_gazetteer() -> Gazetteer:
    """The project's ``seeds/actors.yaml``, parsed and checked."""
    return Gazetteer.from_entries(load_seed_yaml("actors.yaml").get("actors", []))


@cache
def load_gazetteer() -> Gazetteer:
    """The project's ``seeds/actors.yaml``, loaded once per process (from the build's cache folder when a build
    kept it there: :mod:`graph.seed_cache`)."""
    return cached("gazetteer", parse_gazetteer)

"""What extraction yields for one document: plain data, picklable and JSON-ready, no spaCy objects."""

from __future__ import annotations

from dataclasses import dataclass, field

EXTRACTORS = ("rules", "model", "both")  # the rules alone, the learned scorer alone, or the rules and the scorer


@dataclass(frozen=True)
class IncidentKey:
    """What tells whether events of two documents are one incident (see :mod:`graph.incident_merge`): what the event
    is keyed by without its date (its place and kind of incident, else its name), its kind, its own places' keys and
    the keys of every place and state its phrases name."""

    base: str
    kind: str = ""
    places: tuple[str, ...] = ()
    scene: tuple[str, ...] = ()
    anchored: bool = True  # named by a place, target, victim, author or title; not by its kind and day alone
    # ("Tuesday's bombing"), which tells no other document's incident

    @classmethod
    def from_json(cls, data: dict) -> IncidentKey:
        """The key as :func:`dataclasses.asdict` wrote it (lists for tuples)."""
        anchored = data.get("anchored", True)
        return cls(data["base"], data["kind"], tuple(data["places"]), tuple(data["scene"]), anchored)


@dataclass
class ActorFact:
    """An actor as one document writes it: document-local key, label, name and every surface seen."""

    key: str
    label: str
    name: str
    kind: str | None = None
    actor_id: str | None = None
    surfaces: set[str] = field(default_factory=set)
    date: str | None = None
    incident: IncidentKey | None = None  # an event's: what tells it from other documents' events


@dataclass(frozen=True)
class RelationFact:
    """One relationship stated in one sentence, between two document-local actor keys."""

    subject: str
    type: str
    object: str
    start: int
    end: int
    certainty: str = "asserted"
    source: str = ""
    confidence: float = 0.7
    method: str = ""


@dataclass
class DocFacts:
    """Every actor and relationship one document states."""

    doc_id: str
    date: str
    text: str
    actors: dict[str, ActorFact] = field(default_factory=dict)
    relations: list[RelationFact] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # the parts of the page no rule could read, with why

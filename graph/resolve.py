"""One node per actor across documents: known actors by id, surnames to full names within a
document, spelling variants (rapidfuzz) across documents; node ids are slugs of canonical names.

>>> from graph.facts import ActorFact
>>> r = Resolver(Gazetteer.from_entries([{"name": "Qais Khazali", "label": "Person"}]))
>>> facts = {"Person:Qays Khazali": ActorFact("Person:Qays Khazali", "Person", "Qays Khazali"),
...          "Person:Jane Roe": ActorFact("Person:Jane Roe", "Person", "Jane Roe"),
...          "Person:Roe": ActorFact("Person:Roe", "Person", "Roe")}
>>> r.resolve_document(facts)
{'Person:Qays Khazali': 'qais-khazali', 'Person:Jane Roe': 'jane-roe', 'Person:Roe': 'jane-roe'}
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from graph.facts import ActorFact
from graph.gazetteer import Gazetteer
from graph.slug import name_key, slugify

FUZZY_THRESHOLD = 90


@dataclass
class Resolver:
    """Keeps the names seen so far so later documents resolve onto the same nodes."""

    gazetteer: Gazetteer
    known_keys: dict[str, str] = field(init=False)
    seen: dict[str, tuple[str, str]] = field(default_factory=dict)  # name key -> (node id, label)

    def __post_init__(self) -> None:
        self.known_keys = self.gazetteer.keys()

    def canonical(self, node_id: str) -> tuple[str, str | None]:
        """Name and kind of a known actor id."""
        actor = self.gazetteer.actors.get(node_id)
        return (actor.name, actor.kind) if actor else ("", None)

    def _unknown(self, fact: ActorFact) -> str:
        key = name_key(fact.name)
        if key in self.seen and self.seen[key][1] == fact.label:
            return self.seen[key][0]
        if len(key) >= 6:
            match = process.extractOne(key, self.known_keys.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
            if match and self.gazetteer.actors[self.known_keys[match[0]]].label == fact.label:
                return self.known_keys[match[0]]
            same_label = {k: v for k, v in self.seen.items() if v[1] == fact.label}
            match = process.extractOne(key, same_label.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
            if match:
                return same_label[match[0]][0]
        node_id = slugify(fact.name) if fact.label != "Event" else slugify(fact.key.split(":", 1)[1])
        self.seen[key] = (node_id, fact.label)
        return node_id

    def resolve_document(self, actors: dict[str, ActorFact]) -> dict[str, str]:
        """Map each document-local actor key to its node id."""
        ids: dict[str, str] = {}
        people = {k: f for k, f in actors.items() if f.label == "Person"}
        full_names = {k: f for k, f in people.items() if " " in f.name}
        for key, fact in actors.items():
            if fact.actor_id:
                ids[key] = fact.actor_id
            elif fact.label == "Event":
                ids[key] = slugify(key.split(":", 1)[1])
            elif fact.label == "Person" and " " not in fact.name:
                continue  # a surname alone: resolved below against the document's full names
            else:
                ids[key] = self._unknown(fact)
        for key, fact in people.items():
            if key in ids:
                continue
            target = next(
                (
                    k
                    for k, f in full_names.items()
                    if f.name.split()[-1].lower() == fact.name.lower()
                    or f.name.lower().endswith("-" + fact.name.lower())
                ),
                None,
            )
            ids[key] = ids[target] if target else self._unknown(fact)
        return ids

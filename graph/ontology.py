"""The ontology (node labels, organisation kinds, relationship types) loaded from YAML and checked once.

>>> onto = load_ontology()
>>> onto.allows("LEADS", "Person", "Organization")
True
>>> onto.allows("LEADS", "Country", "Person")
False
>>> onto.is_symmetric("ALLIED_WITH")
True
>>> onto.group("DEPUTY_OF"), onto.group("ATTACKED"), onto.group("BASED_IN")
('affiliation', 'hostile', 'other')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from graph.errors import OntologyError

ONTOLOGY_PATH = Path(__file__).with_name("ontology.yaml")


@dataclass(frozen=True)
class RelationType:
    """One relationship type: its name, the labels allowed at each end, and whether it is symmetric."""

    name: str
    subject: frozenset[str]
    object: frozenset[str]
    symmetric: bool = False


@dataclass(frozen=True)
class Ontology:
    """Node labels, organisation kinds, relationship types and certainty values; what each label stands for."""

    labels: tuple[str, ...]
    kinds: tuple[str, ...]
    relations: dict[str, RelationType] = field(hash=False)
    certainty: tuple[str, ...]
    groups: dict[str, str] = field(default_factory=dict, hash=False)
    descriptions: dict[str, str] = field(default_factory=dict, hash=False)

    def allows(self, rel_type: str, subject_label: str, object_label: str) -> bool:
        """Whether ``subject_label -[rel_type]-> object_label`` is a legal relationship."""
        rel = self.relations.get(rel_type)
        return rel is not None and subject_label in rel.subject and object_label in rel.object

    def is_symmetric(self, rel_type: str) -> bool:
        """Whether ``rel_type`` is stored once and read in both directions."""
        return self.relations[rel_type].symmetric

    def group(self, rel_type: str) -> str:
        """What ``rel_type`` means between two actors: ``affiliation``, ``hostile`` or ``other``."""
        return self.groups.get(rel_type, "other")


def parse_ontology(data: dict, origin: str = "ontology") -> Ontology:
    """Check a parsed ontology mapping and build an :class:`Ontology`; raise on the first bad name."""
    try:
        labels = tuple(data["labels"])
        descriptions = {label: str(what) for label, what in data["labels"].items()} if labels else {}
        kinds = tuple(data["kinds"])
        certainty = tuple(data["certainty"])
        relations: dict[str, RelationType] = {}
        for name, spec in data["relationships"].items():
            if name != name.upper():
                raise OntologyError(f"{origin}: relationship type {name!r} must be UPPER_SNAKE")
            for end in ("subject", "object"):
                unknown = set(spec[end]) - set(labels)
                if unknown:
                    raise OntologyError(f"{origin}: {name}.{end} names unknown label(s) {sorted(unknown)}")
            relations[name] = RelationType(
                name, frozenset(spec["subject"]), frozenset(spec["object"]), bool(spec.get("symmetric", False))
            )
        groups: dict[str, str] = {}
        for group, names in data.get("groups", {}).items():
            for name in names:
                if name not in relations or name in groups:
                    raise OntologyError(f"{origin}: group {group!r} names unknown or already grouped type {name!r}")
                groups[name] = group
    except (KeyError, TypeError) as exc:
        raise OntologyError(f"{origin}: malformed ontology ({exc!r})") from None
    return Ontology(labels, kinds, relations, certainty, groups, descriptions)


@cache
def load_ontology(path: Path = ONTOLOGY_PATH) -> Ontology:
    """Load and check the ontology YAML (cached: the file is read once per process)."""
    with open(path, encoding="utf-8") as fh:
        return parse_ontology(yaml.safe_load(fh), origin=str(path))

"""Named, parameterised Cypher queries: the ``queries/*.cypher`` files and their headers.

Each file opens with ``//`` header lines: ``title``, ``description``, one ``param`` line per
parameter and optional ``note`` lines; an indented ``//`` line continues the one above.
A parameter line reads ``// param: NAME (TYPE) = DEFAULT: what it is``; TYPE is ``actor``
(a name, alias or id, resolved before the query runs), ``string``, ``int``, ``float`` or
``bool``; DEFAULT is a JSON literal, and a parameter without one is required. The Cypher
below the header uses ``$NAME``; values are never pasted into its text.

>>> q = parse_named("demo", '''// title: Demo
... // description: Who leads an actor,
... //   most mentioned first.
... // param: name (actor): the organisation
... // param: limit (int) = 10: the most rows
... MATCH (p)-[:LEADS]->(a) WHERE toLower($name) IN a.keys RETURN p.name LIMIT $limit''')
>>> q.title, q.description
('Demo', 'Who leads an actor, most mentioned first.')
>>> [(p.name, p.type, p.default, p.required) for p in q.params]
[('name', 'actor', None, True), ('limit', 'int', 10, False)]
>>> q.bind({"name": "Kataib Hezbollah", "limit": "3"})
{'name': 'Kataib Hezbollah', 'limit': 3}
>>> q.bind({"limit": "3"})
Traceback (most recent call last):
...
graph.errors.StoreError: query 'demo' needs --param name=... (the organisation)
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from graph.errors import StoreError

QUERY_DIR = Path(__file__).parent
TYPES = ("actor", "string", "int", "float", "bool")
_PARAM = re.compile(r"(?P<name>\w+)\s*\((?P<type>\w+)\)\s*(?:=\s*(?P<default>.+?))?\s*:\s*(?P<help>.*)")
_KEY = re.compile(r"//\s?(?P<key>title|description|param|note):\s*(?P<value>.*)")
_TRUE, _FALSE = {"true", "yes", "1", "on"}, {"false", "no", "0", "off"}


@dataclass(frozen=True)
class Param:
    """One ``$parameter`` of a named query."""

    name: str
    type: str
    default: object = None
    required: bool = True
    help: str = ""

    def convert(self, value: object) -> object:
        """The value in this parameter's type (command-line values arrive as strings)."""
        if value is None or not isinstance(value, str):
            return value
        try:
            if self.type == "int":
                return int(value)
            if self.type == "float":
                return float(value)
        except ValueError:
            raise StoreError(
                f"--param {self.name}={value}: expected a{'n' * (self.type == 'int')} {self.type}"
            ) from None
        if self.type == "bool":
            if value.lower() not in _TRUE | _FALSE:
                raise StoreError(f"--param {self.name}={value}: expected true or false")
            return value.lower() in _TRUE
        return value


@dataclass(frozen=True)
class NamedQuery:
    """A query file: its name (the file stem), header and Cypher."""

    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    cypher: str
    notes: str = ""

    def bind(self, values: Mapping[str, object]) -> dict[str, object]:
        """Every parameter's value: given ones converted to their type, the others' defaults."""
        known = {p.name: p for p in self.params}
        unknown = sorted(set(values) - set(known))
        if unknown:
            raise StoreError(f"query {self.name!r} has no parameter {unknown[0]!r}; it takes: {', '.join(known)}")
        bound: dict[str, object] = {}
        for param in self.params:
            if param.name in values:
                bound[param.name] = param.convert(values[param.name])
            elif param.required:
                raise StoreError(f"query {self.name!r} needs --param {param.name}=... ({param.help})")
            else:
                bound[param.name] = param.default
        return bound


def _parse_param(text: str, origin: str) -> Param:
    match = _PARAM.fullmatch(text.strip())
    if not match or match["type"] not in TYPES:
        raise StoreError(f"{origin}: bad param line {text!r}; expected 'NAME (TYPE) = DEFAULT: help', TYPE in {TYPES}")
    if match["default"] is None:
        return Param(match["name"], match["type"], help=match["help"])
    try:
        default = json.loads(match["default"])
    except json.JSONDecodeError:
        raise StoreError(f"{origin}: default of {match['name']!r} is not a JSON literal") from None
    return Param(match["name"], match["type"], default, required=False, help=match["help"])


def parse_named(name: str, text: str, origin: str | None = None) -> NamedQuery:
    """Read a query file's header and Cypher; a malformed header raises :class:`StoreError`."""
    origin = origin or name
    fields: dict[str, list[str]] = {"title": [], "description": [], "note": []}
    params: list[str] = []
    lines = text.splitlines()
    body_start = 0
    current: list[str] | None = None
    for i, line in enumerate(lines):
        if not line.startswith("//"):
            body_start = i
            break
        match = _KEY.match(line)
        if match:
            current = params if match["key"] == "param" else fields[match["key"]]
            current.append(match["value"].strip())
        elif current is not None and line[2:].strip():
            current[-1] = f"{current[-1]} {line[2:].strip()}"
    else:
        body_start = len(lines)
    cypher = "\n".join(lines[body_start:]).strip()
    if not fields["title"] or not cypher:
        raise StoreError(f"{origin}: a named query needs a '// title:' header and a Cypher body")
    return NamedQuery(
        name,
        fields["title"][0],
        " ".join(fields["description"]),
        tuple(_parse_param(p, origin) for p in params),
        cypher,
        " ".join(fields["note"]),
    )


def list_named(folder: Path = QUERY_DIR) -> list[NamedQuery]:
    """Every named query in ``folder``, by name."""
    return [load_named(path.stem, folder) for path in sorted(folder.glob("*.cypher"))]


def load_named(name: str, folder: Path = QUERY_DIR) -> NamedQuery:
    """The named query ``name`` (``folder/name.cypher``); an unknown name lists the known ones."""
    path = folder / f"{name}.cypher"
    if not re.fullmatch(r"[\w-]+", name) or not path.is_file():
        known = ", ".join(p.stem for p in sorted(folder.glob("*.cypher")))
        raise StoreError(f"no named query {name!r}; known: {known}")
    return parse_named(name, path.read_text(encoding="utf-8"), origin=str(path))

r"""Values across the wire: Python to Cypher literals (FalkorDB's parameter header) and results to plain data.

>>> print(cypher_literal({"name": 'say "hi"', "aliases": ["a"], "n": 2, "kind": None}))
{`name`: "say \"hi\"", `aliases`: ["a"], `n`: 2, `kind`: null}
>>> print(cypher_literal(["back\\slash", "two\nlines", "Abū"]))
["back\\slash", "two\nlines", "Abū"]
>>> with_parameters("RETURN $x AS x", {"x": [1.5, True]})
'CYPHER x=[1.5, true] RETURN $x AS x'
>>> plain({"a": (1, 2)})
{'a': [1, 2]}
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

import falkordb
from neo4j.graph import Node, Path, Relationship

from graph.errors import StoreError

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class Encoded(str):
    """Text already in Cypher literal form (a batch encoded once, row by row)."""


def _quote(text: str) -> str:
    """A string literal: backslashes and quotes escaped, and line breaks and tabs, so a statement keeps
    to its line (cypher-shell reads a script by lines); other text (any Unicode) stays as it is."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + escaped.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + '"'


def cypher_literal(value: object) -> str:
    """``value`` as a Cypher literal, strings escaped so no value can change the query."""
    kind = type(value)  # exact types first: loads encode millions of values
    if kind is str:
        return _quote(value)  # type: ignore[arg-type]
    if kind is list or kind is tuple:
        return "[" + ", ".join(_quote(v) if type(v) is str else cypher_literal(v) for v in value) + "]"  # type: ignore[union-attr]
    if value is None:
        return "null"
    if isinstance(value, Encoded):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise StoreError(f"cannot pass {value} as a query parameter")
        return repr(value)
    if isinstance(value, str):
        return _quote(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    if isinstance(value, Mapping):
        items = []
        for key, item in value.items():
            if not isinstance(key, str) or not key or "`" in key:
                raise StoreError(f"cannot pass map key {key!r} to FalkorDB")
            items.append(f"`{key}`: {cypher_literal(item)}")
        return "{" + ", ".join(items) + "}"
    raise StoreError(f"cannot pass a {type(value).__name__} as a query parameter")


def with_parameters(cypher: str, params: Mapping[str, object]) -> str:
    """The query with its parameters in a ``CYPHER name=value ...`` header, as FalkorDB reads them."""
    if not params:
        return cypher
    for name in params:
        if not _IDENTIFIER.fullmatch(name):
            raise StoreError(f"bad parameter name {name!r}")
    header = " ".join(f"{name}={cypher_literal(value)}" for name, value in params.items())
    return f"CYPHER {header} {cypher}"


def plain(value: object) -> object:
    """A result value (neo4j driver or FalkorDB client) as JSON-ready data: nodes and relationships become
    their properties."""
    if isinstance(value, falkordb.Node):
        return {"labels": sorted(value.labels or []), **{k: plain(v) for k, v in value.properties.items()}}
    if isinstance(value, falkordb.Edge):
        return {"type": value.relation, **{k: plain(v) for k, v in value.properties.items()}}
    if isinstance(value, falkordb.Path):
        return {"nodes": [plain(n) for n in value.nodes()], "relationships": [plain(r) for r in value.edges()]}
    if isinstance(value, Node):
        return {"labels": sorted(value.labels), **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"type": value.type, **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return {"nodes": [plain(n) for n in value.nodes], "relationships": [plain(r) for r in value.relationships]}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, Mapping):
        return {k: plain(v) for k, v in value.items()}
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)  # temporal and spatial values

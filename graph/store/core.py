"""One store, two backends: the same loading and query code, to FalkorDB or to Neo4j.

The store holds the Cypher and the logic (loading, named queries, finding actors); a backend
(:mod:`graph.store.backends`) only carries statements to its server: FalkorDB's native client
over the Redis protocol, or the official neo4j driver.
"""

from __future__ import annotations

import re
import signal
import threading
import uuid
from collections.abc import Mapping
from typing import Any

from rapidfuzz import fuzz, process

from graph.errors import StoreError, UnknownActorError
from graph.falkordb_server import FalkorDBServer, folder_lock
from graph.gazetteer import load_gazetteer
from graph.kg import KnowledgeGraph
from graph.ontology import load_ontology
from graph.slug import name_key
from graph.store.backends import Backend
from graph.store.rows import chunks, node_rows, relationship_rows
from queries.named import load_named

BATCH_ROWS = 5000
LOAD_CSV_HINT = "LOAD CSV reads files and URLs: pass --write and --allow-load-csv (allow_load_csv=True) to allow it"

NODE_RELABELLED = "UNWIND $rows AS row MATCH (n:Actor {{id: row.id}}) WHERE NOT n:{label} DETACH DELETE n"
NODE_MERGE = "UNWIND $rows AS row MERGE (n:Actor:{label} {{id: row.id}}) SET n += row.props"
RELATIONSHIP_MERGE = """UNWIND $rows AS row
MATCH (a:Actor {{id: row.source}})
MATCH (b:Actor {{id: row.target}})
MERGE (a)-[r:{type}]->(b)
SET r += row.props"""
DELETE_STALE_RELATIONSHIPS = "MATCH (:Actor)-[r]->(:Actor) WHERE coalesce(r.load_id, '') <> $stamp DELETE r"
DELETE_STALE_NODES = "MATCH (n:Actor) WHERE coalesce(n.load_id, '') <> $stamp DETACH DELETE n"
COUNT_NODES = "MATCH (n:Actor) RETURN count(n) AS n"
COUNT_RELATIONSHIPS = "MATCH (:Actor)-[r]->(:Actor) RETURN count(r) AS n"
FIND_ACTOR = "MATCH (a:Actor) WHERE $key IN a.keys OR $norm IN a.keys RETURN a.id AS id, a.name AS name"
ALL_NAMES = "MATCH (a:Actor) RETURN a.id AS id, a.name AS name, a.aliases AS aliases"


def _raise_exit(signum: int, frame: Any) -> None:
    raise SystemExit(128 + signum)


class GraphStore:
    """A graph database holding the actor graph: load it, query it, run named queries.

    Use it as a context manager, or call :meth:`close`; a FalkorDB server the store started
    for itself is stopped then (and on SIGTERM inside a ``with`` block, which exits it).
    """

    def __init__(self, adapter: Backend, *, server: FalkorDBServer | None = None, owns_server: bool = False) -> None:
        self.adapter = adapter
        self.where = adapter.where
        self.server = server
        self.owns_server = owns_server
        self._previous_sigterm: Any = None

    @property
    def backend(self) -> str:
        """``"falkordb"`` or ``"neo4j"``."""
        return "falkordb" if self.server else "neo4j"

    # -- queries -------------------------------------------------------------------------
    def query(
        self,
        cypher: str,
        params: Mapping[str, object] | None = None,
        *,
        write: bool = False,
        allow_load_csv: bool = False,
    ) -> list[dict]:
        """Run Cypher with ``$parameters``; rows as dicts of plain values.

        Read-only unless ``write`` (the server refuses writes); ``LOAD CSV`` only with both
        ``write`` and ``allow_load_csv``.
        """
        params = params or {}
        if not (write and allow_load_csv) and "loadcsv" in self.adapter.operations(cypher, params):
            raise StoreError(LOAD_CSV_HINT)
        return self.adapter.run(cypher, params, write=write)

    def run_named(self, query: str, /, **params: object) -> list[dict]:
        """Run the named query ``queries/<query>.cypher``; ``actor`` parameters are resolved to one actor first."""
        named = load_named(query)
        bound = named.bind(params)
        for param in named.params:
            if param.type == "actor" and bound[param.name] is not None:
                bound[param.name] = self.resolve_actor(str(bound[param.name]))
        return self.adapter.run(named.cypher, bound, write=False)

    def resolve_actor(self, name: str) -> str:
        """The id of the actor called ``name`` (name, alias or id, any case); unknown names suggest near ones."""
        found = self._read(FIND_ACTOR, {"key": name.strip().lower(), "norm": name_key(name)})
        if found:
            by_name = [row["id"] for row in found if name_key(row["name"]) == name_key(name)]
            return (by_name or sorted(row["id"] for row in found))[0]
        known = load_gazetteer().lookup(name)
        if known is not None and self._read("MATCH (a:Actor {id: $id}) RETURN a.id AS id", {"id": known.id}):
            return known.id
        actors = self._read(ALL_NAMES)
        if not actors:
            raise StoreError(f"{self.where} holds no actors; run `actorgraph load` first")
        forms = {form: row["name"] for row in actors for form in [*row["aliases"], row["name"]]}
        near = process.extract(name, list(forms), scorer=fuzz.WRatio, limit=3, score_cutoff=60)
        shown = [form if forms[form] == form else f"{form} ({forms[form]})" for form, _, _ in near]
        hint = f"; did you mean: {', '.join(shown)}?" if shown else ""
        raise UnknownActorError(f"no actor called {name!r}{hint}")

    # -- loading -------------------------------------------------------------------------
    def load(self, kg: KnowledgeGraph, *, batch_rows: int = BATCH_ROWS) -> dict[str, int]:
        """Make the store hold exactly ``kg``: MERGE its nodes and relationships, drop what it no longer has.

        Loading the same graph again changes no counts; a changed graph updates nodes and
        relationships in place. Returns the store's counts afterwards.
        """
        ontology = load_ontology()
        data = kg.to_json()
        stamp = uuid.uuid4().hex
        self.adapter.ensure_schema()
        max_chars = self.adapter.batch_chars
        for label, rows in node_rows(data, stamp).items():
            label = _checked(label, ontology.labels)
            for batch in chunks(rows, batch_rows, max_chars):  # a node whose label changed is made anew
                self._write(NODE_RELABELLED.format(label=label), {"rows": batch})
                self._write(NODE_MERGE.format(label=label), {"rows": batch})
        for rel_type, rows in relationship_rows(data, stamp).items():
            statement = RELATIONSHIP_MERGE.format(type=_checked(rel_type, ontology.relations))
            for batch in chunks(rows, batch_rows, max_chars):
                self._write(statement, {"rows": batch})
        self._write(DELETE_STALE_RELATIONSHIPS, {"stamp": stamp})
        self._write(DELETE_STALE_NODES, {"stamp": stamp})
        return self.counts()

    def counts(self) -> dict[str, int]:
        """How many actor nodes and relationships between them the store holds."""
        nodes = self._read(COUNT_NODES)[0]["n"]
        relationships = self._read(COUNT_RELATIONSHIPS)[0]["n"]
        return {"nodes": nodes, "relationships": relationships}

    # -- one statement -------------------------------------------------------------------
    def _read(self, cypher: str, params: Mapping[str, object] | None = None) -> list[dict]:
        return self.adapter.run(cypher, params or {}, write=False)

    def _write(self, cypher: str, params: Mapping[str, object]) -> list[dict]:
        return self.adapter.run(cypher, params, write=True)

    # -- lifetime ------------------------------------------------------------------------
    def close(self) -> None:
        """Close the connection, and stop the FalkorDB server if this store started it; idempotent."""
        self.adapter.close()
        if self.owns_server and self.server:
            with folder_lock(self.server.db_dir):
                self.server.stop()
            self.owns_server = False

    def __enter__(self) -> GraphStore:
        if self.owns_server and threading.current_thread() is threading.main_thread():
            self._previous_sigterm = signal.signal(signal.SIGTERM, _raise_exit)
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._previous_sigterm is not None:
            signal.signal(signal.SIGTERM, self._previous_sigterm)
            self._previous_sigterm = None
        self.close()


def _checked(name: str, allowed: object) -> str:
    """A label or type from the ontology (the only text ever put into a statement)."""
    if name not in allowed or not re.fullmatch(r"[A-Z][A-Za-z_]*", name):  # type: ignore[operator]
        raise StoreError(f"{name!r} is not in the ontology")
    return name

"""One store, two backends: the same loading and query code, to FalkorDB or to Neo4j.

The store holds the Cypher and the logic (loading, named queries, finding actors); a backend
(:mod:`graph.store.backends`) only carries statements to its server: FalkorDB's native client
over the Redis protocol, or the official neo4j driver.
"""

from __future__ import annotations

import re
import signal
import threading
from collections.abc import Mapping
from hashlib import blake2b
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from graph.errors import StoreError, UnknownActorError
from graph.export import load_graph
from graph.falkordb_server import FalkorDBServer, folder_lock
from graph.gazetteer import load_gazetteer
from graph.gc_pause import paused_gc
from graph.kg import KnowledgeGraph
from graph.ontology import load_ontology
from graph.slug import name_key
from graph.store.backends import Backend
from graph.store.digests import GraphRows, graph_rows
from graph.store.rows import BUCKETS, Row, chunks
from queries.named import load_named

BATCH_ROWS = 5000
LOAD_CSV_HINT = "LOAD CSV reads files and URLs: pass --write and --allow-load-csv (allow_load_csv=True) to allow it"

# {rows}: "$rows" for the store, a literal list in the Cypher script export (graph/cypher_script.py)
NODE_MERGE = "UNWIND {rows} AS row MERGE (n:Actor:{label} {{id: row.id}}) SET n += row.props"
RELATIONSHIP_MERGE = """UNWIND {rows} AS row
MATCH (a:Actor {{id: row.source}})
MATCH (b:Actor {{id: row.target}})
MERGE (a)-[r:{type}]->(b)
SET r += row.props"""
DELETE_NODES = "UNWIND $rows AS row MATCH (n:Actor {id: row.id}) DETACH DELETE n"
DELETE_RELATIONSHIPS = (
    "UNWIND $rows AS row MATCH (:Actor {{id: row.source}})-[r:{type}]->(:Actor {{id: row.target}}) DELETE r"
)
STORED_NODES = "MATCH (n:Actor) WHERE $all OR n.bucket IN $buckets RETURN n.id AS id, n.label AS label, n.h AS h"
STORED_RELATIONSHIPS = """MATCH (a:Actor) WHERE $all OR a.bucket IN $buckets
MATCH (a)-[r]->(b:Actor)
RETURN a.id AS source, type(r) AS type, b.id AS target, r.h AS h"""
LOAD_STATE = "MATCH (m:LoadState) RETURN m.digests AS digests, m.file AS file"
SAVE_STATE = "MERGE (m:LoadState {id: 'graph'}) SET m.digests = $digests, m.file = $file"
FORGET_STATE = "MATCH (m:LoadState) DELETE m"
COUNT_ALL = "MATCH (n) RETURN count(n) AS n"
COUNT_NODES = "MATCH (n:Actor) RETURN count(n) AS n"
COUNT_RELATIONSHIPS = "MATCH ()-[r]->() RETURN count(r) AS n"  # from the statistics: only actors have links
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
        self.written: dict[str, int] = {}
        """What the last :meth:`load` wrote: nodes and relationships created or updated, and deleted ones."""

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
    def load_file(self, path: Path) -> dict[str, int]:
        """Load a build's ``graph.json`` (or the build folder holding it) with :meth:`load`.

        When the store's last load was of these very bytes, the file is not even parsed: nothing is
        written and the store's counts come back at once.
        """
        path = Path(path) / "graph.json" if Path(path).is_dir() else Path(path)
        digest = file_digest(path)
        state = self._read(LOAD_STATE)
        if state and state[0]["file"] == digest:
            self.written = dict.fromkeys(("nodes", "relationships", "deleted"), 0)
            return self.counts()
        return self.load(load_graph(path), file_digest=digest)

    def load(
        self, kg: KnowledgeGraph, *, batch_rows: int = BATCH_ROWS, file_digest: str | None = None
    ) -> dict[str, int]:
        """Make the store hold exactly ``kg``, writing only what differs; returns the store's counts afterwards.

        An empty FalkorDB store is filled with ``GRAPH.BULK``; otherwise the buckets whose digest
        differs from the one kept in the store (a ``LoadState`` node) are read back, and only the
        nodes and relationships whose hash changed are MERGEd, only the ones gone are deleted.
        An unchanged graph is not written at all. :attr:`written` tells what the last load wrote.
        ``file_digest`` is kept with the digests for :meth:`load_file`.
        """
        with paused_gc():  # the rows are gone (freed by reference counts) before collection resumes
            return self._load(kg, batch_rows, file_digest)

    def _load(self, kg: KnowledgeGraph, batch_rows: int, file_digest: str | None) -> dict[str, int]:
        rows = graph_rows(kg)
        hashes = rows.hashes
        ontology = load_ontology()
        for label in hashes.labels:
            _checked(label, ontology.labels)
        for rel_type in hashes.types:
            _checked(rel_type, ontology.relations)
        state = self._read(LOAD_STATE)
        stored = state[0]["digests"] if state else None
        if stored is not None and len(stored) != len(hashes.digests):
            stored = None  # kept by a version with other buckets: compare everything
        if stored is None and self._read(COUNT_ALL)[0]["n"] == 0 and self.adapter.bulk_create(rows):
            self.written = {"nodes": len(hashes.nodes), "relationships": len(hashes.edges), "deleted": 0}
        else:
            changed = [i for i, digest in enumerate(hashes.digests) if stored is None or stored[i] != digest]
            self.written = dict.fromkeys(("nodes", "relationships", "deleted"), 0)
            if not changed and file_digest == state[0]["file"]:
                return self.counts()
            if changed:
                self.adapter.ensure_schema()
                self._write(FORGET_STATE, {})  # until the end: an interrupted load is compared in full next time
                self._patch(rows, None if stored is None else changed, batch_rows)
        self._write(SAVE_STATE, {"digests": hashes.digests, "file": file_digest})
        return self.counts()

    def _patch(self, rows: GraphRows, buckets: list[int] | None, batch_rows: int) -> None:
        """Write the rows of ``buckets`` (None: all) whose hash differs from the store's; delete what is gone.

        A node whose label changed is deleted and made anew, with every relationship at it.
        """
        wanted = set(range(BUCKETS)) if buckets is None else set(buckets)
        params = {"all": buckets is None, "buckets": buckets or []}  # all: also nodes loaded before buckets
        stored_nodes = {r["id"]: (r["label"], r["h"]) for r in self._read(STORED_NODES, params)}
        stored_edges = {(r["source"], r["type"], r["target"]): r["h"] for r in self._read(STORED_RELATIONSHIPS, params)}
        hashes = rows.hashes
        nodes = {n: node for n, node in hashes.nodes.items() if node.bucket in wanted}
        edges = {key: h for key, h in hashes.edges.items() if hashes.nodes[key[0]].bucket in wanted}
        relabelled = {n for n, (label, _) in stored_nodes.items() if n in nodes and nodes[n].label != label}
        gone = stored_nodes.keys() - nodes.keys() | relabelled
        stale: dict[str, list[dict]] = {}
        for source, rel, target in stored_edges.keys() - edges.keys():
            if source not in gone and target not in gone:  # else DETACH DELETE takes it
                stale.setdefault(rel, []).append({"source": source, "target": target})
        self._write_rows(DELETE_NODES, [{"id": n} for n in sorted(gone)], batch_rows)
        for rel, group in stale.items():
            self._write_rows(DELETE_RELATIONSHIPS.format(type=rel), group, batch_rows)
        self.written = {"nodes": 0, "relationships": 0, "deleted": len(gone) + sum(map(len, stale.values()))}
        node_rows: dict[str, list[Row]] = {}
        for n, node in nodes.items():
            if n in relabelled or stored_nodes.get(n, ("", ""))[1] != node.h:
                node_rows.setdefault(node.label, []).append(rows.row((n,)))
        edge_rows: dict[str, list[Row]] = {}
        at_relabelled = (key for key in hashes.edges if not relabelled.isdisjoint(key[::2])) if relabelled else ()
        for key in dict.fromkeys([*(key for key, h in edges.items() if stored_edges.get(key) != h), *at_relabelled]):
            edge_rows.setdefault(key[1], []).append(rows.row(key))
        for label, group in node_rows.items():
            self._write_rows(
                NODE_MERGE.format(rows="$rows", label=label), [r.statement_row() for r in group], batch_rows
            )
            self.written["nodes"] += len(group)
        for rel, group in edge_rows.items():
            self._write_rows(
                RELATIONSHIP_MERGE.format(rows="$rows", type=rel), [r.statement_row() for r in group], batch_rows
            )
            self.written["relationships"] += len(group)

    def _write_rows(self, statement: str, rows: list[dict], batch_rows: int) -> None:
        """Run ``statement`` over ``rows`` in batches (``$rows``)."""
        for batch in chunks(rows, batch_rows, self.adapter.batch_chars):
            self._write(statement, {"rows": batch})

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


def file_digest(path: Path) -> str:
    """The digest of a ``graph.json`` that :meth:`GraphStore.load_file` compares with the store's."""
    try:
        return blake2b(Path(path).read_bytes(), digest_size=16).hexdigest()
    except FileNotFoundError:
        raise StoreError(f"{path}: no graph here; run `actorgraph build` first") from None


def _checked(name: str, allowed: object) -> str:
    """A label or type from the ontology (the only text ever put into a statement)."""
    if name not in allowed or not re.fullmatch(r"[A-Z][A-Za-z_]*", name):  # type: ignore[operator]
        raise StoreError(f"{name!r} is not in the ontology")
    return name

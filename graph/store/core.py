"""One store, two backends: the same loading and query code over Bolt, to FalkorDB or to Neo4j.

The neo4j driver is the only way in. What differs is kept to a few switches on
``self.server`` (set for FalkorDB): how parameters travel (a ``CYPHER`` header, see
:mod:`graph.falkordb_server`), how read-only is enforced (Neo4j's read transactions;
FalkorDB's own plan), where error text comes from, and the schema statements.
"""

from __future__ import annotations

import re
import signal
import threading
import uuid
from collections.abc import Mapping
from typing import Any

from neo4j import Driver
from neo4j.exceptions import DriverError, Neo4jError
from rapidfuzz import fuzz, process

from graph.errors import StoreError, UnknownActorError
from graph.falkordb_server import GRAPH_KEY, FalkorDBServer, folder_lock, native_message
from graph.gazetteer import load_gazetteer
from graph.kg import KnowledgeGraph
from graph.ontology import load_ontology
from graph.slug import name_key
from graph.store.rows import chunks, node_rows, relationship_rows
from graph.store.values import plain, with_parameters
from queries.named import load_named

BATCH_ROWS = 5000
FALKORDB_BATCH_CHARS = 1_000_000  # FalkorDB copies a query onto its stack: keep one well under 8 MB
_WRITE_OPS = {"Create", "Merge", "MergeCreate", "Delete", "Update", "Create Index", "Drop Index"}
READ_ONLY_HINT = "the query writes to the graph; pass --write (write=True) to allow it"

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
NEO4J_SCHEMA = ("CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE",)
FALKORDB_INDEXES = (("Actor", "id"), ("Actor", "keys"))


def _raise_exit(signum: int, frame: Any) -> None:
    raise SystemExit(128 + signum)


class GraphStore:
    """A graph database holding the actor graph: load it, query it, run named queries.

    Use it as a context manager, or call :meth:`close`; a FalkorDB server the store started
    for itself is stopped then (and on SIGTERM inside a ``with`` block, which exits it).
    """

    def __init__(
        self,
        driver: Driver,
        where: str,
        *,
        server: FalkorDBServer | None = None,
        owns_server: bool = False,
        database: str | None = None,
    ) -> None:
        self.driver = driver
        self.where = where
        self.server = server
        self.owns_server = owns_server
        self.database = database
        self._write_procedures: list[str] | None = None
        self._previous_sigterm: Any = None

    @property
    def backend(self) -> str:
        """``"falkordb"`` or ``"neo4j"``."""
        return "falkordb" if self.server else "neo4j"

    # -- queries -------------------------------------------------------------------------
    def query(self, cypher: str, params: Mapping[str, object] | None = None, *, write: bool = False) -> list[dict]:
        """Run Cypher with ``$parameters``; rows as dicts of plain values. Read-only unless ``write``."""
        return self._execute(cypher, params or {}, write=write)[0]

    def run_named(self, query: str, /, **params: object) -> list[dict]:
        """Run the named query ``queries/<query>.cypher``; ``actor`` parameters are resolved to one actor first."""
        named = load_named(query)
        bound = named.bind(params)
        for param in named.params:
            if param.type == "actor" and bound[param.name] is not None:
                bound[param.name] = self.resolve_actor(str(bound[param.name]))
        return self.query(named.cypher, bound)

    def resolve_actor(self, name: str) -> str:
        """The id of the actor called ``name`` (name, alias or id, any case); unknown names suggest near ones."""
        found = self.query(FIND_ACTOR, {"key": name.strip().lower(), "norm": name_key(name)})
        if found:
            by_name = [row["id"] for row in found if name_key(row["name"]) == name_key(name)]
            return (by_name or sorted(row["id"] for row in found))[0]
        known = load_gazetteer().lookup(name)
        if known is not None and self.query("MATCH (a:Actor {id: $id}) RETURN a.id AS id", {"id": known.id}):
            return known.id
        actors = self.query(ALL_NAMES)
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
        self._ensure_schema()
        max_chars = FALKORDB_BATCH_CHARS if self.server else None
        for label, rows in node_rows(data, stamp).items():
            label = _checked(label, ontology.labels)
            for batch in chunks(rows, batch_rows, max_chars):  # a node whose label changed is made anew
                self._execute(NODE_RELABELLED.format(label=label), {"rows": batch}, write=True)
                self._execute(NODE_MERGE.format(label=label), {"rows": batch}, write=True)
        for rel_type, rows in relationship_rows(data, stamp).items():
            statement = RELATIONSHIP_MERGE.format(type=_checked(rel_type, ontology.relations))
            for batch in chunks(rows, batch_rows, max_chars):
                self._execute(statement, {"rows": batch}, write=True)
        self._execute(DELETE_STALE_RELATIONSHIPS, {"stamp": stamp}, write=True)
        self._execute(DELETE_STALE_NODES, {"stamp": stamp}, write=True)
        return self.counts()

    def counts(self) -> dict[str, int]:
        """How many actor nodes and relationships between them the store holds."""
        nodes = self.query(COUNT_NODES)[0]["n"]
        relationships = self.query(COUNT_RELATIONSHIPS)[0]["n"]
        return {"nodes": nodes, "relationships": relationships}

    def _ensure_schema(self) -> None:
        if self.server is None:
            for statement in NEO4J_SCHEMA:
                self._execute(statement, {}, write=True)
            return
        existing = {(row["label"], prop) for row in self.query("CALL db.indexes()") for prop in row["properties"]}
        for label, prop in FALKORDB_INDEXES:
            if (label, prop) not in existing:
                self._execute(f"CREATE INDEX FOR (n:{label}) ON (n.{prop})", {}, write=True)

    # -- one statement -------------------------------------------------------------------
    def _execute(self, cypher: str, params: Mapping[str, object], *, write: bool) -> tuple[list[dict], Any]:
        if self.server:
            text, bolt_params = with_parameters(cypher, params), {}
            if not write:
                self._check_read_only(text)
        else:
            text, bolt_params = cypher, dict(params)

        def work(tx: Any) -> tuple[list[dict], Any]:
            result = tx.run(text, bolt_params)
            rows = [{key: plain(value) for key, value in record.items()} for record in result]
            return rows, result.consume().counters

        for attempt in (1, 2):
            watchdog = _Watchdog(self.driver) if self.server else None
            try:
                with self.driver.session(database=self.database) as session:
                    return (session.execute_write if write else session.execute_read)(work)
            except Neo4jError as exc:
                raise self._query_error(exc, text, write) from None
            except DriverError as exc:
                if watchdog is not None and watchdog.fired and attempt == 1:
                    self.server.clear_stale_sockets()  # type: ignore[union-attr]
                    continue  # FalkorDB left the connection unanswered: once more on a fresh one
                raise StoreError(f"{self.where}: {' '.join(str(exc).split())}") from None
            finally:
                if watchdog is not None:
                    watchdog.stop()
        raise StoreError(f"{self.where}: no answer within {STATEMENT_SECONDS} s, twice")

    def _check_read_only(self, text: str) -> None:
        """Refuse a FalkorDB query whose plan writes (FalkorDB's Bolt layer has no read-only mode)."""
        assert self.server is not None
        plan = self.server.explain(text)
        if self._write_procedures is None:
            rows = self._execute("CALL dbms.procedures()", {}, write=True)[0]
            self._write_procedures = [row["name"] for row in rows if row["mode"] != "READ"]
        writes_by_call = any(re.search(re.escape(p), text, re.IGNORECASE) for p in self._write_procedures)
        if writes_by_call or any(op in _WRITE_OPS for op in plan):
            raise StoreError(READ_ONLY_HINT)

    def _query_error(self, exc: Neo4jError, text: str, write: bool) -> StoreError:
        if self.server is None:
            if exc.code and exc.code.endswith(("AccessMode", "ForbiddenDueToTransactionType")):
                return StoreError(READ_ONLY_HINT)
            return StoreError(f"Neo4j: {(exc.message or str(exc)).strip().splitlines()[0]}")
        self.server.explain(text)  # raises with FalkorDB's own text for syntax and unsupported features
        if not write:  # a runtime error: a read-only query is safe to run again where the text is given
            try:
                self.server.client().execute_command("GRAPH.RO_QUERY", GRAPH_KEY, text, "TIMEOUT", 10_000)
            except Exception as native:
                return StoreError(f"FalkorDB: {native_message(str(native))}")
        code = (exc.metadata or {}).get("code") if hasattr(exc, "metadata") else None
        return StoreError(f"FalkorDB: the query failed ({code or exc.message})")

    # -- lifetime ------------------------------------------------------------------------
    def close(self) -> None:
        """Close the driver, and stop the FalkorDB server if this store started it; idempotent."""
        if self.driver is not None:
            if self.server:
                _close_without_goodbye(self.driver)
            else:
                self.driver.close()
            self.driver = None  # type: ignore[assignment]
        if self.server:
            self.server.close_client()
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


STATEMENT_SECONDS = 60  # FalkorDB's Bolt layer can leave a connection unanswered; no statement waits longer


class _Watchdog:
    """Closes the driver's connections if a statement has no answer within :data:`STATEMENT_SECONDS`
    (again each period), so a connection FalkorDB left unanswered fails instead of hanging."""

    def __init__(self, driver: Driver) -> None:
        self.fired = False
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, args=(driver,), daemon=True)
        self._thread.start()

    def _watch(self, driver: Driver) -> None:
        while not self._done.wait(STATEMENT_SECONDS):
            self.fired = True
            _kill_connections(driver)

    def stop(self) -> None:
        self._done.set()


def _kill_connections(driver: Driver) -> None:
    """Close the driver's pooled connections at once (no Bolt GOODBYE); the driver stays usable."""
    pool = getattr(driver, "_pool", None)
    for connections in list(getattr(pool, "connections", {}).values()):
        for connection in list(connections):
            kill = getattr(connection, "kill", None)
            if kill is not None:
                kill()


def _close_without_goodbye(driver: Driver) -> None:
    """Close a driver's connections to FalkorDB without Bolt GOODBYE.

    FalkorDB (4.x) leaves a socket that said GOODBYE registered in its event loop, and the
    next client to get its file descriptor hangs; a plain close does not have that effect.
    The driver has no public switch for this, so its pooled connections are closed directly
    when it has them; otherwise :meth:`FalkorDBServer.clear_stale_sockets` copes.
    """
    _kill_connections(driver)
    driver.close()

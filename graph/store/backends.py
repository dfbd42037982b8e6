"""The two ways into a graph database: FalkorDB's native client and the official neo4j driver.

A backend runs one Cypher statement with ``$parameters`` and returns rows of plain values.
The Cypher is the same for both; what differs is the wire: FalkorDB gets its parameters as
an escaped ``CYPHER name=value`` header over the Redis protocol, Neo4j as Bolt parameters.
Read-only is the server's own: ``GRAPH.RO_QUERY`` for FalkorDB, a read-mode session for Neo4j.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Protocol

import redis
from neo4j import READ_ACCESS, WRITE_ACCESS, Driver
from neo4j.exceptions import DriverError, Neo4jError

from graph.errors import StoreError
from graph.falkordb_server import GRAPH_KEY, LOG_FILE, FalkorDBServer, native_message
from graph.gc_pause import paused_gc
from graph.store.digests import GraphRows
from graph.store.rows import EDGE_PROPS, NODE_PROPS, Row, pack
from graph.store.values import plain, with_parameters

READ_ONLY_HINT = "the query writes to the graph; pass --write (write=True) to allow it"
FALKORDB_BATCH_CHARS = 1_000_000  # FalkorDB copies a query onto its stack: keep one well under 8 MB
FALKORDB_INDEXES = (("Actor", "id"), ("Actor", "keys"), ("Actor", "bucket"))
NEO4J_SCHEMA = (
    "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE",
    "CREATE INDEX actor_bucket IF NOT EXISTS FOR (n:Actor) ON (n.bucket)",
)
BULK_TOKEN_BYTES = 8_000_000  # one GRAPH.BULK argument; Redis takes up to 512 MB
_COUNT, _PAIR = struct.Struct("<I"), struct.Struct("<QQ")
_RO_REFUSED = "is to be executed only on read-only queries"


class Backend(Protocol):
    """What the store needs from a database."""

    where: str
    batch_chars: int | None  # the most characters of encoded rows in one statement (None: rows go as parameters)

    def run(self, cypher: str, params: Mapping[str, object], *, write: bool) -> list[dict]:
        """Run one statement; rows as dicts of plain values. A read (``write=False``) cannot change the graph."""
        ...

    def operations(self, cypher: str, params: Mapping[str, object]) -> set[str]:
        """The operations of the statement's plan, lowercased without spaces (``"loadcsv"``, ``"create"``)."""
        ...

    def ensure_schema(self) -> None:
        """Create the indexes or constraints a load needs, if missing."""
        ...

    def bulk_create(self, rows: GraphRows) -> bool:
        """Fill an empty store with ``rows`` in one pass, indexes included; False if there is no such path."""
        ...

    def close(self) -> None:
        """Let go of the connection; idempotent."""
        ...


class FalkorDBBackend:
    """FalkorDB over the Redis protocol with its own Python client."""

    batch_chars = FALKORDB_BATCH_CHARS

    def __init__(self, server: FalkorDBServer) -> None:
        self.server = server
        self.where = f"FalkorDB in {server.db_dir}"
        self._graph = server.graph()

    def run(self, cypher: str, params: Mapping[str, object], *, write: bool) -> list[dict]:
        text = with_parameters(cypher, params)
        try:
            result = self._graph.query(text) if write else self._graph.ro_query(text)
        except redis.ResponseError as exc:
            if _RO_REFUSED in str(exc):
                raise StoreError(READ_ONLY_HINT) from None
            raise StoreError(f"FalkorDB: {native_message(str(exc))}") from None
        except redis.RedisError as exc:
            raise self._lost(exc) from None
        names = [name for _, name in result.header]
        return [dict(zip(names, (plain(value) for value in row), strict=True)) for row in result.result_set]

    def operations(self, cypher: str, params: Mapping[str, object]) -> set[str]:
        try:
            plan = self._graph.execute_command("GRAPH.EXPLAIN", GRAPH_KEY, with_parameters(cypher, params))
        except redis.ResponseError as exc:
            raise StoreError(f"FalkorDB: {native_message(str(exc))}") from None
        except redis.RedisError as exc:
            raise self._lost(exc) from None
        lines = [plan] if isinstance(plan, str) else plan  # schema commands answer with one line
        return {line.strip().split(" |")[0].replace(" ", "").lower() for line in lines}

    def ensure_schema(self) -> None:
        existing = {
            (row["label"], prop) for row in self.run("CALL db.indexes()", {}, write=False) for prop in row["properties"]
        }
        for label, prop in FALKORDB_INDEXES:
            if (label, prop) not in existing:
                self.run(f"CREATE INDEX FOR (n:{label}) ON (n.{prop})", {}, write=True)

    def bulk_create(self, rows: GraphRows) -> bool:
        """``GRAPH.BULK``: the rows in FalkorDB's binary format, a few large arguments, no Cypher to parse.

        The empty graph is dropped first (the command makes its graph anew); nodes get FalkorDB's ids
        in the order they are sent, which is how relationships name their ends. Indexes follow.
        """
        connection = self.server.client().connection

        def send(first: bool, nodes: int, edges: int, token: bytes) -> None:
            begin = ["BEGIN"] if first else []
            connection.execute_command(
                "GRAPH.BULK", GRAPH_KEY, *begin, nodes, edges, int(edges == 0), int(edges > 0), token
            )

        try:
            connection.delete(GRAPH_KEY)
            # the server takes one token while the next is encoded here (the client waits without the GIL)
            with ThreadPoolExecutor(max_workers=1) as sender, paused_gc():
                sent = [sender.submit(send, i == 0, *token) for i, token in enumerate(_bulk_tokens(rows))]
                for future in sent:
                    future.result()
        except redis.ResponseError as exc:
            raise StoreError(f"FalkorDB: {native_message(str(exc))}") from None
        except redis.RedisError as exc:
            raise self._lost(exc) from None
        self.ensure_graph()
        self.ensure_schema()
        return True

    def ensure_graph(self) -> None:
        """Make the graph exist (an empty one), so read-only queries can be planned on it."""
        try:
            if not self.server.client().connection.exists(GRAPH_KEY):
                self._graph.query("RETURN 1")
        except redis.RedisError as exc:
            raise self._lost(exc) from None

    def close(self) -> None:
        self.server.close_client()

    def _lost(self, exc: Exception) -> StoreError:
        """The error for a connection that broke: a crashed server says so and where its log is."""
        if not self.server.alive():
            return StoreError(
                f"FalkorDB crashed during the query (its log: {self.server.db_dir / LOG_FILE}); "
                "the next command starts a new server"
            )
        return StoreError(f"{self.where}: {' '.join(str(exc).split())}")


class Neo4jBackend:
    """Neo4j with the official driver; reads run in read-mode sessions, which the server enforces."""

    batch_chars = None

    def __init__(self, driver: Driver, where: str, database: str | None = None) -> None:
        self.driver: Driver | None = driver
        self.where = where
        self.database = database

    def _session(self, write: bool) -> Any:
        if self.driver is None:
            raise StoreError(f"{self.where}: the store is closed")
        return self.driver.session(database=self.database, default_access_mode=WRITE_ACCESS if write else READ_ACCESS)

    def run(self, cypher: str, params: Mapping[str, object], *, write: bool) -> list[dict]:
        def work(tx: Any) -> list[dict]:
            return [{key: plain(value) for key, value in record.items()} for record in tx.run(cypher, dict(params))]

        try:
            with self._session(write) as session:
                return (session.execute_write if write else session.execute_read)(work)
        except Neo4jError as exc:
            raise _neo4j_error(exc) from None
        except DriverError as exc:
            raise StoreError(f"{self.where}: {' '.join(str(exc).split())}") from None

    def operations(self, cypher: str, params: Mapping[str, object]) -> set[str]:
        try:
            with self._session(False) as session:
                plan = session.run(f"EXPLAIN {cypher}", dict(params)).consume().plan or {}
        except Neo4jError as exc:
            raise _neo4j_error(exc) from None
        except DriverError as exc:
            raise StoreError(f"{self.where}: {' '.join(str(exc).split())}") from None
        found: set[str] = set()
        todo = [plan]
        while todo:
            step = todo.pop()
            found.add(str(step.get("operatorType", "")).split("@")[0].replace(" ", "").lower())
            todo.extend(step.get("children", []))
        return found

    def ensure_schema(self) -> None:
        for statement in NEO4J_SCHEMA:
            self.run(statement, {}, write=True)

    def bulk_create(self, rows: GraphRows) -> bool:
        return False

    def close(self) -> None:
        if self.driver is not None:
            self.driver.close()
            self.driver = None


def _header(entity: str, names: tuple[str, ...]) -> bytes:
    return entity.encode() + b"\0" + _COUNT.pack(len(names)) + b"".join(n.encode() + b"\0" for n in names)


def _bulk_tokens(rows: GraphRows) -> Iterator[tuple[int, int, bytes]]:
    """``GRAPH.BULK`` arguments: (nodes, relationships, binary token), each token one label or type."""
    ids: dict[str, int] = {}
    node_header = ("id", *NODE_PROPS, "bucket", "h")

    def node(row: Row) -> bytes:
        ids[row.key[0]] = len(ids)
        return pack(row.key[0]) + row.packed + pack(row.bucket) + pack(row.h)

    def edge(row: Row) -> bytes:
        return _PAIR.pack(ids[row.key[0]], ids[row.key[2]]) + row.packed + pack(row.h)

    nodes, edges = rows.grouped()
    groups = [
        *((_header(f"Actor:{label}", node_header), group, node) for label, group in nodes.items()),
        *((_header(rel, (*EDGE_PROPS, "h")), group, edge) for rel, group in edges.items()),
    ]
    for header, group, encode in groups:
        parts: list[bytes] = []
        size = 0
        for row in group:
            part = encode(row)
            parts.append(part)
            size += len(part)
            if size > BULK_TOKEN_BYTES:
                yield _bulk_token(header, parts, encode is node)
                parts, size = [], 0
        if parts:
            yield _bulk_token(header, parts, encode is node)


def _bulk_token(header: bytes, parts: list[bytes], nodes: bool) -> tuple[int, int, bytes]:
    token = header + b"".join(parts)
    return (len(parts), 0, token) if nodes else (0, len(parts), token)


def _neo4j_error(exc: Neo4jError) -> StoreError:
    if exc.code and exc.code.endswith(("AccessMode", "ForbiddenDueToTransactionType")):
        return StoreError(READ_ONLY_HINT)
    return StoreError(f"Neo4j: {(exc.message or str(exc)).strip().splitlines()[0]}")

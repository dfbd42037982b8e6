"""Opening a store: the embedded FalkorDB in a build folder's ``db/``, or a Neo4j server."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, ConfigurationError, DriverError, Neo4jError

from graph.errors import StoreError
from graph.falkordb_server import FalkorDBServer, folder_lock
from graph.store.backends import FalkorDBBackend, Neo4jBackend
from graph.store.core import GraphStore

DEFAULT_BUILD = Path("out")


def store_dir(path: Path) -> Path:
    """Where a build's embedded database lives: ``<build>/db`` (a ``db`` folder is taken as is).

    >>> store_dir(Path("out")), store_dir(Path("out/graph.json")), store_dir(Path("out/db"))
    (PosixPath('out/db'), PosixPath('out/db'), PosixPath('out/db'))
    """
    path = Path(path)
    if path.suffix == ".json":
        return path.parent / "db"
    return path if path.name == "db" else path / "db"


def embedded_store(db_dir: Path = DEFAULT_BUILD / "db") -> GraphStore:
    """The embedded FalkorDB store in ``db_dir``: the server already running there, else a new one.

    A server started here is stopped when the store is closed (``with`` block, ``close()``,
    Ctrl-C, SIGTERM inside ``with``, or this process dying).
    """
    db_dir = Path(db_dir)
    with folder_lock(db_dir):
        server = FalkorDBServer.find(db_dir)
        owns = server is None
        if server is None:
            server = FalkorDBServer.start(db_dir)
    try:
        adapter = FalkorDBBackend(server)
        adapter.ensure_graph()  # an empty graph, so FalkorDB can plan read-only queries on it
        return GraphStore(adapter, server=server, owns_server=owns)
    except BaseException:
        server.close_client()
        if owns:
            with folder_lock(db_dir):
                server.stop()
        raise


def neo4j_store(
    uri: str, user: str | None = None, password: str | None = None, database: str | None = None
) -> GraphStore:
    """A store on the Neo4j server at ``uri`` (``bolt://`` or ``neo4j://``); the password is never shown."""
    where = f"Neo4j at {safe_uri(uri)}"
    auth = (user or "neo4j", password) if password is not None else None
    try:
        driver = GraphDatabase.driver(uri, auth=auth, connection_timeout=10.0, max_transaction_retry_time=5.0)
    except (ConfigurationError, ValueError) as exc:
        raise StoreError(f"bad Neo4j URI {safe_uri(uri)!r}: {exc}") from None
    try:
        driver.verify_connectivity()
    except AuthError:
        driver.close()
        raise StoreError(f"{where} refused the credentials of user {user or 'neo4j'!r}") from None
    except (DriverError, Neo4jError, OSError) as exc:
        driver.close()
        raise StoreError(f"cannot reach {where}: {' '.join(str(exc).split())[:200]}") from None
    return GraphStore(Neo4jBackend(driver, where, database))


def open_store(
    path: Path = DEFAULT_BUILD,
    *,
    neo4j_uri: str | None = None,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
) -> GraphStore:
    """Neo4j when a URI is given (argument or ``NEO4J_URI``), else the embedded store of the build at ``path``.

    ``NEO4J_USER``, ``NEO4J_PASSWORD`` and ``NEO4J_DATABASE`` fill in what is not passed.
    """
    uri = neo4j_uri or os.environ.get("NEO4J_URI")
    if uri:
        return neo4j_store(
            uri,
            user or os.environ.get("NEO4J_USER"),
            password if password is not None else os.environ.get("NEO4J_PASSWORD"),
            database or os.environ.get("NEO4J_DATABASE"),
        )
    return embedded_store(store_dir(path))


def safe_uri(uri: str) -> str:
    """The URI without any user or password in it.

    >>> safe_uri("neo4j://neo4j:secret@db.example:7687")
    'neo4j://db.example:7687'
    """
    parts = urlsplit(uri)
    if parts.hostname is None:
        return uri.split("@")[-1]
    host = parts.hostname + (f":{parts.port}" if parts.port else "")
    return f"{parts.scheme}://{host}"

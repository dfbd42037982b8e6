"""Commands over the graph database: load, query, run, and db start|stop|status.

The embedded FalkorDB in ``<build>/db/`` is the default; ``--neo4j URI`` (or ``NEO4J_URI``)
sends the same commands to a Neo4j server. The password is read from ``--neo4j-password`` or
``NEO4J_PASSWORD`` and never printed.
"""

from __future__ import annotations

import csv
import json
import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Column, Table

from actorgraph.options import DEFAULT_OUT, GraphOpt
from graph.errors import StoreError

err = Console(stderr=True, highlight=False)
out = Console(highlight=False)

Neo4jOpt = Annotated[
    str | None,
    typer.Option("--neo4j", help="Use the Neo4j server at this URI instead of the embedded store.", envvar="NEO4J_URI"),
]
UserOpt = Annotated[str | None, typer.Option("--neo4j-user", help="Neo4j user.", envvar="NEO4J_USER")]
PasswordOpt = Annotated[
    str | None,
    typer.Option(
        "--neo4j-password", help="Neo4j password (never printed).", envvar="NEO4J_PASSWORD", show_default=False
    ),
]
DatabaseOpt = Annotated[str | None, typer.Option("--neo4j-database", help="Neo4j database.", envvar="NEO4J_DATABASE")]
ParamOpt = Annotated[
    list[str] | None, typer.Option("--param", "-p", help="A query parameter, NAME=VALUE (repeatable).")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Rows as a JSON array.")]
CsvOpt = Annotated[bool, typer.Option("--csv", help="Rows as CSV with a header line.")]
WidthOpt = Annotated[
    int | None,
    typer.Option("--width", min=40, help="Table width in characters (default: the terminal's); cells wrap, never cut."),
]


def _open(graph: Path, neo4j: str | None, user: str | None, password: str | None, database: str | None):
    from graph.store import open_store

    return open_store(graph, neo4j_uri=neo4j, user=user, password=password, database=database)


def _pairs(params: list[str] | None) -> dict[str, str]:
    found = {}
    for pair in params or []:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise StoreError(f"--param {pair!r}: expected NAME=VALUE")
        found[name.strip()] = value
    return found


def _json_or_text(value: str) -> object:
    """A raw query's parameter: a JSON value when it parses as one (5, true, null, [..]), else the text."""
    try:
        return json.loads(value)
    except json.JSONDecodeError:
        return value


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        text = value
    elif isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        text = "; ".join(str(v) for v in value)
    elif isinstance(value, list | dict):
        text = json.dumps(value, ensure_ascii=False)
    else:
        text = str(value)
    return text


def emit(rows: list[dict], as_json: bool = False, as_csv: bool = False, width: int | None = None) -> None:
    """Print rows as a table, JSON or CSV (stdout); the row count of a table goes to stderr.

    Table cells wrap (long words fold) to ``width`` or the terminal's width; nothing is cut.
    """
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    columns = list(dict.fromkeys(key for row in rows for key in row))
    if as_csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
        return
    table = Table(*(Column(c, overflow="fold") for c in columns), show_lines=False)
    for row in rows:
        table.add_row(*(escape(_cell(row.get(c))) for c in columns))
    if rows:
        (Console(highlight=False, width=width) if width else out).print(table)
    err.print(f"{len(rows)} row{'s' * (len(rows) != 1)}")


def load(
    graph: GraphOpt = DEFAULT_OUT,
    neo4j: Neo4jOpt = None,
    neo4j_user: UserOpt = None,
    neo4j_password: PasswordOpt = None,
    neo4j_database: DatabaseOpt = None,
) -> None:
    """Load the build's graph.json into the store (embedded FalkorDB in <build>/db, or Neo4j).

    Only what changed since the last load is written; an unchanged graph.json writes nothing.
    """
    started = time.perf_counter()
    with _open(graph, neo4j, neo4j_user, neo4j_password, neo4j_database) as store:
        counts = store.load_file(graph)
        where, written = store.where, store.written
    seconds = time.perf_counter() - started
    changes = (
        f"{written['nodes']} nodes and {written['relationships']} relationships written, {written['deleted']} deleted"
        if any(written.values())
        else "unchanged, nothing written"
    )
    out.print(
        f"{counts['nodes']} nodes, {counts['relationships']} relationships in {where} ({changes}; {seconds:.1f} s)"
    )


def query(
    cypher: Annotated[str, typer.Argument(metavar="CYPHER", help="Cypher, with $name parameters.")],
    param: ParamOpt = None,
    write: Annotated[bool, typer.Option("--write", help="Allow the query to change the graph.")] = False,
    allow_load_csv: Annotated[
        bool,
        typer.Option("--allow-load-csv", help="With --write, allow LOAD CSV (files only from <build>/db/import/)."),
    ] = False,
    as_json: JsonOpt = False,
    as_csv: CsvOpt = False,
    width: WidthOpt = None,
    graph: GraphOpt = DEFAULT_OUT,
    neo4j: Neo4jOpt = None,
    neo4j_user: UserOpt = None,
    neo4j_password: PasswordOpt = None,
    neo4j_database: DatabaseOpt = None,
) -> None:
    """Run Cypher on the store (read-only unless --write); --param values are JSON when they parse as JSON.

    The server enforces read-only. LOAD CSV needs --write and --allow-load-csv.
    """
    params = {name: _json_or_text(value) for name, value in _pairs(param).items()}
    with _open(graph, neo4j, neo4j_user, neo4j_password, neo4j_database) as store:
        rows = store.query(cypher, params, write=write, allow_load_csv=allow_load_csv)
    emit(rows, as_json, as_csv, width)


def run(
    name: Annotated[
        str | None, typer.Argument(metavar="NAME", help="A named query (see the list with no name).")
    ] = None,
    param: ParamOpt = None,
    as_json: JsonOpt = False,
    as_csv: CsvOpt = False,
    width: WidthOpt = None,
    graph: GraphOpt = DEFAULT_OUT,
    neo4j: Neo4jOpt = None,
    neo4j_user: UserOpt = None,
    neo4j_password: PasswordOpt = None,
    neo4j_database: DatabaseOpt = None,
) -> None:
    """Run a named query from queries/*.cypher; with no name, list them and their parameters."""
    from queries.named import list_named, load_named

    if name is None:
        for named in list_named():
            params = " ".join(
                f"{p.name}=" if p.required else f"[{p.name}={json.dumps(p.default)}]" for p in named.params
            )
            out.print(
                f"[bold]{named.name}[/bold] {escape(params)}\n    {escape(named.title)}: {escape(named.description)}"
            )
        return
    load_named(name)  # an unknown name fails before a server starts
    with _open(graph, neo4j, neo4j_user, neo4j_password, neo4j_database) as store:
        rows = store.run_named(name, **_pairs(param))
    emit(rows, as_json, as_csv, width)


db_app = typer.Typer(help="The embedded FalkorDB server of a build: keep it running for notebooks and other clients.")


BOLT_WARNING = (
    "warning: FalkorDB cannot bind its Bolt listener to 127.0.0.1: while the server runs, its Bolt port "
    "accepts anyone on every network interface, with no password"
)


def _where(server) -> str:
    """Where a server listens, for people: the Redis port (password in the folder) and Bolt if on."""
    bolt = f", Bolt {server.bolt_uri} (every interface, no password)" if server.bolt_uri else ""
    return f"redis://127.0.0.1:{server.port} (password in {server.db_dir}/password){bolt}, pid {server.pid}"


@db_app.command()
def start(
    graph: GraphOpt = DEFAULT_OUT,
    bolt: Annotated[
        bool, typer.Option("--bolt", help="Also open FalkorDB's Bolt listener (for the neo4j driver and Neo4j tools).")
    ] = False,
) -> None:
    """Start the build's FalkorDB server and leave it running (commands and notebooks reuse it)."""
    from graph.falkordb_server import FalkorDBServer, folder_lock
    from graph.store import store_dir

    db_dir = store_dir(graph)
    with folder_lock(db_dir):
        server = FalkorDBServer.find(db_dir)
        state = "already running"
        if server is not None and bolt and not server.bolt_port:
            raise StoreError(f"FalkorDB already runs for {db_dir} without Bolt; `actorgraph db stop` it first")
        if server is None:
            if bolt:
                err.print(BOLT_WARNING)
            server = FalkorDBServer.start(db_dir, persistent=True, bolt=bolt)
            state = "started"
    out.print(f"FalkorDB {state} for {db_dir}: {_where(server)}")


@db_app.command()
def stop(graph: GraphOpt = DEFAULT_OUT) -> None:
    """Stop the build's FalkorDB server (every write it acknowledged is already on disk)."""
    from graph.falkordb_server import FalkorDBServer, folder_lock
    from graph.store import store_dir

    db_dir = store_dir(graph)
    with folder_lock(db_dir):
        server = FalkorDBServer.find(db_dir)
        if server is not None:
            server.stop()
    out.print(f"FalkorDB {'stopped' if server else 'was not running'} for {db_dir}")


@db_app.command()
def status(graph: GraphOpt = DEFAULT_OUT) -> None:
    """Whether the build's FalkorDB server runs, where, and what it holds."""
    from graph.falkordb_server import FalkorDBServer, folder_lock
    from graph.store import embedded_store, store_dir

    db_dir = store_dir(graph)
    with folder_lock(db_dir):
        server = FalkorDBServer.find(db_dir)
    if server is None:
        out.print(f"FalkorDB is not running for {db_dir}")
        return
    with embedded_store(db_dir) as store:
        counts = store.counts()
    kept = "kept running (db start)" if server.persistent else "started by a running command"
    out.print(
        f"FalkorDB running for {db_dir}: {_where(server)}, {kept}; "
        f"{counts['nodes']} nodes, {counts['relationships']} relationships"
    )


def schema(
    graph: Annotated[
        Path | None,
        typer.Option(
            "--graph",
            "-g",
            help="A build folder or its graph.json: examples from its graph (default: the schema's own examples).",
            envvar="ACTORGRAPH_GRAPH",
            show_default=False,
        ),
    ] = None,
) -> None:
    """What the graph database holds, for writing Cypher: labels, relationship types, properties with examples."""
    from graph.export import load_graph
    from graph.schema import schema_lines

    graph_file = (graph / "graph.json" if graph.is_dir() else graph) if graph else None
    for line in schema_lines(load_graph(graph_file) if graph_file else None, graph_file):
        typer.echo(line)


def register(app: typer.Typer) -> None:
    """Add load, query, run, schema and the db sub-app to the ``actorgraph`` app."""
    app.command()(load)
    app.command()(query)
    app.command()(run)
    app.command()(schema)
    app.add_typer(db_app, name="db")

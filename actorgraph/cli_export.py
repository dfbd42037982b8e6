"""The ``export`` command: the graph in other tools' formats (FollowTheMoney, Neo4j bulk import and
cypher-shell, Gephi's GEXF, GraphML)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import typer
from rich.console import Console

from actorgraph.options import DEFAULT_OUT, GraphOpt
from graph.errors import ActorGraphError

out = Console(highlight=False, soft_wrap=True)
FORMATS = ("ftm", "neo4j-csv", "cypher", "gexf", "graphml")


def export_files(graph: Path, fmt: str, target: Path | None = None) -> list[Path]:
    """Write the build's graph in ``fmt`` into ``target`` (default ``<build>/export/``); return the files written."""
    from graph.export import atomic_write_text, load_graph, to_graphml_text

    if fmt not in FORMATS:
        raise ActorGraphError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    kg = load_graph(graph)
    folder = target or (graph if graph.is_dir() else graph.parent) / "export"
    if fmt == "ftm":
        from graph.ftm import ftm_text

        texts = {"graph.ftm.jsonl": ftm_text(kg)}
    elif fmt == "neo4j-csv":
        from graph.neo4j_csv import neo4j_csv_texts

        texts = neo4j_csv_texts(kg)
    elif fmt == "cypher":
        from graph.cypher_script import cypher_script

        texts = {"graph.cypher": cypher_script(kg)}
    elif fmt == "gexf":
        from graph.gexf import gexf_text

        texts = {"graph.gexf": gexf_text(kg)}
    else:
        texts = {"graph.graphml": to_graphml_text(kg)}
    for name, text in texts.items():
        atomic_write_text(folder / name, text)
    return [folder / name for name in texts]


def export(
    fmt: Annotated[
        Literal[FORMATS],
        typer.Option(
            "--format",
            "-f",
            help="ftm (FollowTheMoney JSON Lines), neo4j-csv, cypher (a cypher-shell script), gexf (Gephi) or graphml.",
        ),
    ],
    graph: GraphOpt = DEFAULT_OUT,
    target: Annotated[
        Path | None, typer.Option("--out", "-o", file_okay=False, help="The folder to write (default: BUILD/export).")
    ] = None,
) -> None:
    """Export the graph for other tools: FollowTheMoney entities, neo4j-admin import CSVs, a cypher-shell
    script, GEXF for Gephi, or GraphML."""
    written = export_files(graph, fmt, target)
    out.print(f"wrote {', '.join(map(str, written))}", markup=False)
    if fmt == "neo4j-csv":
        from graph.neo4j_csv import IMPORT_COMMAND

        out.print(f"import with: {IMPORT_COMMAND} (run in {written[0].parent})", markup=False)
    elif fmt == "cypher":
        from graph.cypher_script import RUN_COMMAND

        out.print(f"run with: {RUN_COMMAND} (in {written[0].parent}; the password from NEO4J_PASSWORD)", markup=False)


def register(app: typer.Typer) -> None:
    """Add the command to the ``actorgraph`` app."""
    app.command()(export)

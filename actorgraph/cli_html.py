"""The ``actorgraph html`` command: the graph, or one view of it, as a single HTML page that opens offline."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from actorgraph.options import DEFAULT_OUT, GraphOpt
from graph.export import load_graph
from graph.html import write_html
from graph.slug import slugify


def default_page(graph: Path, around: str | None, path: tuple[str, str] | None) -> Path:
    """Where a page goes by default: in the build folder, named after its view.

    >>> default_page(Path("out"), None, None), default_page(Path("out/graph.json"), "Muhandis", None)
    (PosixPath('out/graph.html'), PosixPath('out/graph-around-muhandis.html'))
    >>> default_page(Path("out"), None, ("Qais Khazali", "Iran"))
    PosixPath('out/graph-path-qais-khazali-iran.html')
    """
    folder = graph if graph.suffix != ".json" else graph.parent
    if around:
        return folder / f"graph-around-{slugify(around)}.html"
    if path:
        return folder / f"graph-path-{slugify(path[0])}-{slugify(path[1])}.html"
    return folder / "graph.html"


def html(
    graph: GraphOpt = DEFAULT_OUT,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", "-o", help="The page to write; default: graph.html, or one named after the view, beside the graph."
        ),
    ] = None,
    around: Annotated[
        str | None, typer.Option(metavar="NAME", help="Show only this actor's neighbourhood (name, alias or id).")
    ] = None,
    hops: Annotated[int, typer.Option(min=1, help="How many links --around reaches.")] = 1,
    path: Annotated[
        tuple[str, str] | None,
        typer.Option(metavar="A B", help="Show only the shortest paths between two actors.", show_default=False),
    ] = None,
    rel_type: Annotated[
        list[str] | None, typer.Option("--type", metavar="TYPE", help="Only this relationship type (repeatable).")
    ] = None,
    label: Annotated[
        list[str] | None, typer.Option(metavar="LABEL", help="Only actors with this label (repeatable).")
    ] = None,
    certainty: Annotated[
        list[str] | None,
        typer.Option(
            metavar="CERTAINTY", help="Only evidence of this certainty: asserted, alleged, negated (repeatable)."
        ),
    ] = None,
    since: Annotated[
        str | None, typer.Option(metavar="DATE", help="Only evidence dated on or after this day (YYYY-MM-DD).")
    ] = None,
    until: Annotated[
        str | None, typer.Option(metavar="DATE", help="Only evidence dated on or before this day (YYYY-MM-DD).")
    ] = None,
    max_nodes: Annotated[int, typer.Option(min=1, help="Cut larger graphs to their most connected actors.")] = 1500,
) -> None:
    """Write the graph as one self-contained HTML page: legend, filters, search, evidence on hover and click."""
    report = write_html(
        load_graph(graph),
        out or default_page(graph, around, path),
        around=around,
        hops=hops,
        path=path,
        types=[t.upper() for t in rel_type or ()],
        labels=label or (),
        certainty=certainty or (),
        since=since,
        until=until,
        max_nodes=max_nodes,
    )
    typer.echo(f"wrote {report.path}: {report.title}, {report.nodes:,} actors and {report.edges:,} links")
    for note in report.notes:
        typer.echo(f"  {note}")


def register(app: typer.Typer) -> None:
    """Add ``actorgraph html`` to the app."""
    app.command()(html)

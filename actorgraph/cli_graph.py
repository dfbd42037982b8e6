"""Commands over the graph itself: build, stats, links, neighbours, eval."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from actorgraph.options import DEFAULT_OUT, GraphOpt
from graph.export import load_graph, write_graphml, write_json
from queries.paths import MAX_HOPS, links, neighbours

err = Console(stderr=True)
out = Console(highlight=False, soft_wrap=True)


def build(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of .txt, .md, .html, .jsonl documents.")],
    out_dir: Annotated[
        Path, typer.Option("--out", "-o", help="Where graph.json, .graphml and .html go.")
    ] = DEFAULT_OUT,
    strict: Annotated[bool, typer.Option(help="Stop at the first unreadable file.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
) -> None:
    """Build the actor graph from documents; unreadable files are reported and skipped (exit code 2)."""
    from actorgraph.errors import InputError
    from graph.build import build_graph
    from graph.html import write_html

    def on_problem(message: str) -> None:
        if strict:
            raise InputError(message)
        err.print(f"warning: {message}", markup=False, highlight=False)

    with Progress(
        TextColumn("[bold]building"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("documents"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=quiet,
    ) as progress:
        task = progress.add_task("build", total=None)
        result = build_graph(paths, on_problem=on_problem, on_document=lambda _: progress.advance(task))
    kg = result.graph
    write_json(kg, out_dir / "graph.json")
    write_graphml(kg, out_dir / "graph.graphml")
    write_html(kg, out_dir / "graph.html")
    if not quiet:
        summary = kg.summary()
        nodes = ", ".join(f"{n} {label}" for label, n in summary["nodes"].items())
        out.print(
            f"{result.documents} documents, {result.words:,} words -> {kg.g.number_of_nodes()} actors "
            f"({nodes}), {kg.g.number_of_edges()} relationships"
        )
        out.print(f"wrote {out_dir / 'graph.json'}, {out_dir / 'graph.graphml'}, {out_dir / 'graph.html'}")
    if result.problems:
        err.print(f"{len(result.problems)} file(s) skipped or read with problems", highlight=False)
        raise typer.Exit(2)


def stats(graph: GraphOpt = DEFAULT_OUT) -> None:
    """Counts of actors by label and relationships by type."""
    summary = load_graph(graph).summary()
    table = Table("what", "count", box=None)
    for label, n in summary["nodes"].items():
        table.add_row(label, str(n))
    for rel_type, n in summary["edges"].items():
        table.add_row(rel_type, str(n))
    out.print(table)


def _quote(sentence: str, width: int = 240) -> str:
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= width else sentence[: width - 1] + "…"


def links_cmd(
    a: Annotated[str, typer.Argument(help="An actor: name, alias or id.")],
    b: Annotated[str, typer.Argument(help="Another actor.")],
    graph: GraphOpt = DEFAULT_OUT,
    max_hops: Annotated[int, typer.Option("--max-hops", min=1, max=8)] = MAX_HOPS,
) -> None:
    """Who is linked to whom: the shortest paths between two actors, each hop with its evidence."""
    kg = load_graph(graph)
    paths = links(kg, a, b, max_hops=max_hops)
    if not paths:
        out.print(f"no link within {max_hops} hops between {a!r} and {b!r}")
        return
    for number, path in enumerate(paths, start=1):
        out.print(f"[bold]path {number}[/bold] ({len(path)} hop{'s' if len(path) > 1 else ''})")
        for hop in path:
            ev = hop.evidence[0]
            out.print(f"  {hop}  [{ev.certainty}]", markup=False)
            out.print(f'      "{_quote(ev.sentence)}" ({ev.doc_id}{", " + ev.date if ev.date else ""})', markup=False)


def neighbours_cmd(
    name: Annotated[str, typer.Argument(help="An actor: name, alias or id.")],
    graph: GraphOpt = DEFAULT_OUT,
    rel_type: Annotated[str | None, typer.Option("--type", help="Only this relationship type.")] = None,
) -> None:
    """An actor's direct links, most evidenced first, with one evidence sentence each."""
    kg = load_graph(graph)
    found = neighbours(kg, name, rel_type)
    if not found:
        out.print(f"{name!r} has no links" + (f" of type {rel_type}" if rel_type else ""))
        return
    for n in found:
        arrow = f"-{n.type}->" if n.forward else f"<-{n.type}-"
        out.print(
            f"{arrow} {n.name} ({n.label}, {len(n.evidence)} mention{'s' if len(n.evidence) > 1 else ''})", markup=False
        )
        out.print(f'      "{_quote(n.evidence[0].sentence)}"', markup=False)


def eval_cmd(
    gold: Annotated[Path, typer.Argument(help="Gold annotations (JSON Lines, the ontology's format).")],
    graph: GraphOpt = DEFAULT_OUT,
) -> None:
    """Precision, recall and F1 of the graph against gold annotations of the same documents."""
    from graph.evaluate import evaluate, format_scores, read_gold

    out.print(format_scores(evaluate(load_graph(graph), read_gold(gold))), markup=False)


def register(app: typer.Typer) -> None:
    """Add these commands to the ``actorgraph`` app."""
    app.command()(build)
    app.command()(stats)
    app.command("links")(links_cmd)
    app.command("neighbours")(neighbours_cmd)
    app.command("eval")(eval_cmd)

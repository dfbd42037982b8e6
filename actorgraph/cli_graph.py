"""Commands over the graph itself: build, stats, links, neighbours, eval."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from actorgraph.options import DEFAULT_OUT, GraphOpt
from graph.engines import ENGINES
from graph.export import load_graph
from loaders.facts import EXTRACTORS
from loaders.readers import MAX_BYTES, problem_file
from queries.paths import KINDS, MAX_HOPS, links, neighbours
from queries.resolve import resolve_actor

err = Console(stderr=True, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)


def build(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH",
            help="Files or folders of .txt, .md, .html, .jsonl documents; with --engine dask also fsspec URLs "
            "(file://, s3://, gs://) that the workers read.",
            show_default=False,
        ),
    ],
    out_dir: Annotated[
        Path, typer.Option("--out", "-o", help="Where graph.json, .graphml, .html, build.json and the cache go.")
    ] = DEFAULT_OUT,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, envvar="ACTORGRAPH_JOBS", help="Processes parsing documents.")
    ] = 1,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", min=1, help="Refuse larger files (JSON Lines: larger records).")
    ] = MAX_BYTES,
    strict: Annotated[bool, typer.Option(help="Stop at the first unreadable file.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    extractor: Annotated[
        Literal[EXTRACTORS], typer.Option(help="What finds the links: the rules, the learned scorer (model), or both.")
    ] = "both",
    corrections: Annotated[
        Path | None,
        typer.Option(
            exists=True, dir_okay=False, help="An analyst's corrections (default: corrections.yaml in a corpus folder)."
        ),
    ] = None,
    engine: Annotated[
        Literal[ENGINES],
        typer.Option(
            envvar="ACTORGRAPH_ENGINE",
            help="Where documents are parsed: local (--jobs processes) or dask (a Dask cluster).",
        ),
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(
            envvar="ACTORGRAPH_SCHEDULER",
            help="With --engine dask: the scheduler's address (tcp://HOST:8786); "
            "without it, a local cluster of --jobs worker processes.",
        ),
    ] = None,
) -> None:
    """Build the actor graph from documents; unreadable files are reported and skipped (exit code 2).

    Facts of documents read before come from OUT/cache, so a rebuild re-reads only what changed.
    The outputs are switched in at once when all are written; with no readable document, nothing
    changes (exit code 1), and a second build into the same OUT stops while one is running.
    """
    from graph.build import build as build_into
    from graph.build import is_url
    from graph.corrections import find_corrections
    from graph.errors import InputError

    def on_problem(message: str) -> None:
        if strict:
            raise InputError(message)
        err.print(f"warning: {message}", markup=False, highlight=False)

    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("documents"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=quiet or not err.is_terminal,
    ) as progress:
        task = progress.add_task("reading", total=None)
        result, written = build_into(
            [p if is_url(p) else Path(p) for p in paths],
            out_dir,
            extractor=extractor,
            corrections=corrections or find_corrections([Path(p) for p in paths if not is_url(p)]),
            engine=engine,
            scheduler=scheduler,
            jobs=jobs,
            max_bytes=max_bytes,
            on_problem=on_problem,
            on_progress=lambda stage, done, total: progress.update(
                task, description=stage, completed=done, total=total
            ),
        )
    for line in result.left_out:
        err.print(f"warning: {line}", markup=False, highlight=False)
    for line in result.corrections.unmatched:
        err.print(f"warning: correction matches nothing: {line}", markup=False, highlight=False)
    if not quiet:
        kg = result.graph
        nodes = ", ".join(f"{n} {label}" for label, n in kg.summary()["nodes"].items())
        out.print(
            f"{result.documents:,} documents, {result.words:,} words in {result.seconds:.1f} s "
            f"({result.words / max(result.seconds, 1e-9):,.0f} words/s; {result.parsed:,} parsed, "
            f"{result.cached:,} from cache{', graph patched' if result.patched else ''}) -> "
            f"{kg.g.number_of_nodes():,} actors ({nodes}), "
            f"{kg.g.number_of_edges():,} relationships"
        )
        if result.duplicates or result.no_actors:
            out.print(
                f"{len(result.duplicates):,} near-duplicate document(s) counted once, "
                f"{len(result.no_actors):,} document(s) with no actors (listed in {written[-1]})"
            )
        if result.corrections.applied:
            out.print(f"{len(result.corrections.applied):,} correction(s) applied", markup=False)
        out.print(f"wrote {', '.join(map(str, written))}")
    if result.problems:
        files, problems = len({problem_file(message) for message in result.problems}), len(result.problems)
        also = f" ({problems} problems)" if problems > files else ""
        err.print(f"{files} file(s) skipped or read with problems{also}", highlight=False)
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
    a: Annotated[str, typer.Argument(metavar="A", help="An actor: name, alias or id.")],
    b: Annotated[str, typer.Argument(metavar="B", help="Another actor.")],
    graph: GraphOpt = DEFAULT_OUT,
    max_hops: Annotated[int, typer.Option("--max-hops", min=1, max=8)] = MAX_HOPS,
    kind: Annotated[
        Literal[KINDS],
        typer.Option(help="Walk only affiliation links, only hostile ones, or any.", case_sensitive=False),
    ] = "any",
    include_negated: Annotated[
        bool, typer.Option("--include-negated", help="Also walk links the text denies.")
    ] = False,
    limit: Annotated[int, typer.Option(min=1, help="The most paths shown.")] = 5,
) -> None:
    """Who is linked to whom: the best paths between two actors, each with its score, why, and each hop's evidence.

    Affiliation links score above hostile ones, asserted above alleged, links in more documents above
    those in fewer, and shorter paths above longer ones; ties go to the path's actor ids.
    """
    kg = load_graph(graph)
    paths = links(kg, a, b, max_hops=max_hops, limit=limit, kind=kind.lower(), include_negated=include_negated)
    if not paths:
        if (same := resolve_actor(kg, a)) == resolve_actor(kg, b):
            out.print(f"{a!r} and {b!r} are the same actor: {kg.g.nodes[same]['name']} ({same})", markup=False)
        else:
            out.print(
                f"no {'' if kind == 'any' else kind + ' '}link within {max_hops} hop{'s' * (max_hops > 1)} "
                f"between {a!r} and {b!r}",
                markup=False,
            )
        return
    for number, path in enumerate(paths, start=1):
        out.print(f"[bold]path {number}[/bold] ({len(path)} hop{'s' if len(path) > 1 else ''}, score {path.score:.4g})")
        out.print(f"  why: {path.why}", markup=False)
        for hop in path:
            ev = hop.evidence[0]
            out.print(f"  {hop}  [{ev.certainty}]", markup=False)
            out.print(f'      "{_quote(ev.sentence)}" ({ev.doc_id}{", " + ev.date if ev.date else ""})', markup=False)


def neighbours_cmd(
    name: Annotated[str, typer.Argument(metavar="NAME", help="An actor: name, alias or id.")],
    graph: GraphOpt = DEFAULT_OUT,
    rel_type: Annotated[
        str | None, typer.Option("--type", help="Only this relationship type (LEADS, FUNDS, ...; any case).")
    ] = None,
) -> None:
    """An actor's direct links, most evidenced first, with their certainty and one evidence sentence each."""
    from graph.errors import ActorGraphError

    kg = load_graph(graph)
    rel_type = rel_type.upper() if rel_type else None
    if rel_type and rel_type not in kg.ontology.relations:
        raise ActorGraphError(f"unknown relationship type {rel_type}; choose from {', '.join(kg.ontology.relations)}")
    found = neighbours(kg, name, rel_type)
    if not found:
        out.print(f"{name!r} has no links" + (f" of type {rel_type}" if rel_type else ""), markup=False)
        return
    for n in found:
        arrow = f"-{n.type}->" if n.forward else f"<-{n.type}-"
        out.print(
            f"{arrow} {n.name} ({n.label}, {len(n.evidence)} mention{'s' if len(n.evidence) > 1 else ''}, "
            f"{n.evidence[0].certainty})",
            markup=False,
        )
        out.print(f'      "{_quote(n.evidence[0].sentence)}"', markup=False)


def review_cmd(
    graph: GraphOpt = DEFAULT_OUT,
    min_confidence: Annotated[float, typer.Option(min=0, max=1, help="Also list links less sure than this.")] = 0.5,
) -> None:
    """The build's own judgements, weakest first (surname, acronym and spelling merges, unsure links),
    each with the line of corrections.yaml that reverses it."""
    from graph.corrections import REVIEW_HEADER, review
    from graph.gazetteer import load_gazetteer

    found = review(load_graph(graph), load_gazetteer(), min_confidence)
    out.print(REVIEW_HEADER if found else "nothing to review", markup=False)
    for judgement in found:
        out.print(str(judgement), markup=False)
        out.print(f"  reverse: {judgement.reverse}", markup=False)
        if judgement.confirm:
            out.print(f"  confirm: {judgement.confirm}", markup=False)


def eval_cmd(
    gold: Annotated[Path, typer.Argument(metavar="GOLD", help="Gold annotations (JSON Lines, the ontology's format).")],
    graph: GraphOpt = DEFAULT_OUT,
) -> None:
    """Precision, recall and F1 of the graph against gold annotations of the same documents."""
    from graph.evaluate import absent_documents, evaluate, format_scores, read_gold

    kg, gold_docs = load_graph(graph), read_gold(gold)
    if absent := absent_documents(kg, gold_docs):
        named = ", ".join(absent[:3]) + (", ..." if len(absent) > 3 else "")
        err.print(
            f"warning: {len(absent)} of {len(gold_docs)} gold document(s) have no actor in this graph ({named}): "
            "was it built from other documents?",
            markup=False,
            highlight=False,
        )
    out.print(format_scores(evaluate(kg, gold_docs)), markup=False)


def register(app: typer.Typer) -> None:
    """Add these commands to the ``actorgraph`` app."""
    app.command()(build)
    app.command()(stats)
    app.command("links")(links_cmd)
    app.command("neighbours")(neighbours_cmd)
    app.command("review")(review_cmd)
    app.command("eval")(eval_cmd)

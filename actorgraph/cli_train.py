"""``actorgraph train``: the relation scorer retrained from gold annotations and their texts."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from graph.export import atomic_write_text
from graph.seeds import seeds_dir


def train_cmd(
    gold: Annotated[Path, typer.Argument(help="Gold annotations to learn from (JSON Lines, the ontology's format).")],
    texts: Annotated[list[Path], typer.Argument(help="Files or folders holding the annotated documents.")],
    dev_gold: Annotated[
        Path, typer.Option("--dev-gold", help="Gold of the documents that calibrate the scorer and set its threshold.")
    ],
    dev_texts: Annotated[list[Path], typer.Option("--dev-texts", help="Files or folders of those documents.")],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Model file (default: the seeds' model).")] = None,
) -> None:
    """Train the relation scorer on GOLD and its TEXTS, calibrate it on the development set, write it."""
    from loaders.learn import gold_documents, labelled_pairs, reliability, train_model
    from loaders.scorer import MODEL_FILE

    train = labelled_pairs(gold_documents(gold, texts))
    dev = labelled_pairs(gold_documents(dev_gold, dev_texts))
    model = train_model(train, dev)
    target = out or seeds_dir() / MODEL_FILE
    atomic_write_text(target, model.to_json())
    features = len(model.weights)
    typer.echo(f"{len(train)} training pairs, {len(dev)} development pairs -> {len(model.types)} types, ", nl=False)
    active = sum(t <= 1 for t in model.thresholds)
    typer.echo(f"{features} features, {active} types with links of its own; wrote {target}")
    typer.echo("calibration on the development set (probability given -> share right, links):")
    for given, right, n in reliability(model, dev):
        if n:
            typer.echo(f"  {given:4.2f} -> {right:4.2f}  ({n})")


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("train")(train_cmd)

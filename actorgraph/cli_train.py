"""``actorgraph train`` and ``actorgraph train-labels``: the relation scorer and the label check of unknown names
retrained from gold annotations and their texts."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from graph.export import atomic_write_text
from graph.seeds import seeds_dir


def train_cmd(
    gold: Annotated[
        Path, typer.Argument(metavar="GOLD", help="Gold annotations to learn from (JSON Lines, the ontology's format).")
    ],
    texts: Annotated[
        list[Path], typer.Argument(metavar="TEXTS", help="Files or folders holding the annotated documents.")
    ],
    dev_gold: Annotated[
        Path | None, typer.Option("--dev-gold", help="Gold of held-out documents to check the calibration on.")
    ] = None,
    dev_texts: Annotated[
        list[Path] | None, typer.Option("--dev-texts", help="Files or folders of those documents.")
    ] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Model file (default: the seeds' model).")] = None,
) -> None:
    """Train the relation scorer on GOLD and its TEXTS (calibrated by cross-validation on them), write it, and
    show how well its probabilities hold on the development set."""
    from loaders.learn import gold_documents, labelled_pairs, reliability, train_model
    from loaders.scorer import MODEL_FILE

    train = labelled_pairs(gold_documents(gold, texts))
    model = train_model(train)
    target = out or seeds_dir() / MODEL_FILE
    atomic_write_text(target, model.to_json())
    features = len(model.weights)
    active = sum(t <= 1 for t in model.thresholds)
    typer.echo(f"{len(train)} training pairs -> {len(model.types)} types, {features} features, ", nl=False)
    typer.echo(f"{active} types with links of their own; wrote {target}")
    if dev_gold is None:
        return
    dev = labelled_pairs(gold_documents(dev_gold, dev_texts or []))
    typer.echo(f"calibration on the {len(dev)} development pairs (probability given -> share right, links):")
    for given, right, n in reliability(model, dev):
        if n:
            typer.echo(f"  {given:4.2f} -> {right:4.2f}  ({n})")


def train_labels_cmd(
    gold: Annotated[
        Path, typer.Argument(metavar="GOLD", help="Gold annotations to learn from (JSON Lines, the ontology's format).")
    ],
    texts: Annotated[
        list[Path], typer.Argument(metavar="TEXTS", help="Files or folders holding the annotated documents.")
    ],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Model file (default: the seeds' model).")] = None,
) -> None:
    """Train the label check of unknown names on GOLD and its TEXTS (its thresholds chosen out of fold) and write it.
    Run it with ACTORGRAPH_SEEDS set to a gazetteer that forgets GOLD's actors (``forget_actors.py``), so that it
    learns from the names a page from an unknown theatre has."""
    from loaders.learn import gold_documents
    from loaders.learn_labels import labelled_mentions, train_label_model
    from loaders.name_labels import MODEL_FILE

    rows = labelled_mentions(gold_documents(gold, texts))
    model = train_label_model(rows)
    target = out or seeds_dir() / MODEL_FILE
    atomic_write_text(target, model.to_json())
    trusted = ", ".join(f"{r} {t}" for r, t in sorted(model.thresholds.items())) or "none"
    typer.echo(f"{len(rows)} training mentions -> thresholds: {trusted}; wrote {target}")


def register(app: typer.Typer) -> None:
    """Add the commands to the app."""
    app.command("train")(train_cmd)
    app.command("train-labels")(train_labels_cmd)

"""Command-line options shared by several commands, defined once."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

DEFAULT_OUT = Path("out")

GraphOpt = Annotated[
    Path,
    typer.Option("--graph", "-g", help="A build folder or its graph.json.", envvar="ACTORGRAPH_GRAPH"),
]

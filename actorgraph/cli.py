"""The ``actorgraph`` command: thin typer commands over the package's plain functions.

Each ``cli_*`` module registers its commands on :data:`app`. Errors a user can cause
(:class:`~graph.errors.ActorGraphError`) become one line on stderr and exit code 1; usage
errors (a bad option value, a missing file or argument, an unknown command) one line and exit
code 2, where click and typer would draw a box with the usage above it.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

import typer
from typer.core import TyperGroup

from actorgraph import cli_export, cli_graph, cli_html, cli_store, cli_train
from graph.errors import ActorGraphError


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one line on stderr and return the exit to raise."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def usage_line(exc: typer.TyperException) -> str:
    r"""A click error (typer's own copy of click) as one line: its message, and the command whose help explains it.

    >>> links = typer.Context(typer.core.TyperCommand("links"), info_name="actorgraph links")
    >>> usage_line(typer.BadParameter("'many' is not\na valid integer.", links))
    "Invalid value: 'many' is not a valid integer. (see 'actorgraph links --help')"
    >>> usage_line(typer.BadParameter("Value error, 'dot' is not one of 'ftm', 'gexf'.", links))
    "Invalid value: 'dot' is not one of 'ftm', 'gexf'. (see 'actorgraph links --help')"
    """
    message = " ".join(exc.format_message().split()).replace("Value error, ", "")  # pydantic's prefix of a choice
    ctx = getattr(exc, "ctx", None)
    return f"{message} (see '{ctx.command_path} --help')" if ctx is not None else message


class _Group(TyperGroup):
    """Turns user errors into one line on stderr and exit code 1, usage errors into one line and exit code 2,
    Ctrl-C into exit code 130."""

    def main(self, args: Sequence[str] | None = None, *more: Any, standalone_mode: bool = True, **extra: Any) -> Any:
        """Run the command; in standalone mode (a script), click's errors are one line and the process exits."""
        if not standalone_mode:
            return super().main(args, *more, standalone_mode=False, **extra)
        try:
            code = super().main(args, *more, standalone_mode=False, **extra)
        except typer.TyperException as exc:  # click's errors: a bad option value, a missing file, an unknown command
            line, code = f"error: {usage_line(exc)}", exc.exit_code
        except typer.Abort:
            line, code = "error: aborted", 1
        else:
            sys.exit(code if isinstance(code, int) else 0)
        typer.echo(line, err=True)
        sys.exit(code)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except ActorGraphError as exc:
            raise fail(str(exc)) from None
        except KeyboardInterrupt:
            raise fail("interrupted", 130) from None


app = typer.Typer(
    cls=_Group,
    help="Turn news and analysis documents into an evidenced graph of actors and their affiliations.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
cli_graph.register(app)
cli_html.register(app)
cli_store.register(app)
cli_train.register(app)
cli_export.register(app)


def main() -> None:
    """Entry point of the ``actorgraph`` script."""
    app()

"""The ``actorgraph`` command: thin typer commands over the package's plain functions.

Each ``cli_*`` module registers its commands on :data:`app`. Errors a user can cause
(:class:`~graph.errors.ActorGraphError`) become one line on stderr and exit code 1.
"""

from __future__ import annotations

import typer
from typer.core import TyperGroup

from actorgraph import cli_export, cli_graph, cli_html, cli_store, cli_train
from graph.errors import ActorGraphError


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one line on stderr and return the exit to raise."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


class _Group(TyperGroup):
    """Turns user errors into one line on stderr and exit code 1, Ctrl-C into exit code 130."""

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

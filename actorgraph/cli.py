"""The ``actorgraph`` command: thin typer commands over the package's plain functions.

Each ``cli_*`` module registers its commands on :data:`app`. Errors a user can cause
(:class:`~actorgraph.errors.ActorGraphError`) become one line on stderr and exit code 1.
"""

from __future__ import annotations

import click
import typer
from typer.core import TyperGroup

from actorgraph import cli_graph
from actorgraph.errors import ActorGraphError


class UserError(click.ClickException):
    """A one-line error on stderr, exit code 1, no traceback."""

    def show(self, file=None) -> None:
        click.echo(f"error: {self.message}", err=True)


class _Group(TyperGroup):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except ActorGraphError as exc:
            raise UserError(str(exc)) from None
        except KeyboardInterrupt:
            raise UserError("interrupted") from None


app = typer.Typer(
    cls=_Group,
    help="Turn news and analysis documents into an evidenced graph of actors and their affiliations.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
cli_graph.register(app)


def main() -> None:
    """Entry point of the ``actorgraph`` script."""
    app()

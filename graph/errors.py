"""The one exception base: every error a user can cause derives from it.

The CLI turns any ``ActorGraphError`` into one line on stderr and exit code 1.
"""

from __future__ import annotations

from pathlib import Path


class ActorGraphError(Exception):
    """A problem with the user's input or set-up, worded for the user."""


class InputError(ActorGraphError):
    """A document could not be read; the message names the file and the problem."""


class NothingToBuildError(InputError):
    """No document under the paths given could be read, so a build has nothing to write."""


class OntologyError(ActorGraphError):
    """The ontology file, or something checked against it, is inconsistent."""


class UnknownActorError(ActorGraphError):
    """A name that matches no actor in the graph; the message suggests the nearest ones."""


class StoreError(ActorGraphError):
    """The graph database could not be reached, loaded or queried."""


def write_error(path: Path, exc: OSError, folder: bool = False) -> ActorGraphError:
    """The one-line error for ``path`` (a file, or a ``folder`` to write in) that could not be written: the
    part of it that is a file, if one is, else the system's reason.

    >>> import tempfile
    >>> file = Path(tempfile.mkstemp()[1])
    >>> str(write_error(file / "graph.gexf", NotADirectoryError(20, "Not a directory"))) == (
    ...     f"{file / 'graph.gexf'}: cannot write ({file} is a file, not a folder)"
    ... )
    True
    >>> str(write_error(file, FileExistsError(17, "File exists"), folder=True)) == f"{file}: is a file, not a folder"
    True
    """
    for part in (path, *path.parents) if folder else path.parents:
        if part.is_file():
            return ActorGraphError(
                f"{path}: is a file, not a folder"
                if part == path
                else f"{path}: cannot write ({part} is a file, not a folder)"
            )
    return ActorGraphError(f"{path}: cannot write ({exc.strerror or exc})")

"""The one exception base: every error a user can cause derives from it.

The CLI turns any ``ActorGraphError`` into one line on stderr and exit code 1.
"""


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

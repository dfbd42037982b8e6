"""A state's fighters named by whom they serve, not by a name: "government forces" stand for the country named
last. :func:`loaders.syntax.actors_of` reads them where a rule asks who a phrase names, so "government forces
fought Y" reaches a side. (A group's fighters, "the militants", are :mod:`loaders.plural_references`.) The words
are the ``fighter_references`` of the ``hostility_third_pass`` block of ``seeds/relations.yaml``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.errors import OntologyError
from graph.seeds import load_seed_yaml
from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex


@dataclass(frozen=True)
class FighterWords:
    """The ``fighter_references`` of ``seeds/relations.yaml``."""

    state_owners: frozenset[str]
    state_forces: frozenset[str]


@cache
def fighter_words() -> FighterWords:
    """The project's words of a state's unnamed fighters, loaded once per process."""
    block = load_seed_yaml("relations.yaml").get("hostility_third_pass", {}).get("fighter_references")
    try:
        return FighterWords(**{name: frozenset(block[name]) for name in FighterWords.__dataclass_fields__})
    except (KeyError, TypeError) as exc:
        raise OntologyError(f"relations.yaml: fighter_references lacks the list {exc}") from None


def fighters_referred(token: Token, index: MentionIndex) -> Mention | None:
    """The country named last before a "government forces" phrase headed by ``token`` (None when it is none)."""
    if token.i in index.by_token or token.tag_ != "NNS":
        return None
    words = fighter_words()
    owners = [t for t in token.lefts if t.dep_ in {"compound", "amod", "nmod"}]  # "government", not "Malian"
    owned = len(owners) == 1 and owners[0].lower_ in words.state_owners and owners[0].i not in index.by_token
    if token.lower_ in words.state_forces and owned:
        return _last(index, token, lambda m: m.label == "Country")
    return None


def _last(index: MentionIndex, token: Token, fits: Callable[[Mention], bool]) -> Mention | None:
    earlier = [m for m in index.mentions if m.end <= token.i and fits(m)]
    return earlier[-1] if earlier else None

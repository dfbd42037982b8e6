"""Plural references to an armed group: "the militants", "the rebels", "the insurgents" stand for the one armed
group named in the same sentence or the few before it (none when two were named there: they may be both)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.coreference import described, group_fits, sole_before
from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex

SENTENCES_BACK = 3  # how many sentences before its own the group may be named


@cache
def plural_nouns() -> frozenset[str]:
    """The plural nouns of a group's fighters."""
    return frozenset(load_seed_yaml("relations.yaml")["plural_references"])


def plural_reference(token: Token, index: MentionIndex) -> Mention | None:
    """The armed group "the militants" stands for, or None."""
    if token.lower_ not in plural_nouns() or not described(token, index, "NNS"):
        return None
    word, scope = token.lower_, index.scope
    return sole_before(
        token,
        index,
        SENTENCES_BACK,
        lambda m: m.label == "Organization" and group_fits(word, m) and not scope.aside(m.start_char),
    )

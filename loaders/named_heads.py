"""References by a word of an earlier name: "the brigade" for the 68th Separate Hunting Brigade named a sentence
before, "the department's coordinator" for the State Department, "the ministry" for the Ministry of Defence.
The noun must be one of the organisation words of ``seeds/relations.yaml`` (``named_heads``) and a word of the
name of an organisation named in its sentence or the three before; the latest such name wins."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.coreference import described, latest_before
from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex

SENTENCES_BACK = 3  # how many sentences before its own the name may be


@cache
def named_head_words() -> frozenset[str]:
    """The nouns that may point back to a name holding them."""
    return frozenset(load_seed_yaml("relations.yaml")["named_heads"])


def named_head(token: Token, index: MentionIndex) -> Mention | None:
    """The organisation a definite noun names by a word of its name ("the brigade"), or None."""
    if token.lower_ not in named_head_words() or token.tag_ != "NN" or token.i in index.by_token:
        return None
    if not described(token, index):  # a definite noun whose modifiers name no one else
        return None
    return latest_before(
        token, index, SENTENCES_BACK, lambda m: m.label == "Organization" and token.lower_ in m.name.lower().split()
    )

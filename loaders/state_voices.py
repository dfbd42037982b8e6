"""A state speaking through a body it does not name: in "The Israeli military said it had killed X" or "Nigeria's
government said its forces struck Y", the pronoun belongs to the unnamed military or government, and so to the state
its demonym or possessive names (a state acting as a whole), not to an actor named sentences before. The nouns are
the ``state_voices`` of the ``references`` block of ``seeds/relations.yaml``."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex

STATE_DEPS = {"poss", "amod", "compound"}  # "Israel's military", "the Israeli military", "the US military"


@cache
def state_voice_nouns() -> frozenset[str]:
    """The nouns of a state's own bodies that speak for it ("military", "government", "army")."""
    return frozenset(load_seed_yaml("relations.yaml")["references"]["state_voices"])


def voiced_state(noun: Token, index: MentionIndex) -> Mention | None:
    """The state an unnamed body of a state's own stands for, named by its possessive or demonym ("Israel's
    military", "the Turkish army"); None for any other noun, a body with a name of its own, or one no state qualifies.

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("The Israeli military said it had struck the camp.")
    >>> state = Mention(1, 2, 4, 11, "Israeli", "Country", "Israel")
    >>> voiced_state(doc[2], MentionIndex(doc, [state])).name, voiced_state(doc[8], MentionIndex(doc, [state]))
    ('Israel', None)
    """
    if noun.lower_ not in state_voice_nouns() or index.at(noun) is not None:
        return None
    states = [m for c in noun.lefts if c.dep_ in STATE_DEPS and (m := index.at(c)) is not None]
    return states[0] if len(states) == 1 and states[0].label == "Country" else None

"""A state speaking through a body it does not name: in "The Israeli military said it had killed X" or "Nigeria's
government said its forces struck Y", the pronoun belongs to the unnamed military or government, and so to the state
its demonym or possessive names (a state acting as a whole), not to an actor named sentences before. The nouns are
the ``state_voices`` of the ``references`` block of ``seeds/relations.yaml``."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from graph.seeds import load_seed_yaml
from loaders.cues import load_cues
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
    military", "the Turkish army"); None for any other noun, a body with a name of its own, one no state qualifies,
    or one a state only backs ("the Iran-backed government").

    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> from loaders.syntax import MentionIndex
    >>> words = ["the", "Iran", "-", "backed", "government", "the", "Israeli", "military"]
    >>> heads, deps = [4, 4, 4, 4, 4, 7, 7, 7], ["det", "compound", "punct", "amod", "ROOT", "det", "amod", "ROOT"]
    >>> doc = Doc(English().vocab, words, heads=heads, deps=deps)
    >>> states = [Mention(1, 2, 4, 8, "Iran", "Country", "Iran"), Mention(6, 7, 34, 41, "Israeli", "Country", "Israel")]
    >>> voiced_state(doc[7], MentionIndex(doc, states)).name, voiced_state(doc[4], MentionIndex(doc, states))
    ('Israel', None)
    """
    if noun.lower_ not in state_voice_nouns() or index.at(noun) is not None:
        return None
    states = [m for c in noun.lefts if c.dep_ in STATE_DEPS and (m := index.at(c)) is not None]
    states = [m for m in states if not _backer(m, noun.doc)]
    return states[0] if len(states) == 1 and states[0].label == "Country" else None


def _backer(state: Mention, doc: Doc) -> bool:
    """Whether a state's name only says who backs the body: "Iran" in "the Iran-backed government"."""
    after = state.end
    return after + 1 < len(doc) and doc[after].text == "-" and doc[after + 1].lower_ in load_cues().hyphen

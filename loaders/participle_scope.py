"""Which of a list's names a participle set after one of them describes.

"The Popular Front, led by X, and the Mountain Brigades, led by Y": each participle describes the name it follows,
not the names listed after it nor one that has a participle of its own, so X leads only the Popular Front. "A and
B, both led by X": a participle after the whole list describes every name in it.
"""

from __future__ import annotations

from spacy.tokens import Token

from loaders.mentions import Mention
from loaders.syntax import MentionIndex, conjuncts


def described_by_participle(verb: Token, mentions: list[Mention], index: MentionIndex) -> list[Mention]:
    """``mentions`` (the actors named by the noun ``verb`` modifies, with its conjuncts) without the listed names
    ``verb`` does not describe: those after it, and those before it with a participle of their own."""
    if verb.dep_ != "acl":
        return mentions
    head = verb.head
    left_out = {
        m
        for t in conjuncts(head)
        if t != head and (t.i > verb.i or any(c.dep_ == "acl" for c in t.children))
        if (m := index.at(t)) is not None
    }
    return [m for m in mentions if m not in left_out]

"""Which of a list's names a participle or a relative clause set after one of them describes.

"The Popular Front, led by X, and the Mountain Brigades, led by Y": each participle describes the name it follows,
not the names listed after it nor one that has a participle of its own, so X leads only the Popular Front. "A and
B, both led by X": a participle after the whole list describes every name in it. So does a relative clause: "A, who
heads the X gang, and B" says nothing of B.
"""

from __future__ import annotations

from spacy.tokens import Token

from loaders.mentions import Mention
from loaders.syntax import MentionIndex, conjuncts

CLAUSE_DEPS = {"acl", "relcl"}  # a participle ("A, led by X") and a relative clause ("A, who heads X") on a noun


def described_by_participle(verb: Token, mentions: list[Mention], index: MentionIndex) -> list[Mention]:
    """``mentions`` (the actors named by the noun ``verb`` modifies, with its conjuncts) without the listed names
    ``verb`` (a participle or the verb of a relative clause) does not describe: those after it, and those before it
    with a participle or a relative clause of their own."""
    if verb.dep_ not in CLAUSE_DEPS:
        return mentions
    head = verb.head
    left_out = {
        m
        for t in conjuncts(head)
        if t != head and (t.i > verb.i or any(c.dep_ in CLAUSE_DEPS for c in t.children))
        if (m := index.at(t)) is not None
    }
    return [m for m in mentions if m not in left_out]

"""References to a person by a role: "the president", "the spokesman", "the commander" stand for the person last
named with that role ("President X", "X, the group's spokesman") in the same sentence or the few before it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.coreference import described, latest_before
from loaders.cues import load_cues
from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex

TITLE_REACH = 4  # words before a name that may hold its title: "Hezbollah deputy leader X"
SENTENCES_BACK = 3  # how many sentences before its own the person may be named


def role_reference(token: Token, index: MentionIndex) -> Mention | None:
    """The person "the president" stands for, or None."""
    if token.tag_ != "NN" or token.pos_ != "NOUN" or load_cues().role_of((token.lower_,)) is None:
        return None
    if not described(token, index):
        return None
    return latest_before(
        token, index, SENTENCES_BACK, lambda m: m.label == "Person" and _titled(m, token.lower_, index)
    )


def _titled(person: Mention, role: str, index: MentionIndex) -> bool:
    """Whether a person is named with a role: before the name ("President X") or beside it ("X, the leader")."""
    doc = index.doc
    head = doc[person.end - 1]
    before = doc[max(head.sent.start, person.start - TITLE_REACH) : person.start]
    if any(t.lower_ == role for t in before):
        return True
    beside = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        beside.append(head.head)
    return any(t.lower_ == role for t in beside)

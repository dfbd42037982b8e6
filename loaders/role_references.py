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
    role = role_words(token)
    return latest_before(token, index, SENTENCES_BACK, lambda m: m.label == "Person" and _titled(m, role, index))


def role_words(token: Token) -> tuple[str, ...]:
    """The words of the role a noun is the head of: the longest run of the words before it that, with it, is a role
    of ``seeds/relations.yaml`` ("the prime minister": prime minister, not any minister; "the former president":
    president).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The deputy prime minister and the former president spoke.")
    >>> role_words(doc[3]), role_words(doc[7])
    (('deputy', 'prime', 'minister'), ('president',))
    """
    words = [t.lower_ for t in token.doc[token.left_edge.i : token.i + 1]]
    roles = load_cues()
    return next(tuple(words[i:]) for i in range(len(words)) if roles.role_of(tuple(words[i:])) or i == len(words) - 1)


def _titled(person: Mention, role: tuple[str, ...], index: MentionIndex) -> bool:
    """Whether a person is named with a role: before the name ("President X", "Prime Minister X" for "the prime
    minister", not "Chief Minister X") or beside it ("X, the leader")."""
    doc = index.doc
    head = doc[person.end - 1]
    before = [t.lower_ for t in doc[max(head.sent.start, person.start - TITLE_REACH) : person.start]]
    if any(tuple(before[i : i + len(role)]) == role for i in range(len(before))):
        return True
    beside = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        beside.append(head.head)
    return any(tuple(w.lower_ for w in t.doc[max(0, t.i - len(role) + 1) : t.i + 1]) == role for t in beside)

"""When "the group", "it" or "he" cannot be told: two actors it may stand for were named side by side just before it
("Hamas and Islamic Jihad met", "Israel and Egypt signed", "X and Y met")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from loaders.mentions import Mention
from loaders.reference_scope import name_head

SUBJECTS = {"nsubj", "nsubjpass"}  # the dependency labels of a clause's subject

if TYPE_CHECKING:
    from loaders.reference_scope import ReferenceScope


def two_groups_before(reference: Token, earlier: list[Mention], scope: ReferenceScope) -> bool:
    """Whether two fitting actors were named, coordinated ("Hamas and Islamic Jihad"), in the sentence
    before the reference, and none in its own sentence before it ("X has intensified its attacks" is X's) nor
    another as a subject of the sentence before ("X was formed by the merger of A and B. Its armed wing" is X's), nor
    a reference as the owner of that sentence's subject ("Its branch fought alongside A and B. The group" is the one
    "its" stands for). ``scope``: the document's, which knows where its sentences start."""
    doc, own = reference.doc, scope.sentence_start[reference.i]
    if own == 0 or any(m.start >= own for m in earlier):
        return False
    start = scope.sentences_back_start(reference, 1)
    heads = {name_head(doc, m).i: m.key for m in earlier if m.start >= start}
    pairs = {
        (doc[i].head.i, i) for i, key in heads.items() if doc[i].dep_ == "conj" and heads.get(doc[i].head.i, key) != key
    }
    listed = {i for pair in pairs for i in pair}
    subjects = [
        m
        for m in earlier
        if m.start >= start and name_head(doc, m).dep_ in SUBJECTS and name_head(doc, m).i not in listed
    ]
    return bool(pairs) and not subjects and not _owned_by_reference(doc[start].sent)


def _owned_by_reference(sent: Span) -> bool:
    """Whether a sentence's main subject is owned by a pronoun: "Its branch fought alongside A and B" tells of the
    one "its" stands for, not of A or B.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Its branch fought alongside Hamas and Fatah. Hamas and Fatah met.")
    >>> [_owned_by_reference(s) for s in doc.sents]
    [True, False]
    """
    return any(
        c.dep_ in SUBJECTS and any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children)
        for c in sent.root.children
    )

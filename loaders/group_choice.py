"""When "the group" cannot be told: two organisations it may stand for were named side by side just before it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.reference_scope import ReferenceScope


def two_groups_before(reference: Token, earlier: list[Mention], scope: ReferenceScope) -> bool:
    """Whether two fitting organisations were named, coordinated ("Hamas and Islamic Jihad"), in the sentence
    before the reference, and none in its own sentence before it ("X has intensified its attacks" is X's).
    ``scope``: the document's, which knows where its sentences start."""
    doc, own = reference.doc, scope.sentence_start[reference.i]
    if own == 0 or any(m.start >= own for m in earlier):
        return False
    start = scope.sentences_back_start(reference, 1)
    heads = {doc[m.end - 1].i: m.key for m in earlier if m.start >= start and m.label == "Organization"}
    return any(doc[i].dep_ == "conj" and heads.get(doc[i].head.i, key) != key for i, key in heads.items())

"""How far a leader's role reaches: "a leader of X" and "leaders of X" are some of its leaders, "the UN peacekeeping
chief" and "Uganda's military chief" head one of its services; both belong to it rather than lead it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

if TYPE_CHECKING:
    from loaders.extract import DocReader

INDEFINITE = {"a", "an", "another"}


def one_of_several(noun: Token) -> bool:
    """ "X, a leader of Y", "X is a Hamas leader", "X and Z, leaders of Y": one of the leaders, not the head."""
    return noun.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in noun.children)


def heads_a_service(reader: DocReader, words: Span | list[Token]) -> bool:
    """Whether the words before a head's title name a service: "UN peacekeeping chief", "military chief"."""
    return any(t.lower_ in reader.cues.service_words for t in words)

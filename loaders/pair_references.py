"""A plural reference to two groups: "both groups", "the two groups", "both movements" stand for the last two
organisations the paragraph names as the subjects of its clauses ("X is led by A. Y is led by B. Both groups are
members of Z": X and Y)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.coreference import group_fits
from loaders.doc_tree import has_child
from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex

PAIR_WORDS = {"both", "two"}  # "both groups", "the two groups"


def pair_referred(token: Token, index: MentionIndex) -> list[Mention] | None:
    """The two organisations "both groups" or "the two groups" stands for, or None for any other phrase or when the
    sentences before name no two as subjects.

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("Hamas is based in Gaza. Islamic Jihad is based in Jenin. Both groups reject the talks.")
    >>> hamas = Mention(0, 1, 0, 5, "Hamas", "Organization", "Hamas", "armed_group")
    >>> pij = Mention(6, 8, 24, 37, "Islamic Jihad", "Organization", "Islamic Jihad", "armed_group")
    >>> index = MentionIndex(doc, [hamas, pij], group_nouns=["groups"])
    >>> [m.name for m in pair_referred(doc[14], index)]
    ['Hamas', 'Islamic Jihad']
    """
    if token.tag_ != "NNS" or token.lower_ not in index.group_nouns or index.at(token) is not None:
        return None
    if not has_child(token, {"det", "predet", "nummod", "preconj"}, PAIR_WORDS):
        return None
    start = token.sent.start
    earlier = [m for m in index.mentions if m.end <= start and m.label == "Organization" and group_fits("group", m)]
    earlier = sorted(earlier + index.chain.subjects_before(start), key=lambda m: m.start)
    named: dict[str, Mention] = {}
    for m in reversed(index.scope.pool(token, earlier)):
        named.setdefault(m.key, m)
        if len(named) == 2:
            return sorted(named.values(), key=lambda m: m.start)
    return None

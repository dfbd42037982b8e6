"""Plural references to an armed group: "the militants", "the rebels", "the insurgents" stand for the one armed
group named in the same sentence or the few before it; when two were named there, for the one of them named as a
clause's subject ("AQAP has lost commanders to al-Qaeda's rivals. The militants ..."), else for neither; when none
was, for the armed group the paragraph, or the page before it, is about (those two for the nouns a story calls its
armed group by, ``topic_plural_references``: "the rebels", not "the gunmen")."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.coreference import described, group_fits
from loaders.mentions import Mention
from loaders.reference_scope import SUBJECTS, name_head

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex

SENTENCES_BACK = 3  # how many sentences before its own the group may be named


@cache
def plural_nouns() -> frozenset[str]:
    """The plural nouns of a group's fighters."""
    return frozenset(load_seed_yaml("relations.yaml")["plural_references"])


@cache
def topic_nouns() -> frozenset[str]:
    """The plural nouns a story calls the armed group it is about ("the rebels", not "the gunmen")."""
    return frozenset(load_seed_yaml("relations.yaml")["topic_plural_references"])


def plural_reference(token: Token, index: MentionIndex) -> Mention | None:
    """The armed group "the militants" stands for, or None.

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("Boko Haram fought ISWAP. The militants lost.")
    >>> bh = Mention(0, 2, 0, 10, "Boko Haram", "Organization", "Boko Haram", "armed_group")
    >>> iswap = Mention(3, 4, 17, 22, "ISWAP", "Organization", "ISWAP", "armed_group")
    >>> plural_reference(doc[6], MentionIndex(doc, [bh, iswap])).name
    'Boko Haram'
    """
    if token.lower_ not in plural_nouns() or not described(token, index, "NNS"):
        return None
    word, scope = token.lower_, index.scope
    earlier = [
        m
        for m in index.mentions
        if m.end <= token.i and m.label == "Organization" and group_fits(word, m) and not scope.aside(m.start_char)
    ]
    start = scope.sentences_back_start(token, SENTENCES_BACK)
    near = [m for m in earlier if m.start >= start]
    if word not in topic_nouns():
        return _sole(near)
    if near:
        return _sole(near) or _sole([m for m in near if _subject(name_head(index.doc, m))])
    return _sole(scope.pool(token, earlier))  # "The rebels had said ..." paragraphs after the group was named


def _subject(head: Token) -> bool:
    """Whether a name is a clause's subject or one of those listed as its subject ("Boko Haram and ISWAP seized")."""
    while head.dep_ == "conj":
        head = head.head
    return head.dep_ in SUBJECTS


def _sole(mentions: list[Mention]) -> Mention | None:
    """The last of the mentions when they all name one actor; None when they name none or several."""
    return mentions[-1] if len({m.key for m in mentions}) == 1 else None

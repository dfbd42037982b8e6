"""Words the parse coordinates into a list: "Ndachulu, Maze and Largu" hangs "Maze" and "Largu" on "Ndachulu"."""

from __future__ import annotations

from collections.abc import Container, Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

if TYPE_CHECKING:
    from loaders.mentions import Mention


def first_of_list(token: Token) -> Token:
    """The first item of the list a word is in, or the word itself when it is first or in no list.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Ndachulu", ",", "Maze", "and", "Largu"]
    >>> doc = Doc(spacy.blank("en").vocab, words, heads=[0, 0, 0, 2, 2], deps=["ROOT", "punct", "conj", "cc", "conj"])
    >>> first_of_list(doc[4]).text, first_of_list(doc[2]).text, first_of_list(doc[0]).text
    ('Ndachulu', 'Ndachulu', 'Ndachulu')
    """
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def names_listed_before(
    doc: Doc, mentions: Sequence[Mention], end: int, label: str, gaps: Container[str]
) -> list[Mention]:
    """The names of one label listed right before token ``end`` ("Sokoto and Kebbi" of "in Sokoto and Kebbi states",
    "the CJNG, the Sinaloa Cartel and the Gulf Cartel" before a comma), nearest first: ``mentions`` in text order, the
    first ending at ``end`` and each earlier one joined to the next by a list's gap (``gaps``: ",", "and", ", and"),
    "the" aside.

    >>> import spacy
    >>> from loaders.mentions import Mention
    >>> doc = Doc(spacy.blank("en").vocab, ["in", "Sokoto", "and", "Kebbi", "states"])
    >>> sokoto, kebbi = (Mention(i, i + 1, 0, 1, name, "Location", name) for i, name in ((1, "Sokoto"), (3, "Kebbi")))
    >>> places = [sokoto, kebbi]
    >>> [m.name for m in names_listed_before(doc, places, 4, "Location", {"and", ","})]
    ['Kebbi', 'Sokoto']
    """
    listed: list[Mention] = []
    for m in reversed([m for m in mentions if m.end <= end]):
        gap = " ".join(t.lower_ for t in doc[m.end : listed[-1].start if listed else end] if t.lower_ != "the")
        if m.label != label or (listed and gap not in gaps) or (not listed and gap):
            break
        listed.append(m)
    return listed

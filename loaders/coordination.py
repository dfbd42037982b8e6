"""Words the parse coordinates into a list: "Ndachulu, Maze and Largu" hangs "Maze" and "Largu" on "Ndachulu"."""

from __future__ import annotations

from spacy.tokens import Token


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

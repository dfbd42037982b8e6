"""Lists a colon opens on the lines after it: where the list ends, and the head words of its items, one a line.

"Officials linked the two men to a list of attacks, including:" then "- the 2022 break-out from Kuje prison;",
"- the abduction of a French engineer in Katsina;": what the lead says of its plural noun is said of each item, as it
is of the items of "including A and B" in one sentence."""

from __future__ import annotations

import re

from spacy.tokens import Token

from loaders.doc_words import text_of

BLANK_LINE = re.compile(r"\n[ \t]*\n")


def list_end(colon: Token) -> int:
    r"""Where the list a colon opens ends: with its sentence when the list follows on the line ("include: A and B."),
    else with the block of lines after it (a line an item, "- " or not), at the first blank line.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Its attacks include:\n\nthe Westgate siege;\nthe Garissa massacre.\n\nMore.")
    >>> doc.text[:list_end(doc[3])]
    'Its attacks include:\n\nthe Westgate siege;\nthe Garissa massacre.'
    """
    text = text_of(colon.doc)
    line = text.find("\n", colon.idx)
    if line < 0 or text[colon.idx + 1 : line].strip():
        return colon.sent.end_char
    first = len(text) - len(text[line:].lstrip())
    block = BLANK_LINE.search(text[first:])
    return first + block.start() if block else len(text)


def items_on_lines(tokens: list[Token], listing_preps: frozenset[str]) -> list[Token]:
    r"""The head words of the items listed a line each after a listing preposition left without its object in the
    incidents' clause, the colon after it ending its line: "several attacks, including:" then "- the bombing of
    X;" and "- the raid on Y;" (each line's nouns that hang on no other word of the line); none when anything follows
    the colon on its line.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Police blamed the group for several attacks, including:\n\n- the bombing of a market in "
    ...                  "Kano;\n- the kidnapping of a French engineer in Katsina.\n\nMore.")
    >>> [t.text for t in items_on_lines([doc[7]], frozenset({"including"}))]
    ['bombing', 'kidnapping']
    """
    if not tokens:
        return []
    doc = tokens[0].doc
    sent = tokens[0].sent
    clauses = {_clause_of(t) for t in tokens}  # the list hangs in the incidents' own clause ("attributed attacks to
    # X, including:" on X), not in another's ("blamed X for the riot, and listed other attacks, including:")
    bare = [
        t
        for t in sent
        if t.dep_ == "prep"
        and t.lower_ in listing_preps
        and t.i + 1 < len(doc)
        and doc[t.i + 1].text == ":"
        and not any(c.dep_ == "pobj" for c in t.children)
        and _clause_of(t.head) in clauses
    ]
    if not bare:
        return []
    colon = doc[bare[0].i + 1]
    text = text_of(doc)
    line = text.find("\n", colon.idx)
    if line < 0 or text[colon.idx + 1 : line].strip():
        return []
    end = list_end(colon)
    listed = [t for t in doc[colon.i + 1 :] if t.idx < end]
    heads = []
    for start, stop in _line_spans(text, line + 1, end):
        words = [t for t in listed if start <= t.idx < stop]
        heads += [t for t in words if t.pos_ in {"NOUN", "PROPN"} and (t.head == t or not start <= t.head.idx < stop)]
    return heads


def _clause_of(token: Token) -> Token:
    """The verb whose clause a word is in: itself when it is a verb, else its nearest verb above (the root's head when
    none is)."""
    while token.pos_ not in {"VERB", "AUX"} and token.head != token:
        token = token.head
    return token


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) character offsets of each line with words between two offsets."""
    spans, at = [], start
    for line in text[start:end].split("\n"):
        if line.strip():
            spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans

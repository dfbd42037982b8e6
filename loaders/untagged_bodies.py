"""Bodies' names the NER left untagged: a run of capitalised words after "the" or a possessive, ending in a head word
of organisations (``untagged_body_heads`` of ``seeds/relations.yaml``: "Cartel", "Front", "Command", "Council"), is an
organisation's name: "the Sinaloa Cartel's main rival", "the ENDF's Northern Command", "the head of the Deir ez-Zor
Military Council" (the hyphened parts of a word inside). The NER reads such names in most sentences and misses them in
some; no other rule then gives the page's links an end.

Not a run with no article or possessive before it (a headline's words: "Treasury Targets Sinaloa Cartel Network"), a
run a longer capitalised name goes on past ("the Sinaloa Cartel Leadership Council" is read whole or not at all), nor
words another entity covers.

>>> from loaders.nlp import load_nlp
>>> doc = load_nlp()("Gunmen of the Orvane Cartel shot two officers.")
>>> [span.text for span in untagged_bodies(doc, set())]
['Orvane Cartel']
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from graph.seeds import load_seed_yaml
from loaders.token_rules import tokens_with

MAX_NAME_WORDS = 6  # tokens before the head word: "Deir ez - Zor Military"
OPENERS = frozenset({"the", "'s", "’s", "'", "’"})  # "the X Cartel", "the ENDF's X Command", "the rebels' X Front"


@cache
def _heads() -> frozenset[str]:
    return frozenset(w.lower() for w in load_seed_yaml("relations.yaml")["untagged_body_heads"])


def _part_of_word(doc: Doc, i: int) -> bool:
    """Whether the token at ``i`` is a lowercase part or the hyphen of a hyphened word ("ez", "-" of "ez-Zor")."""
    return not doc[i].whitespace_ and i + 1 < len(doc) and (doc[i].text == "-" or doc[i].is_lower)


def _opened(doc: Doc, start: int) -> bool:
    """Whether an article or a possessive stands before ``start``, or before a bracketed acronym there ("the ENDF's
    Northern Command", "the Ethiopian National Defense Force's (ENDF) Northern Command")."""
    before = start - 1
    if before >= 2 and doc[before].text == ")" and doc[before - 2].text == "(" and doc[before - 1].is_upper:
        before -= 3
    return before >= 0 and doc[before].lower_ in OPENERS


def untagged_bodies(doc: Doc, taken: set[int]) -> list[Span]:
    """The organisations' names no entity covers (``taken``) that end in a head word (see the module), as spans."""
    heads = _heads()
    found = []
    for head in (t for t in tokens_with(doc, heads) if t.is_title and t.i not in taken):
        start, floor = head.i, max(head.sent.start, head.i - MAX_NAME_WORDS)
        while start > floor and start - 1 not in taken and (doc[start - 1].is_title or _part_of_word(doc, start - 1)):
            start -= 1
        while start < head.i and not doc[start].is_title:
            start += 1  # a name opens with a capitalised word
        follows = head.i + 1 < len(doc) and doc[head.i + 1].is_title  # a longer name goes on
        opened = _opened(doc, start)
        if start < head.i and opened and not follows:
            found.append(Span(doc, start, head.i + 1, label="ORG"))
    return found

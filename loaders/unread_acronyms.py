"""Acronyms the NER leaves unread before a noun of a group's people or forces: "PNLO fighters", "the KNDF troops" name
an armed body (an acronym the gazetteer knows is read by its ruler already). Nouns in ``seeds/relations.yaml``:
``group_nouns`` and ``acronym_body_nouns``.

>>> from loaders.nlp import load_nlp
>>> doc = load_nlp().make_doc("Two PNLO fighters were killed.")
>>> [span.text for span in acronyms_before_group_nouns(WordShapes(doc), set())]
['PNLO']
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from graph.seeds import load_seed_yaml
from loaders.cues import load_cues
from loaders.word_shapes import WordShapes

MIN_LETTERS, MAX_LETTERS = 3, 6  # "KIA", "MNDAA", "UWSA"; "IS" or "US" are too short to tell from words


@cache
def _body_nouns() -> frozenset[str]:
    """Lower-case nouns that, after an acronym, show it names a body."""
    return load_cues().group_nouns | frozenset(load_seed_yaml("relations.yaml")["acronym_body_nouns"])


def acronyms_before_group_nouns(shapes: WordShapes, taken: set[int]) -> list[Span]:
    """Each word in capitals no entity holds, set before a group's noun in lower case, as an organisation (the words
    read from the document's shapes, a token made only after a word in capitals)."""
    doc, found = shapes.doc, []
    for i, word in enumerate(shapes.text[:-1]):
        if i in taken or not (MIN_LETTERS <= len(word) <= MAX_LETTERS and word.isalpha() and word.isupper()):
            continue
        after = doc[i + 1]
        if after.is_lower and after.lower_ in _body_nouns():
            found.append(Span(doc, i, i + 1, label="ORG"))
    return found

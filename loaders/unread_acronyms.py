"""Acronyms the NER leaves unread: before a noun of a group's people or forces ("PNLO fighters", "the KNDF troops" name
an armed body; an acronym the gazetteer knows is read by its ruler already), and after the document spelled one out in
brackets ("the Arakan Army (AA) ... the AA took the town"). Nouns in ``seeds/relations.yaml``: ``group_nouns`` and
``acronym_body_nouns``.

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
from loaders.same_actor import initials
from loaders.word_shapes import WordShapes

BODY_LABELS = {"ORG", "Organization"}  # an acronym spelled out in brackets stands for a body, not a place or person
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


def acronyms_defined_in_brackets(ents: list[Span], taken: set[int]) -> list[Span]:
    """Each later word no entity holds that repeats the acronym an organisation's name spells and has in brackets
    right after it ("the Arakan Army (AA)", read with or without the brackets), as that organisation: "the AA took
    the town" (two letters are enough once the document spells them out; letters the name does not spell, or a word
    in another case, name no one).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp().make_doc("The Arakan Army (AA) said so. The AA took Paletwa; the aa and the AB did not.")
    >>> [(s.text, s.start) for s in acronyms_defined_in_brackets([Span(doc, 1, 3, label="ORG")], set(range(1, 6)))]
    [('AA', 10)]
    """
    found: list[Span] = []
    for ent in ents:
        if ent.label_ not in BODY_LABELS:
            continue
        doc = ent.doc
        name = ent
        if len(ent) >= 4 and ent[-1].text == ")" and ent[-3].text == "(":  # "Arakan Army (AA)" read as one name
            acronym, name = ent[-2].text, ent[:-3]
        elif ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")":
            acronym = doc[ent.end + 1].text
        else:
            continue
        if not (acronym.isalpha() and acronym.isupper() and acronym in initials(name.text)):
            continue
        for token in doc[ent.end :]:
            if token.text == acronym and token.i not in taken and doc[token.i - 1].text != "(":
                found.append(Span(doc, token.i, token.i + 1, label=ent.label_, span_id=ent.id_))
                taken.add(token.i)
    return found

"""Branches a franchise names after its parent, "in" and the region they fight in: "Islamic State in the Greater
Sahara", "al-Qaeda in the Arabian Peninsula", "Islamic State in Iraq and the Levant", "Al-Qaida in Iraq". The NER cuts
such a name at "in" (the parent, then a place), and the rules then place the parent in the region and give it the
branch's deeds; read whole, it is one organisation of its own. Only a parent that names its branches so
(``franchise_parents`` of ``same_actor`` in ``seeds/relations.yaml``) opens such a name, and only the capitalised
words of a region follow "in": a region's name after "the" ("in the Greater Sahara", "in the Islamic Maghreb") or a
known state's ("in Libya", "in Iraq and the Levant"), the latter not after an acronym ("the leader of ISIS in Syria":
ISIS's man, there; ``franchise_acronyms``); not a town ("the leader of al-Qaeda in Kabul": the parent, there),
not a date ("the Islamic State in 2014", "in January"), not a place run on into a possessive ("in Mozambique's Cabo
Delgado": a place in a place), not after a bracket ("the Islamic State (IS) in Syria"), and not another parent
("Hezbollah in Lebanon": Hezbollah, based there).

>>> import spacy
>>> doc = spacy.blank("en")("Fighters of Islamic State in the Greater Sahara and of al - Qaeda in Iraq fled in 2014 .")
>>> ents, iraq = [Span(doc, 2, 4, "ORG"), Span(doc, 10, 13, "ORG")], Span(doc, 14, 15, "Country")
>>> [s.text for s in franchise_branches(ents, [iraq])]
['Islamic State in the Greater Sahara', 'al - Qaeda in Iraq']
>>> doc = spacy.blank("en")("The leader of al - Qaeda in Kabul and Hezbollah in Lebanon fled .")
>>> ents = [Span(doc, 3, 6, "ORG"), Span(doc, 9, 10, "ORG")]
>>> franchise_branches(ents, [Span(doc, 7, 8, "Location"), Span(doc, 11, 12, "Country")])
[]
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from graph.seeds import load_seed_yaml

PLACE_ARTICLES = frozenset({"the"})  # "in the Greater Sahara"
NOT_PLACE_TYPES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})  # "in January", "in 2014"
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
APART = re.compile(r"[\s'’`-]+")  # "al-Qa'ida", "al Qaeda": the same parent


@cache
def franchise_parents() -> frozenset[str]:
    """The parents' names, lower case, hyphens and apostrophes read as spaces (``franchise_parents``)."""
    return frozenset(load_seed_yaml("relations.yaml")["same_actor"]["franchise_parents"])


@cache
def franchise_acronyms() -> frozenset[str]:
    """The parents' acronyms, which name a branch only by a region after "the" (``franchise_acronyms``)."""
    return frozenset(load_seed_yaml("relations.yaml")["same_actor"]["franchise_acronyms"])


def _parent_key(text: str) -> str:
    """A name as the parents are written: "Al-Qa'ida" is "al qa ida", "the Islamic State" "islamic state".

    >>> _parent_key("the Al-Qa'ida"), _parent_key("al - Qaeda")
    ('al qa ida', 'al qaeda')
    """
    words = APART.sub(" ", text.lower()).split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def names_a_branch(name: str) -> bool:
    """Whether a name is a franchise's branch named "in" its region, whatever its last word ("Peninsula", "Hills"):
    a body's name, never a place's.

    >>> names_a_branch("al-Qaeda in the Arabian Peninsula"), names_a_branch("Hezbollah in Lebanon")
    (True, False)
    >>> names_a_branch("IS in the Greater Sahara"), names_a_branch("ISIS in Syria")
    (True, False)
    """
    parent, found, region = name.partition(" in ")
    key = _parent_key(parent)
    opens_a_region = region.startswith("the ") or (region[:1].isupper() and key not in franchise_acronyms())
    return bool(found) and opens_a_region and key in franchise_parents()


def _place_word(token: Token) -> bool:
    """A capitalised word of a place's name, not a date's ("Greater", "Sahara"; not "January", "2014")."""
    return (token.is_title or token.is_upper) and token.is_alpha and token.ent_type_ not in NOT_PLACE_TYPES


def _place_end(doc: Doc, start: int, states: dict[int, int]) -> int | None:
    """Where the region's name after "in" ends: its capitalised words after "the", or a known state's name
    (``states``: the end of each at its start), and those after "and" ("in Iraq and the Levant"); None when none
    follows or it runs on into a possessive or a hyphen."""
    article = start < len(doc) and doc[start].lower_ in PLACE_ARTICLES
    i = start + 1 if article else start
    end = i
    while end < len(doc) and _place_word(doc[end]):
        end += 1
    if end == i or (not article and states.get(i) != end):
        return None
    if end + 1 < len(doc) and doc[end].lower_ == "and":
        more = end + 2 if doc[end + 1].lower_ in PLACE_ARTICLES else end + 1
        further = more
        while further < len(doc) and _place_word(doc[further]):
            further += 1
        end = further if further > more else end
    if end < len(doc) and (doc[end].text in POSSESSIVES or (doc[end].text == "-" and not doc[end - 1].whitespace_)):
        return None  # "in Mozambique's Cabo Delgado", "the Islamic State in Iraq-linked group"
    return end


def franchise_branches(spans: list[Span], known: list[Span]) -> list[Span]:
    """The branches' names: a parent's span (the NER's or a known actor's), "in" right after it and a region's name
    (module docstring); ``known`` are the known actors' spans, whose states may follow "in"."""
    found = []
    states = {k.start: k.end for k in known if k.label_ == "Country"}
    for span in spans:
        doc = span.doc
        if (
            span.end + 1 >= len(doc)
            or doc[span.end].lower_ != "in"
            or _parent_key(span.text) not in franchise_parents()
        ):
            continue
        article_only = _parent_key(span.text) in franchise_acronyms()
        if article_only and doc[span.end + 1].lower_ not in PLACE_ARTICLES:
            continue
        end = _place_end(doc, span.end + 1, states)
        if end is not None:
            found.append(Span(doc, span.start, end, label="ORG"))
    return found

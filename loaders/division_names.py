"""A division's name the NER did not read as a place: "in Russia's Kursk region", "the south Bastar districts of X".
The proper nouns compounded to a division's noun (``place_divisions``, singular or plural), after a place's possessive,
after "the" or after a place and a comma (words of direction between), name a place whatever the NER made of them:
it reads many small regions as a product, a person or nothing ("Kursk" as a PRODUCT, "Bastar" untagged), and the
place rules then have no end to hang the division's links on. The name, read alone, becomes a Location (or the known
place the gazetteer has under it); the place rules put it in its owner, and the places listed after it in it.

>>> from loaders.nlp import load_nlp
>>> from graph.gazetteer import load_gazetteer
>>> doc = load_nlp()("Troops clashed near villages in Russia's Korenevo region.")
>>> [(m.name, m.label) for m in division_names(doc, [], load_gazetteer()) if m.name == "Korenevo"]
[('Korenevo', 'Location')]
>>> doc = load_nlp()("Shelling hit a school in Valuyki, Belgorod region, on Monday.")
>>> [(m.name, m.label) for m in division_names(doc, [], load_gazetteer()) if m.name == "Belgorod"]
[('Belgorod', 'Location')]
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graph.gazetteer import Gazetteer
from loaders.cues import load_cues
from loaders.doc_words import words_of
from loaders.mentions import Mention

PLACES = frozenset({"Location", "Country"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "Country", "Location"})
POSSESSIVES = frozenset({"'s", "’s"})


def _name_before(noun: Token, taken: set[int]) -> tuple[int, int] | None:
    """The token span of the capitalised proper nouns right before a division's noun, all hung within the name or on
    the noun, that no mention covers: "Kursk" of "Russia's Kursk region"."""
    doc = noun.doc
    start = noun.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and start - 1 not in taken:
        start -= 1
    inside = range(start, noun.i + 1)
    if start == noun.i or any(doc[i].head.i not in inside for i in range(start, noun.i)):
        return None
    return start, noun.i


def _owned(noun: Token, start: int, mentions: list[Mention]) -> bool:
    """Whether the words before the name (past words of direction) are "the", a place's possessive or a comma after a
    place: "the south Bastar districts", "Russia's Kursk region" (not "Wagner's Kursk unit", the owner no place), "a
    school in Valuyki, Belgorod region" (the wider place set after the one in it)."""
    doc, directions = noun.doc, load_cues().place_directions
    before = start - 1
    while before >= 0 and doc[before].lower_ in directions:
        before -= 1
    if before < 0:
        return False
    if doc[before].lower_ == "the":
        return True
    if doc[before].lower_ not in POSSESSIVES | {","}:
        return False
    owner = doc[before - 1] if before > 0 else None
    spans = [(m.start, m.end) for m in mentions if m.label in PLACES]
    return owner is not None and (any(s <= owner.i < e for s, e in spans) or owner.ent_type_ in PLACE_ENTITIES)


def _division_noun(token: Token, divisions: frozenset[str]) -> bool:
    """Whether a word is a division's noun: a noun, or a lowercase word the tagger took for a proper noun ("province"
    of "in Chad's Lac province", read as part of a name)."""
    if token.pos_ != "NOUN" and not (token.pos_ == "PROPN" and token.is_lower):
        return False
    return token.lemma_.lower() in divisions or token.lower_ in divisions


def division_names(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The mentions, with the name of every division (see the module) no mention covered added."""
    divisions = load_cues().place_divisions
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    named = words_of(doc).with_word(divisions, doc[:])  # the division words' positions, found without a ``Token`` each
    for noun in (t for t in named if _division_noun(t, divisions) and t.i not in taken):
        span = _name_before(noun, taken)
        if span is None or not _owned(noun, span[0], mentions):
            continue
        name = doc[span[0] : span[1]]
        known = gazetteer.lookup(name.text)
        known = known if known is not None and known.label in PLACES else None
        label, actor = (known.label, known.name) if known else ("Location", name.text)
        chars = (name.start_char, name.end_char, name.text)
        found.append(Mention(*span, *chars, label, actor, known.kind if known else None, known.id if known else None))
        taken.update(range(*span))
    return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions

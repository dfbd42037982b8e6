"""Names the NER misses or takes for a people's on either side of a tie's hyphen ("-linked", "-backed", "-aligned").

"the al Qaeda-linked group", "the Kadur-aligned splinter": a capitalised name written before a hyphen and a word of
backing or of ties (the ``hyphen_compounds`` of FUNDS, AFFILIATED_WITH and ALLIED_WITH) is a body's, unless it reads
as a people's or a region's adjective ("Kurdish-led", "Western-backed"; ``tie_adjective_endings``) or the gazetteer
knows it (a state, "Iran-backed"); so is one the NER read as a place's or a people's. "the Iran-backed Houthis": a
name the NER read as a people's, which such a compound modifies and which heads its phrase, is the body backed; so is
one word read as a person's ("the Russia-backed Tamaris"), unless it is the last name of a person the page names.
"""

from __future__ import annotations

from functools import cache

from spacy.symbols import PROPN
from spacy.tokens import Span

from graph.seeds import load_seed_yaml
from loaders.cues import load_cues
from loaders.mentions import not_actors
from loaders.word_shapes import WordShapes

TIE_TYPES = frozenset({"FUNDS", "AFFILIATED_WITH", "ALLIED_WITH"})
HYPHENS = frozenset({"-", "‑"})
READ_AS_PLACES_OR_PEOPLES = frozenset({"GPE", "LOC", "NORP"})
MAX_WORDS = 4  # "the Islamic State in Iraq-linked": longer runs are a sentence's, not one name's


@cache
def tie_words() -> frozenset[str]:
    """The words after a hyphen that tie the name before it to the one modified: "backed", "linked", "allied".

    >>> {"backed", "linked", "aligned", "allied"} <= tie_words(), "pro" in tie_words(), "based" in tie_words()
    (True, False, False)
    """
    return frozenset(w for w, (t, _) in load_cues().hyphen.items() if t in TIE_TYPES and w != "pro")


@cache
def _adjective_endings() -> tuple[str, ...]:
    return tuple(load_seed_yaml("relations.yaml")["tie_adjective_endings"])


@cache
def _particles() -> frozenset[str]:
    return frozenset(load_seed_yaml("relations.yaml")["name_particles"])


def names_before_tie_words(shapes: WordShapes, taken: set[int]) -> list[Span]:
    """Bodies' names before "-linked", "-backed" that no read name covers (a people's, which the NER gives the
    word, aside): "the al Qaeda-linked group", "the Kadur-aligned splinter"; not "the Kurdish-led forces"."""
    found = []
    for word in shapes.where_lower(tie_words()):
        hyphen = word - 1
        if hyphen < 1 or shapes.text[hyphen] not in HYPHENS or shapes.spaced[hyphen - 1] or shapes.spaced[hyphen]:
            continue
        start, floor = hyphen, max(shapes.sentence_start(hyphen), hyphen - MAX_WORDS)
        while start > floor and start - 1 not in taken and _name_word(shapes, start - 1):
            start -= 1
        if start < hyphen and _a_bodys_name(shapes, start, hyphen):
            found.append(Span(shapes.doc, start, hyphen, label="ORG"))
    return found


def _name_word(shapes: WordShapes, i: int) -> bool:
    """Whether the token at ``i`` may be part of a name: a capitalised proper noun, or a particle ("al")."""
    return bool(shapes.title[i] and shapes.pos[i] == PROPN) or shapes.lower(i) in _particles()


def _a_bodys_name(shapes: WordShapes, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` may be a body's name: a capitalised word in them, no people's or
    region's adjective alone ("Kurdish", "Islamist"), no word that names no actor ("Sunni")."""
    words = shapes.text[start:end]
    if not any(shapes.title[i] for i in range(start, end)) or " ".join(words).lower() in not_actors():
        return False
    return len(words) > 1 or not words[0].lower().endswith(_adjective_endings())


def tied_body(ent: Span) -> bool:
    """Whether a name the NER read as a place's or a people's, unknown, is a body's by a tie's compound: written
    before its hyphen ("the Marzuq-linked militia": a place is linked to no one; a state the gazetteer knows), or the
    body such a compound modifies, heading its phrase ("the Iran-backed Houthis", "the Russia-backed Tamaris"; not
    "Iran-backed Shia militias", whose people's name qualifies the militias, nor a person's last name)."""
    if (
        ent.id_
        or ent.label_ not in READ_AS_PLACES_OR_PEOPLES | {"PERSON"}
        or not all(t.is_title or t.lower_ in _particles() for t in ent if t.is_alpha)
    ):
        return False
    doc, words = ent.doc, [t.text for t in ent if t.lower_ not in load_cues().articles]
    if not words or " ".join(words).lower() in not_actors():
        return False
    if ent.end + 1 < len(doc) and doc[ent.end].text in HYPHENS and doc[ent.end + 1].lower_ in tie_words():
        return ent.label_ != "PERSON" and (len(words) > 1 or not words[0].lower().endswith(_adjective_endings()))
    before = doc[ent.start - 2 : ent.start] if ent.start >= 2 else []
    tied_after = len(before) == 2 and before[0].text in HYPHENS and before[1].lower_ in tie_words()
    if not tied_after or ent.root.dep_ in {"compound", "amod", "nmod"}:
        return False
    return ent.label_ == "NORP" or (ent.label_ == "PERSON" and len(ent) == 1 and not _surname(ent))


def _surname(ent: Span) -> bool:
    """Whether a one-word name is the last word of a person's full name the page writes elsewhere ("Kadyrov" of
    "Ramzan Kadyrov"): a person's, tied or not."""
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == ent.text for e in ent.doc.ents)

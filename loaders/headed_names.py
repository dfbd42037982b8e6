"""Names of organisations written with their head noun, which the NER misses or reads as a person's or a people's
("the Haqqani network", "the Sadrist movement", "the 400 Mawozo gang", "the Sinaloa Cartel"): capitalised words or
numbers right before one of ``organisation_names.name_heads`` in ``seeds/relations.yaml`` are one organisation's
name with the noun, unless the list knows a word of it (a known group's "Houthi movement" is the known group, a
state's "Mexican cartel" names no one) or the document names the body by its words alone elsewhere.

>>> from loaders.nlp import load_nlp
>>> doc = load_nlp()("The Tamboril network and the 77 Vayan gang met Haiti's Vega bloc.")
>>> [span.text for span in named_with_heads(WordShapes(doc), set(), set(), set())]
['Tamboril network', '77 Vayan gang', 'Vega bloc']
"""

from __future__ import annotations

from functools import cache

from spacy.symbols import ADJ, DET, NOUN, NUM, PROPN
from spacy.tokens import Span

from graph.seeds import load_seed_yaml
from loaders.cues import load_cues
from loaders.organisation_names import describes_a_body
from loaders.word_shapes import WordShapes

MAX_NAME_WORDS = 3  # "the 400 Mawozo gang", "the Grand Ravine gang"
NAME_POS = frozenset({PROPN, NOUN, ADJ, NUM})
NAME_JOINS = frozenset({"and", "of", "for", "&", "-"})  # words inside a longer name
POSSESSIVES = frozenset({"'s", "’s"})


@cache
def name_heads() -> frozenset[str]:
    """Lowercase head nouns written after an organisation's name as part of it ("network", "gang")."""
    return frozenset(load_seed_yaml("relations.yaml")["organisation_names"]["name_heads"])


def _name_word(shapes: WordShapes, i: int) -> bool:
    """Whether the word at ``i`` may be part of a name: capitalised, or a number ("400 Mawozo", "Barrio 18")."""
    return shapes.pos[i] in NAME_POS and (shapes.title[i] or shapes.text[i][:1].isdigit())


def _name_start(shapes: WordShapes, noun: int, taken: set[int]) -> int | None:
    """Where the name before the head noun at ``noun`` starts, or None when no whole name stands there: no
    capitalised word, only numbers, a known actor's word, or a name that goes on before what can be read."""
    sent_start = shapes.sentence_start(noun)
    start = noun
    while start > sent_start and noun - start < MAX_NAME_WORDS and _name_word(shapes, start - 1):
        start -= 1
    words = range(start, noun)
    if not words or taken.intersection(words) or not any(shapes.title[i] for i in words):
        return None
    if start > sent_start and ((shapes.title[start - 1] and shapes.pos[start - 1] != DET) or start - 1 in taken):
        return None  # the name goes on before: only part of it would be read
    if _joined_before(shapes, start, sent_start, bool(shapes.title[noun])):
        return None  # "the Justice and Equality Movement", "the African People's Liberation Movement"
    if start == sent_start and shapes.pos[start] != PROPN:
        return None  # "Drug cartels", "Gang violence": a sentence's capitalised first word
    if start > sent_start and shapes.lower(start - 1) in load_cues().indefinite:
        return None  # "an Islamist movement", "another Mexican cartel": what it is, not its name
    if start > sent_start and shapes.text[start - 1] == "-":
        return None  # "a neo-Nazi network": a hyphened word's end
    if not any(shapes.pos[i] in {PROPN, NUM} for i in words):
        return None  # "Unincorporated movement": capitalised common words
    return start


def _joined_before(shapes: WordShapes, start: int, sent_start: int, titled_head: bool) -> bool:
    """Whether a word joining names ("and", "of", a hyphen; a possessive before a capitalised head) stands between
    a capitalised word and the name at ``start``: the name goes on before it ("the Justice and Equality Movement"),
    where a lowercase head after a place's possessive is the name's own ("Haiti's Vega bloc")."""
    if start - 2 < sent_start or not shapes.title[start - 2]:
        return False
    joins = NAME_JOINS | POSSESSIVES if titled_head else NAME_JOINS
    return shapes.text[start - 1].lower() in joins


def _heads_a_name(shapes: WordShapes, noun: int) -> bool:
    """Whether the head noun at ``noun`` is written as part of a name: in lower case, or capitalised with no
    capitalised word after it (not a headline's "Barrio 18 Gang Leaders")."""
    if not shapes.title[noun]:
        return True
    return noun + 1 >= len(shapes.text) or not shapes.title[noun + 1]


def named_with_heads(shapes: WordShapes, taken: set[int], bodies: set[str], named: list[Span]) -> list[Span]:
    """Each name written with its head noun as one organisation (see the module), and the name written without the
    noun elsewhere (:func:`_written_bare`): ``taken``, the known actors' tokens; ``bodies``, the names the document's
    organisations are written by alone; ``named``, the names read."""
    doc, found = shapes.doc, []
    read = {i: e for e in named for i in range(e.start, e.end)}
    for noun in shapes.where_lower(name_heads()):
        if not _heads_a_name(shapes, noun) or (start := _name_start(shapes, noun, taken)) is None:
            continue
        if doc[start:noun].text not in bodies and not _read_otherwise(read, start, noun):
            found.append(Span(doc, start, noun + 1, label="ORG"))
    held = {i: (e.start, e.end) for e in [*named, *found] for i in range(e.start, e.end)}
    return found + [bare for span in found for bare in _written_bare(shapes, span, held)]


def _read_otherwise(read: dict[int, Span], start: int, noun: int) -> bool:
    """Whether a name read already runs out of the name and its head noun at ``start:noun + 1`` ("the Federal
    Security Service of the Russian Federation"), or is the name alone before a noun that makes it a body's already
    ("the Kach movement", :func:`~loaders.organisation_names.described_as_organisation`)."""
    spans = {read[i] for i in range(start, noun + 1) if i in read}
    if any(e.start < start or e.end > noun + 1 for e in spans):
        return True
    alone = next((e for e in spans if (e.start, e.end) == (start, noun) and e.label_ in {"PERSON", "ORG"}), None)
    return alone is not None and alone.doc[noun].is_lower and describes_a_body(alone.doc[noun])


def _written_bare(shapes: WordShapes, span: Span, held: dict[int, tuple[int, int]]) -> list[Span]:
    """The places where the document writes an organisation's name without its head noun, when that name is of two
    words or more or holds a number ("Barrio 18 has not commented" after "the Barrio 18 gang"), no name read runs
    out of it (``held``: each token of a name with the name's bounds) and no capitalised word runs on before it: one
    word alone ("Haqqani") is as often a person's or a place's."""
    words = shapes.text[span.start : span.end - 1]
    if len(words) < 2 and not any(ch.isdigit() for ch in words[0]):
        return []
    n, found = len(words), []
    for i in range(len(shapes.text) - n + 1):
        if shapes.text[i : i + n] != words or any(
            held[j][0] < i or held[j][1] > i + n or held[j] == (span.start, span.end)
            for j in range(i, i + n)
            if j in held
        ):
            continue
        if i > 0 and shapes.title[i - 1] and shapes.pos[i - 1] != DET and shapes.sentence_start(i) != i:
            continue
        found.append(Span(shapes.doc, i, i + n, label="ORG"))
    return found

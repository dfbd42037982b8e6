"""Places named before a body's or its members' noun: in "gunmen of the Sinaloa cartel ... the state of Sinaloa" the
NER reads "Sinaloa" as a body's name each time; in "Tripoli armed groups clashed ... in Tripoli" as a body's too.

When the page also uses the name as a place's (a mention of it, outside such a phrase, that the place rules labelled
a Location or whose sentence uses it as a place's: "in Tripoli", "the state of Sinaloa"), the name stays a place's:
before a body's own noun (``named_heads`` of ``place_bodies`` in ``seeds/relations.yaml``: "the Sinaloa cartel") the
body is named with its noun, a body of its own beside the place; before a noun of a body's members or of many bodies
(``member_heads``: "Kidal rebels", "Tripoli armed groups") no body is named and the name is the place's; everywhere
else the name is the place's. A body the page never places ("Wagner fighters") and a body's name written with its
noun ("the Sinaloa Cartel") are left as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Token

from loaders.cues import word_sets
from loaders.doc_tree import span_root
from loaders.mentions import Mention, guess_kind
from loaders.place_context import placed_starts

_MISREAD = {"Organization", "Person"}


@dataclass(frozen=True)
class PlaceBodyNouns:
    """The seed's ``place_bodies`` block."""

    named_heads: frozenset[str]  # a body's own noun, named with the place: "the Sinaloa cartel"
    member_heads: frozenset[str]  # a noun of members or of many bodies: "Kidal rebels", "Tripoli armed groups"
    of_nouns: frozenset[str]  # a division's noun placing the name after its "of": "the state of Sinaloa"


@cache
def place_body_nouns() -> PlaceBodyNouns:
    """The nouns of ``place_bodies`` in ``seeds/relations.yaml``.

    >>> "cartel" in place_body_nouns().named_heads, "rebels" in place_body_nouns().member_heads
    (True, True)
    """
    return word_sets(PlaceBodyNouns, "place_bodies")


def _body_noun(doc: Doc, m: Mention) -> Token | None:
    """The lowercase noun right after a mention that its name qualifies, through lowercase words only ("Tripoli
    armed groups"), when it is a body's or its members' (:func:`place_body_nouns`)."""
    if m.end >= len(doc) or not doc[m.end].is_lower:
        return None
    root = span_root(doc, m.start, m.end)
    head = root.head
    if root.dep_ not in {"compound", "nmod", "amod"} or head.i < m.end or head.i > m.end + 1:
        return None
    if any(not doc[i].is_lower for i in range(m.end, head.i + 1)):
        return None
    nouns = place_body_nouns()
    named = head.i == m.end and head.lower_ in nouns.named_heads
    return head if named or head.lower_ in nouns.member_heads else None


def _after_of_noun(doc: Doc, m: Mention) -> bool:
    """Whether a lowercase noun of ``of_nouns`` places the mention after its "of": "the state of Sinaloa"."""
    return m.start >= 2 and doc[m.start - 1].lower_ == "of" and doc[m.start - 2].lower_ in place_body_nouns().of_nouns


def place_bodies(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with an unknown name written before a body's noun kept a place's where the page also uses it as
    a place's: before a body's own noun, the body named with its noun; elsewhere, the place.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The Corvara cartel grew. It rules the state of Corvara.")
    >>> ms = [Mention(1, 2, 4, 11, "Corvara", "Organization", "Corvara", "other"),
    ...       Mention(10, 11, 44, 51, "Corvara", "Location", "Corvara")]
    >>> [(m.name, m.label) for m in place_bodies(doc, ms)]
    [('Corvara cartel', 'Organization'), ('Corvara', 'Location')]
    """
    nouns = {m.start: noun for m in mentions if not m.actor_id and (noun := _body_noun(doc, m)) is not None}
    if not nouns:
        return mentions
    placed_at = placed_starts(doc, mentions) | {m.start for m in mentions if _after_of_noun(doc, m)}  # "in Tripoli"
    places = {m.name for m in mentions if (m.label == "Location" or m.start in placed_at) and m.start not in nouns}
    placed = {mentions[i].name for i in range(len(mentions)) if mentions[i].start in nouns} & places
    if not placed:
        return mentions
    out = []
    for m in mentions:
        noun = nouns.get(m.start)
        if m.name not in placed or m.actor_id:
            out.append(m)
        elif noun is not None and noun.lower_ in place_body_nouns().named_heads:
            name = f"{m.name} {noun.text}"
            out.append(
                replace(
                    m,
                    end=noun.i + 1,
                    end_char=noun.idx + len(noun),
                    text=name,
                    label="Organization",
                    name=name,
                    kind=guess_kind(name),
                )
            )
        elif m.label in _MISREAD:
            out.append(replace(m, label="Location", kind=None))
        else:
            out.append(m)
    return out

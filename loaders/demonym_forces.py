"""A state's forces named by its demonym or name and a common noun of ``state_forces`` ("Kenyan troops", "the Malian
army") stand for the state: :meth:`loaders.hostility.Hostility` reads them as sides, and
:func:`loaders.syntax.actors_of` as the state beside a name they are coordinated with ("fought the Somali army and
Kenyan troops": Kenya too)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex

MODIFIERS = frozenset({"amod", "compound", "nmod"})


def demonym_forces(head: Token, index: MentionIndex, force_nouns: frozenset[str]) -> Mention | None:
    """The state whose forces a common noun of ``force_nouns`` names by the state's demonym or name as its one named
    modifier: "Kenyan troops", "Nigerien security forces", "the Malian army" (not "Wagner forces", a group's, nor
    "Malian and French troops", two states')."""
    if head.pos_ != "NOUN" or head.lower_ not in force_nouns:
        return None
    modifiers = [c for c in head.children if c.dep_ in MODIFIERS]
    if any(c.dep_ == "conj" for m in modifiers for c in m.children):
        return None  # "Malian and French troops": more than one state's
    named = [m for c in modifiers if (m := index.at(c)) is not None]
    return named[0] if len(named) == 1 and named[0].label == "Country" else None

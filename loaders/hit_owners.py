"""The owner of what an attack hit: "airstrikes targeting military vehicles belonging to the STC", "targeted security
points affiliated with the SDF", "attacked a tanker owned by an Israeli firm": whose the thing hit is, was hit too (the
ontology: the owners of a hit building are its targets).

The cue words are the ``hit_owners`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.mentions import Mention
from loaders.syntax import actors_of, agents_of, conjuncts, prep_objects

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex


@cache
def owning_participles() -> dict[str, frozenset[str]]:
    """Participles that name the owner of a thing, each with the prepositions of its owner."""
    block = load_seed_yaml("relations.yaml")["hit_owners"]  # a missing key is a one-line SeedKeyError
    return {verb: frozenset(preps) for verb, preps in block["participles"].items()}


def owners_of_hit(hit: list[Token], index: MentionIndex) -> list[Mention]:
    """The actors a participle after each thing hit names as its owner ("vehicles belonging to the STC"), when the
    thing is not itself a name."""
    wanted = owning_participles()
    found: list[Mention] = []
    for noun in (h for t in hit for h in conjuncts(t)):
        if noun.pos_ != "NOUN" or index.at(noun) is not None:
            continue
        for verb in (c for c in noun.children if c.dep_ == "acl" and c.tag_ in {"VBN", "VBG"}):
            preps = wanted.get(verb.lemma_.lower())
            if preps is None:
                continue
            owners = agents_of(verb) if "by" in preps else []
            owners += prep_objects(verb, preps - {"by"})
            found += [m for t in owners for m in actors_of(t, index, with_preps=False) if m.label != "Location"]
    return list({m.key: m for m in found}.values())


def owners_named_of(hit: list[Token], index: MentionIndex) -> list[Mention]:
    """The actors an "of" after each thing hit names as its owner, when the thing is not itself a name: the army of "a
    convoy of the Malian army was hit by a bomb", the SDF of "positions of the SDF were shelled" (not a place)."""
    nouns = [h for t in hit for h in conjuncts(t) if h.pos_ == "NOUN" and index.at(h) is None]
    found = [m for n in nouns for o in prep_objects(n, {"of"}) for m in actors_of(o, index, with_preps=False)]
    return list({m.key: m for m in found if m.label != "Location"}.values())

"""What a volley was fired at when the parser hung the "at" on the thing fired: "fired a barrage of rockets at X",
"launched a wave of drones at X", "firing some 40 missiles of several types at X" (the "at" on "barrage", "wave",
"types"): X is what the verb's act was aimed at, as in "fired rockets at X".

The cue words are the ``projectile_aims`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.syntax import prep_objects


@dataclass(frozen=True)
class AimCues:
    """The cue words of the ``projectile_aims`` block."""

    verbs: frozenset[str]  # fire, launch: verbs of sending a volley at someone
    preps: frozenset[str]  # at, toward: what the volley was sent at


@cache
def aim_cues() -> AimCues:
    """The ``projectile_aims`` block of ``seeds/relations.yaml``.

    >>> "fire" in aim_cues().verbs, "at" in aim_cues().preps
    (True, True)
    """
    block = load_seed_yaml("relations.yaml")["projectile_aims"]
    return AimCues(**{name: frozenset(words) for name, words in block.items()})


def aimed_past_object(verb: Token) -> list[Token]:
    """The objects of an aiming preposition the parser hung on a volley verb's direct object or on the nouns of that
    object's "of" phrases, not on the verb.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The group fired a barrage of rockets at Kiryat Shmona on Monday.")
    >>> [t.text for t in aimed_past_object(doc[2])]
    ['Shmona']
    """
    cues = aim_cues()
    if verb.lemma_.lower() not in cues.verbs:
        return []
    held = [c for c in verb.children if c.dep_ == "dobj"]
    held += [p for h in held for p in prep_objects(h, {"of"})]  # "a barrage of rockets", "40 missiles of types"
    return [o for h in held for o in prep_objects(h, cues.preps)]

"""A place said to fall under another's jurisdiction lies in it: LOCATED_IN.

"near Ambeli village, under the Kutru police station limits of Bijapur district", "between Binagunda and Koronar
villages under Chhotebethiya police station limits", "Tekulguda, which falls under the Jagargunda police station
area": the place before "under" lies in the place after it (each place listed before it too), and the place whose
limits or area are named lies in the place after their "of" ("the Kutru police station limits of Bijapur district").
Not a place under someone's control ("Goma, under M23 control"): the place after "under" must be a place's name.

The words are the ``jurisdiction_places`` block of ``seeds/relations.yaml``.

>>> falls_under(["villages", "under"]), falls_under([",", "which", "falls", "under"]), falls_under(["under", "control"])
(True, True, False)
>>> limits_of(["limits", "of"]), limits_of(["area", "in"]), limits_of(["of"])
(True, True, False)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from loaders.cues import word_sets
from loaders.place_phrases import place_phrase_words


@dataclass(frozen=True)
class JurisdictionWords:
    """The cue words of a place under another's jurisdiction."""

    under_words: frozenset[str]
    falling_verbs: frozenset[str]
    settlement_nouns: frozenset[str]
    limit_nouns: frozenset[str]
    limit_preps: frozenset[str]


@cache
def jurisdiction_words() -> JurisdictionWords:
    """The seed's ``jurisdiction_places`` block."""
    return word_sets(JurisdictionWords, "jurisdiction_places")


def falls_under(words: list[str]) -> bool:
    """Whether the words between two places (lowercased, "the" left out) put the first under the second: "under",
    after the first place's own noun ("Ambeli village, under"), a comma or a clause of falling (", which falls
    under")."""
    own = jurisdiction_words()
    rest = words[1:] if words[:1] == [","] else words
    if rest[:1] and rest[0] in own.settlement_nouns:  # "Binagunda and Koronar villages under"
        rest = rest[1:]
        if rest[:1] == [","]:
            rest = rest[1:]
    if rest[:1] and rest[0] in place_phrase_words().clause_openers:  # ", which falls under"
        rest = rest[1:]
    if rest[:1] and rest[0] in own.falling_verbs:
        rest = rest[1:]
    return len(rest) == 1 and rest[0] in own.under_words


def limits_of(words: list[str]) -> bool:
    """Whether the words between two places name the first one's limits or area in the second: "the Kutru police
    station limits of Bijapur district", "the Jagargunda police station area in Sukma"."""
    own = jurisdiction_words()
    return len(words) == 2 and words[0] in own.limit_nouns and words[1] in own.limit_preps

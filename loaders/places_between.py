"""A place said to lie between two others lies by each of them: LOCATED_IN both.

"the Mutaibijah area between Salahuddin and Diyala provinces", "Mutaibijah, between Salahuddin and Diyala",
"Mutaibijah, which lies between Salahuddin and Diyala", "Mutaibijah is located halfway between Salahuddin and
Diyala", "the tunnel in the rugged area between Pehro Kunri and Gudalar": the first place, then only the words of a
place phrase (its own noun, a clause of lying, "in" an area), then "between", then the two places. The caller reads
the places, never states ("a region between India and Pakistan" is no more in one than in the other), nor people or
bodies ("clashes in Masisi between the army and the M23"), nor a line that runs between the two ("the Green Line
between Chiyah and Ain el-Remmaneh").

The words are the ``places_between`` block of ``seeds/relations.yaml`` with ``place_phrases``' words of lying.

>>> from loaders.cues import load_cues
>>> cues = load_cues()
>>> lies_between(cues, ["area", "between"]), lies_between(cues, [",", "which", "lies", "halfway", "between"])
(True, True)
>>> lies_between(cues, ["in", "rugged", "area", "between"]), lies_between(cues, ["fighting", "between"])
(True, False)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from graph.seeds import load_seed_yaml
from loaders.place_phrases import place_phrase_words

if TYPE_CHECKING:
    from loaders.cues import Cues


@dataclass(frozen=True)
class BetweenWords:
    """The cue words of a place between two others."""

    between_words: frozenset[str]
    middle_words: frozenset[str]
    area_modifier_limit: int
    line_words: frozenset[str]


@cache
def between_words() -> BetweenWords:
    """The seed's ``places_between`` block."""
    data = load_seed_yaml("relations.yaml")["places_between"]
    return BetweenWords(
        frozenset(data["between_words"]),
        frozenset(data["middle_words"]),
        int(data["area_modifier_limit"]),
        frozenset(data["line_words"]),
    )


def is_a_line(name: str) -> bool:
    """Whether a place's name ends with a word of a line that runs between places ("the Green Line", "the Kutru-Bedre
    road"): it lies in neither of the places it runs between.

    >>> is_a_line("Green Line"), is_a_line("Mutaibijah")
    (True, False)
    """
    words = name.lower().split()
    return bool(words) and words[-1] in between_words().line_words


def lies_between(cues: Cues, words: list[str]) -> bool:
    """Whether the words between a place and the next (lowercased, "the" left out) say the first lies between the
    next and the place listed after it: the place's own noun ("the Mutaibijah area"), a clause of lying (", which
    lies", "is located"), "in" an area with a few words before its noun ("in the rugged area"), "halfway", then
    "between"."""
    found, own = place_phrase_words(), between_words()
    kinds = cues.place_nouns | cues.place_divisions
    rest = words[1:] if words[:1] == [","] else words
    if rest[:1] and rest[0] in kinds:  # "the Mutaibijah area between"
        rest = rest[1:]
    if rest[:1] and rest[0] in found.clause_openers:  # ", which lies between"
        rest = rest[1:]
    if rest[:1] and rest[0] in found.lying_copulas:  # "is located between"
        rest = rest[1:]
    if rest[:1] and rest[0] in found.lying_words:
        rest = rest[1:]
    if rest[:1] == ["in"] and len(rest) >= 3 and rest[-2] in kinds:  # "in the rugged area between"
        modifiers = rest[1:-2]
        if len(modifiers) > own.area_modifier_limit or not all(w.isalpha() for w in modifiers):
            return False
        rest = rest[-1:]
    if rest[:1] and rest[0] in own.middle_words:  # "halfway between"
        rest = rest[1:]
    return len(rest) == 1 and rest[0] in own.between_words

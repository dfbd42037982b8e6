"""A force's name, then a rank, right before a person's name: the person serves in the force, one of its members.

"Marine Corps Lance Cpl. X", "Army Staff Sgt. Y", "NSG Major Z" (a casualty list, a dateline's "... said Army
Specialist W"): no role word stands in the title, only a rank, and the ontology makes soldiers, fighters and
commanders of a force its members, as the gold sets annotate them. The rank's words are ``force_ranks`` of the
``role_types`` block of ``seeds/relations.yaml``; the word right before the name must be a rank of its own
(``core``), the others may only open one ("Staff", "Lance", "First").

>>> ranks_before(["army", "staff", "sgt."], {"sgt": True, "staff": False})
2
>>> ranks_before(["army", "staff"], {"sgt": True, "staff": False})
0
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc, Token

from graph.seeds import load_seed_yaml
from loaders.described_kinds import UNKNOWN_KIND
from loaders.mentions import Mention

FORCE_KINDS = frozenset({"military", "armed_group"})
RANK_JOINERS = frozenset({".", "-"})  # "Sgt . X", "Lieutenant-Colonel"
MAX_RANK_WORDS = 6  # "Lieutenant Colonel" and its force's name, read apart: "Lt . Col . X"


@cache
def force_ranks() -> dict[str, bool]:
    """Each word of a rank, with whether it is a rank of its own (``core``), not only the opening of one."""
    block = load_seed_yaml("relations.yaml")["role_types"]["force_ranks"]
    return {**{w: False for w in block["openers"]}, **{w: True for w in block["core"]}}


def ranks_before(words: list[str], ranks: dict[str, bool]) -> int:
    """How many words (lowercase) at the end of a title are a rank, the last of them a rank of its own; 0 if none
    is."""
    size = 0
    while size < len(words) and words[-1 - size] in RANK_JOINERS:
        size += 1  # "Sgt" "." read apart
    if size == len(words) or not ranks.get(words[-1 - size].rstrip("."), False):
        return 0
    while size < len(words) and (words[-1 - size].rstrip(".") in ranks or words[-1 - size] in RANK_JOINERS):
        size += 1
    return size


def ranked_force(doc: Doc, start: int, at: Callable[[Token], Mention | None]) -> Mention | None:
    """The force named right before the rank that stands before a name starting at token ``start`` ("Marine Corps"
    of "Marine Corps Lance Cpl. X"), on the name's line: an organisation of an armed kind, or of no kind the page
    tells (a force new to the gazetteer); ``at`` gives the mention covering a token."""
    before = doc[max(start - MAX_RANK_WORDS, 0) : start]
    size = ranks_before([t.lower_ for t in before], force_ranks())
    if not size or size >= len(before) or any("\n" in t.whitespace_ for t in before[len(before) - size - 1 :]):
        return None
    last = before[len(before) - size - 1]
    force = at(last)
    if force is None or force.label != "Organization" or force.end != last.i + 1:
        return None
    return force if force.kind in FORCE_KINDS or force.kind in {None, UNKNOWN_KIND} else None

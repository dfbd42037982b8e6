"""Parts and members of organisations said in ways the role rules do not read.

"The 68th Brigade of the Ukrainian Armed Forces", "the State Administration Council of the Myanmar military": a unit
named before "of" and a body is a part of it (MEMBER_OF); "Saudi Arabia, the leading member of the
Arab coalition": a state that is a member of a body is affiliated with it (a state is no MEMBER_OF anything).

The cue words are the ``member_phrases`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

import itertools
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from graph.seeds import load_seed_yaml
from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.extract import DocReader


@cache
def unit_names() -> frozenset[str]:
    """The last words of a unit's name ("brigade", "corps", "council"), loaded once per process."""
    return frozenset(load_seed_yaml("relations.yaml")["member_phrases"]["unit_names"])


def units_of_bodies(reader: DocReader, sent: Span) -> None:
    """ "The 68th Separate Hunting Brigade of the Ukrainian Armed Forces": a unit, "of", a body: MEMBER_OF it."""
    doc = reader.doc
    for unit, body in itertools.pairwise(reader.index.inside(sent)):
        if unit.label != "Organization" or body.label != "Organization" or unit.key == body.key:
            continue
        gap = [t.lower_ for t in doc[unit.end : body.start] if t.lower_ != "the"]
        if gap == ["of"] and doc[unit.end - 1].lower_ in unit_names():
            reader.emit(unit, "MEMBER_OF", body, doc[unit.end], "unit-of-body", 0.75, "asserted")


def states_as_members(noun: Token, holders: list[Mention]) -> list[Mention]:
    """The states a role of membership is said of, for the nouns that make a state one of a body's members:
    "Saudi Arabia, the leading member of the Arab coalition" (not "Mali, part of the Sahel")."""
    if noun.lemma_.lower() not in load_seed_yaml("relations.yaml")["member_phrases"]["state_member_nouns"]:
        return []
    return [m for m in holders if m.label == "Country"]

"""Where a campaign against a group is fought: "stepped up operations against the Tansa Front in Belmo and Sarat
states", "the fight against the Kovar Brigades in the north". A state's or an army's campaign against a group is
waged where the group is, so the group is based in each place the campaign's "in" names (on the campaign's noun or on
the group's own phrase). The nouns are ``campaign_place_nouns`` of ``seeds/relations.yaml``;
only a group is placed (a state "against" is the side fought, never based anywhere).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from graph.seeds import load_seed_yaml
from loaders.mentions import Mention
from loaders.syntax import actors_of, prep_objects

if TYPE_CHECKING:
    from loaders.extract import DocReader

PLACES = frozenset({"Location", "Country"})


@cache
def campaign_place_nouns() -> frozenset[str]:
    """The nouns (lemmas) of a campaign whose place is its foe's ("operation", "offensive"), loaded once."""
    return frozenset(load_seed_yaml("relations.yaml")["campaign_place_nouns"])


def campaign_places(reader: DocReader, sent: Span) -> None:
    """Each group a campaign's noun is "against" is based in the places the campaign's "in" names."""
    nouns = campaign_place_nouns()
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns:
            continue
        for foe in prep_objects(noun, {"against"}):
            groups = [m for m in actors_of(foe, reader.index, with_preps=False) if m.label == "Organization"]
            places = _places_in(reader, [noun, foe])
            for group in groups:
                for place in places:
                    reader.emit(group, "BASED_IN", place, noun, "campaign-place", 0.7, "asserted")


def _places_in(reader: DocReader, heads: list[Token]) -> list[Mention]:
    """The places named after "in" on any of the phrases' heads, each once."""
    found = [m for head in heads for obj in prep_objects(head, {"in"}) for m in actors_of(obj, reader.index)]
    return list({m.key: m for m in found if m.label in PLACES}.values())

"""A division's capital, called so after its name or before it: "displaced in Kelmet, many of them to Oranu, the
provincial capital", "fighting in Kelmet and in the regional capital Oranu" put Oranu in Kelmet, the nearest place named
before it in the sentence, or where the sentence names none before "the regional capital Oranu", the last one the
sentence before names ("Troops entered Kelmet. They took the regional capital Oranu"; not "officials said in Oranu, the
provincial capital", which often names a province told of far before). The adjectives of a division before "capital"
("provincial", "regional", "state") are ``division_capital_adjectives`` of ``seeds/relations.yaml``; a country named
before is no division ("Oranu, the regional capital" of a page on Zandoria names Zandoria's region, not Zandoria), nor
is a settlement ("the city of Derbent", "Derbent city") nor a place placed by the capital ("X lies 40 km north of Oranu,
the regional capital").
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span

from graph.seeds import load_seed_yaml
from loaders.place_names import place_kinds

if TYPE_CHECKING:
    from loaders.extract import DocReader
    from loaders.mentions import Mention

METHOD = "division-capital"
MEASURED_FROM = frozenset({"of", "from"})  # "40 km north of X", "20 km from X": X the mark another place is placed by


@cache
def division_capital_adjectives() -> frozenset[str]:
    """The adjectives of a division before "capital": "the provincial capital".

    >>> sorted(division_capital_adjectives())[:3]
    ['county', 'departmental', 'district']
    """
    return frozenset(load_seed_yaml("relations.yaml")["division_capital_adjectives"])


def division_capitals(reader: DocReader, sent: Span) -> None:
    """Each place called the division's capital ("X, the provincial capital", "the provincial capital X") LOCATED_IN the
    nearest place named before it in the sentence that is no country and no settlement, or else, called so before its
    name, the last such place of the sentence before."""
    mentions = reader.index.inside(sent)
    for i, town in enumerate(mentions):
        cue = _capital_word(reader, town)
        if cue is None:
            continue
        before = [
            m for m in reversed(mentions[:i]) if m.label in {"Location", "Country"} and not _settlement(reader, m)
        ]
        if not before and cue < town.start and sent.start > 0:  # "the regional capital Oranu": the region just named
            earlier = reader.index.inside(reader.doc[sent.start - 1].sent)
            before = [m for m in reversed(earlier) if m.label == "Location" and not _settlement(reader, m)]
        wider = before[0] if before else None
        if wider is not None and wider.label == "Location" and wider.key != town.key:
            reader.emit(town, "LOCATED_IN", wider, reader.doc[cue], METHOD, 0.7, "asserted")


def _capital_word(reader: DocReader, town: Mention) -> int | None:
    """The index of "capital" where a place is called its division's capital, after its name ("Oranu, the provincial
    capital") or before it ("the provincial capital Oranu"), or none; none where a distance is measured from it."""
    if town.label != "Location":
        return None
    lower = reader.words.lower
    after = lower[town.end : town.end + 4]
    if after[:2] == [",", "the"] and after[3:] == ["capital"]:
        adjective, first = after[2], town.start
    elif town.start >= 3 and lower[town.start - 3] == "the" and lower[town.start - 1] == "capital":
        adjective, first = lower[town.start - 2], town.start - 3
    else:
        return None
    if adjective not in division_capital_adjectives() or (first > 0 and lower[first - 1] in MEASURED_FROM):
        return None  # "X lies 40 km north of Oranu, the regional capital": X is placed by Oranu, not Oranu in X
    return town.end + 3 if first == town.start else town.start - 1


def _settlement(reader: DocReader, place: Mention) -> bool:
    """Whether a place is named as a settlement, by a town's noun before its "of" or after its name ("the city of
    Derbent", "Derbent city"): no division a capital lies in."""
    lower = reader.words.lower
    towns = place_kinds().settlements
    named_of = place.start >= 2 and lower[place.start - 1] == "of" and lower[place.start - 2] in towns
    return named_of or (place.end < len(lower) and lower[place.end] in towns)

"""A division's capital, called so after its name: "displaced in Kelmet, many of them to Oranu, the provincial capital"
puts Oranu in Kelmet, the nearest place named before it in the sentence. The adjectives of a division before
"capital" ("provincial", "regional", "state") are ``division_capital_adjectives`` of ``seeds/relations.yaml``; a
country named before is no division ("Oranu, the regional capital" of a page on Zandoria names Zandoria's region, not
Zandoria), nor is a place placed by the capital ("X lies 40 km north of Oranu, the regional capital").
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span

from graph.seeds import load_seed_yaml

if TYPE_CHECKING:
    from loaders.extract import DocReader

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
    """Each place called the division's capital ("X, the provincial capital") LOCATED_IN the nearest place named before
    it in the sentence that is no country."""
    mentions = reader.index.inside(sent)
    lower = reader.words.lower
    for i, town in enumerate(mentions):
        after = lower[town.end : town.end + 4]
        if town.label != "Location" or after[:2] != [",", "the"] or after[3:] != ["capital"]:
            continue
        if after[2] not in division_capital_adjectives() or lower[town.start - 1] in MEASURED_FROM:
            continue  # "X lies 40 km north of Oranu, the regional capital": X is placed by Oranu, not Oranu in X
        wider = next((m for m in reversed(mentions[:i]) if m.label in {"Location", "Country"}), None)
        if wider is not None and wider.label == "Location" and wider.key != town.key:
            reader.emit(town, "LOCATED_IN", wider, reader.doc[town.end + 3], METHOD, 0.7, "asserted")

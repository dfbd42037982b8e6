"""A person's organisation: "Prigozhin's Wagner Group", "Hemeti's RSF" -- the person leads it."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

if TYPE_CHECKING:
    from loaders.extract import DocReader
    from loaders.mentions import Mention

POSSESSIVE = [["'s"], ["’s"], ["'"], ["’"]]
OWNING_OF = [["of"], ["of", "the"]]
MAX_OWNING_OF = 3  # words between the two names: ")" then "of the"
NOT_LED = {"government", "media", "international"}  # "Biden's State Department" is not his to lead


def possessive_pairs(doc: Doc, mentions: Iterable[Mention]) -> Iterator[tuple[Mention, Mention]]:
    """Each two names in a row with only a possessive between them: the owner and what it owns ("the IRGC's Quds
    Force", "Prigozhin's Wagner Group")."""
    for owner, owned in itertools.pairwise(mentions):
        if owned.start == owner.end + 1 and [doc[owner.end].text] in POSSESSIVE:
            yield owner, owned


def owned_by_of_pairs(doc: Doc, mentions: Iterable[Mention]) -> Iterator[tuple[Mention, Mention]]:
    """Each two names in a row with only "of" (its article, the closing bracket of the first's abbreviation) between
    them, the owner and what it owns told the other way round: "the Office of Foreign Assets Control (OFAC) of the
    U.S. Department of the Treasury" (the department owns the office)."""
    for owned, owner in itertools.pairwise(mentions):
        if not 0 < owner.start - owned.end <= MAX_OWNING_OF:
            continue  # no words between them, or more than "of" can be
        between = [t.lower_ for t in doc[owned.end : owner.start]]
        if between[:1] == [")"]:
            between = between[1:]
        if between in OWNING_OF:
            yield owner, owned


def person_s_organisation(reader: DocReader, sent: Span) -> None:
    """ "Yevgeny Prigozhin's Wagner Group": a person's name, the possessive, an armed group's or a party's name."""
    for person, org in possessive_pairs(reader.doc, reader.index.inside(sent)):
        if person.label == "Person" and org.label == "Organization" and org.kind not in NOT_LED:
            reader.emit(person, "LEADS", org, reader.doc[org.start], "person-possessive", 0.7, "asserted")

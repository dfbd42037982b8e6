"""A person's organisation: "Prigozhin's Wagner Group", "Hemeti's RSF" -- the person leads it."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from spacy.tokens import Span

if TYPE_CHECKING:
    from loaders.extract import DocReader

POSSESSIVE = [["'s"], ["’s"], ["'"], ["’"]]
NOT_LED = {"government", "media", "international"}  # "Biden's State Department" is not his to lead


def person_s_organisation(reader: DocReader, sent: Span) -> None:
    """ "Yevgeny Prigozhin's Wagner Group": a person's name, the possessive, an armed group's or a party's name."""
    mentions = reader.index.inside(sent)
    for person, org in itertools.pairwise(mentions):
        gap = [t.text for t in reader.doc[person.end : org.start]]
        if person.label == "Person" and org.label == "Organization" and org.kind not in NOT_LED and gap in POSSESSIVE:
            reader.emit(person, "LEADS", org, reader.doc[org.start], "person-possessive", 0.7, "asserted")

"""The page's LEADS links found so far, read by the surname of who leads: "President Kagame" earlier on the page
tells that "Paul Kagame" leads a state. Read by the rules that run once the page's heads are known
(:mod:`loaders.possessive_heads`, :mod:`loaders.succeeded_heads`, :mod:`loaders.under_leaders`).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from loaders.facts import RelationFact
from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.extract import DocReader


def surname(name: str) -> str:
    """The last word of a person's name.

    >>> surname("Paul Kagame"), surname("Kagame")
    ('Kagame', 'Kagame')
    """
    return name.split()[-1] if name.split() else name


def page_leads(reader: DocReader, labels: Collection[str]) -> list[RelationFact]:
    """The page's LEADS links so far between two of its actors, to an actor of one of the labels."""
    actors = reader.facts.actors
    return [
        r
        for r in reader.facts.relations
        if r.type == "LEADS" and r.subject in actors and r.object in actors and actors[r.object].label in labels
    ]


def leads_of(reader: DocReader, person: Mention, labels: Collection[str]) -> list[RelationFact]:
    """The page's LEADS links so far from a person, or from one of his surname, to an actor of one of the labels."""
    actors = reader.facts.actors
    return [r for r in page_leads(reader, labels) if surname(actors[r.subject].name) == surname(person.name)]

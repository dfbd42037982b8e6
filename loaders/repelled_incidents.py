"""Attacks driven back that name no author of their own: "Kenyan and US forces had repelled it", "their troops repelled
Tuesday's assault", "the assault on the capital was repelled by the army". Whoever drives back an attack OPPOSES its
author, the one the document lays the incident on (the one the object names, else the page's own).

The sentence rules of :mod:`loaders.hostility` note each such attack (:class:`~loaders.hostility.RepelledIncident`);
once every sentence is read, :func:`repellers_against_authors` turns each into links to the incident's author.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.facts import RelationFact
from loaders.hostility import SIDES
from loaders.incident_clauses import FRIENDLY, incident_authors
from loaders.incident_references import first_news
from loaders.scorer import end_key

if TYPE_CHECKING:
    from loaders.extract import DocReader

METHOD = "repelled-author"


def repellers_against_authors(reader: DocReader) -> None:
    """Each attack driven back with no author named OPPOSES, from whoever drove it back, the author of the incident
    it names (else of the page's own), where the document lays the incident on one side only."""
    pending = reader.hostility.repelled
    if not pending:
        return
    news = first_news(reader.events.events, reader.facts.date)
    authors = incident_authors(reader)
    labels = {key: actor.label for key, actor in reader.facts.actors.items()}
    known = {(r.subject, r.type, r.object) for r in reader.facts.relations}
    friends = {frozenset((r.subject, r.object)) for r in reader.facts.relations if r.type in FRIENDLY}
    for attack in pending:
        repelled = attack.repelled or ([news] if news is not None else [])
        foes = list(dict.fromkeys(key for event in repelled for key in authors.get(end_key(event), ())))
        foes = [key for key in foes if labels.get(key) in SIDES]  # the body that attacked, not its men named too
        if len(foes) != 1:
            continue  # no side, or several of which the repellers may be one
        sent = reader.words.sentence(attack.cue)
        certainty, source = reader.certainty(attack.cue), reader.source(attack.cue)
        for holder in attack.holders:
            link = (holder.key, "OPPOSES", foes[0])
            if holder.key == foes[0] or link in known or frozenset((holder.key, foes[0])) in friends:
                continue
            known.add(link)
            reader._actor(holder)  # the one who drove it back is an actor of the document
            ends = (sent.start_char, sent.end_char, certainty, source, 0.55, METHOD)
            reader.facts.relations.append(RelationFact(*link, *ends))

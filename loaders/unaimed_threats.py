"""Responses vowed at no one named: "Iran vowed revenge", "Pakistan will respond at a time of its choosing", "vowed that
those responsible would pay a heavy price". Such a vow answers an incident (the one its sentence names, else the
page's own), so it THREATENED whoever the document lays that incident on.

The sentence rules of :mod:`loaders.hostility` note each such vow (:class:`~loaders.hostility.UnaimedThreat`); once
every sentence is read, :func:`threats_on_authors` turns each into links to the incident's authors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.facts import RelationFact
from loaders.incident_clauses import AUTHOR_LABELS, FRIENDLY, incident_authors
from loaders.incident_references import first_news
from loaders.scorer import end_key

if TYPE_CHECKING:
    from loaders.extract import DocReader
    from loaders.hostility import UnaimedThreat

METHOD = "response-to-author"


def threats_on_authors(reader: DocReader) -> None:
    """Each response vowed at no one named THREATENED the author of the incident it answers, from whoever vowed it,
    where the document lays the incident on one actor only, or on several of which the vow's sentence names one."""
    pending: list[UnaimedThreat] = reader.hostility.unaimed
    if not pending:
        return
    news = first_news(reader.events.events, reader.facts.date)
    authors = incident_authors(reader)
    known = {(r.subject, r.type, r.object) for r in reader.facts.relations}
    friends = {frozenset((r.subject, r.object)) for r in reader.facts.relations if r.type in FRIENDLY}
    for threat in pending:
        answered = threat.answered or ([news] if news is not None else [])
        foes = list(dict.fromkeys(key for event in answered for key in authors.get(end_key(event), ())))
        sent = reader.words.sentence(threat.cue)
        if len(foes) > 1:  # "X claims the bombings as Iran vows revenge": the one its own sentence names
            foes = named_in(reader, foes, sent.start, sent.end)
        if len(foes) != 1:
            continue  # no author, or several the response may be aimed at (one may be the vower's own side)
        certainty, source = reader.certainty(threat.cue), reader.source(threat.cue)
        for holder in (m for m in threat.holders if m.label in AUTHOR_LABELS):
            s_key = holder.key
            sides = {m.key for m in threat.holders}
            foes_of_holder = [f for f in foes if f not in sides and frozenset((s_key, f)) not in friends]
            for foe in (f for f in foes_of_holder if (s_key, "THREATENED", f) not in known):
                known.add((reader._actor(holder), "THREATENED", foe))
                ends = (sent.start_char, sent.end_char, certainty, source, 0.55, METHOD)
                reader.facts.relations.append(RelationFact(s_key, "THREATENED", foe, *ends))


def named_in(reader: DocReader, keys: list[str], start: int, end: int) -> list[str]:
    """The actors of ``keys`` that a mention between two tokens names."""
    named = {m.key for m in reader.index.mentions if start <= m.start and m.end <= end}
    return [k for k in keys if k in named]

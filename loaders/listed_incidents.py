"""Incidents listed as examples of many: "X is blamed for a string of attacks in Nduga, including the killing of
workers on the highway". Each example is an incident of its own (``incidents.listed_under``), and it shares what the
sentence that lists it says of the many: who is blamed for them and where they happened.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from loaders.incidents import listed_under
from loaders.scorer import end_key

if TYPE_CHECKING:
    from loaders.extract import DocReader
    from loaders.facts import RelationFact

SHARED_METHOD = "listed-example"


def listed_examples(reader: DocReader) -> None:
    """BLAMED_FOR and OCCURRED_AT of many incidents, stated in the sentence that lists examples of them, for each
    example too, with the certainty stated (the place only when the many have one)."""
    facts = reader.facts
    events = reader.events.events
    pairs = [(e, m) for e in events for m in events if e.key != m.key and listed_under(e.cue, m.cue)]
    known = {(r.subject, r.type, r.object) for r in facts.relations}
    for example, many in pairs:
        start = many.cue.sent.start_char  # read once: ``token.sent`` walks the parse at each reading
        said = [r for r in facts.relations if r.start == start]
        places = [r for r in said if r.type == "OCCURRED_AT" and r.subject == end_key(many)]
        if len(places) > 1:  # "attacks in Cauca and Valle del Cauca, including ...": the example is in one of them
            said = [r for r in said if r not in places]
        for r in said:
            shared = _shared(r, end_key(many), end_key(example))
            if shared is not None and (shared.subject, shared.type, shared.object) not in known:
                known.add((shared.subject, shared.type, shared.object))
                facts.relations.append(shared)


def _shared(fact: RelationFact, many: str, example: str) -> RelationFact | None:
    """The fact said of many incidents, said of an example of them: who is blamed for them, where they happened."""
    if fact.type == "BLAMED_FOR" and fact.object == many:
        return replace(fact, object=example, method=SHARED_METHOD)
    if fact.type == "OCCURRED_AT" and fact.subject == many:
        return replace(fact, subject=example, method=SHARED_METHOD)
    return None

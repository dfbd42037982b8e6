"""Threats a group makes through its leader or spokesman: "Hossein Salami, the commander of the Revolutionary Guards,
warned Israel ..." is the Guards' threat too, and "al-Shabaab's spokesman vowed revenge on Somalia" al-Shabaab's.

Only a group that fights speaks this way for all of it (``group_threat_kinds``: an armed group, a state's force); what
a head of state or a minister warns the page seldom lays on the state. Once every sentence is read,
:func:`threats_of_groups` gives each such threat to the groups its maker leads or speaks for.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from loaders.doc_words import text_of
from loaders.incident_clauses import FRIENDLY

if TYPE_CHECKING:
    from loaders.extract import DocReader

METHOD = "threat-of-group"


def threats_of_groups(reader: DocReader) -> None:
    """Each threat a person made THREATENED its object from every fighting group the person leads or works for (by the
    roles of ``group_threat_roles``) that the threat's sentence names ("Salami, commander of the Revolutionary Guards,
    warned"), unless the group is the object or on its side."""
    cues = reader.hostility.cues
    facts = reader.facts
    groups: dict[str, list[str]] = {}
    for r in facts.relations:
        actor = facts.actors.get(r.object)
        if r.type in cues.group_threat_roles and actor is not None and actor.kind in cues.group_threat_kinds:
            groups.setdefault(r.subject, []).append(r.object)
    known = {(r.subject, r.type, r.object) for r in facts.relations}
    friends = {frozenset((r.subject, r.object)) for r in facts.relations if r.type in FRIENDLY}
    threats = [r for r in facts.relations if r.type == "THREATENED" and r.certainty != "negated"]
    for threat in threats:
        if (person := facts.actors.get(threat.subject)) is None or person.label != "Person":
            continue
        sentence = text_of(reader.doc)[threat.start : threat.end]  # not ``doc.text``, joined again at each reading
        for group in dict.fromkeys(groups.get(threat.subject, ())):
            if group == threat.object or frozenset((group, threat.object)) in friends:
                continue
            if not any(surface in sentence for surface in facts.actors[group].surfaces):
                continue  # "Muhandis has threatened US troops": whom he spoke for then, the sentence does not say
            if (group, "THREATENED", threat.object) not in known:
                known.add((group, "THREATENED", threat.object))
                facts.relations.append(replace(threat, subject=group, method=METHOD))

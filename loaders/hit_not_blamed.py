"""An incident is not laid on whom it hit: "a US drone strike in Baghdad killed a Kataib Hezbollah commander ...
Pentagon officials said the drone attack bore the footprints of Kataib Hezbollah" (the reference meant another
attack, or the blame misread its incident), so the page's links of blame from an actor to an incident that targeted
that same actor, or one of its members or staff (``HIT_THROUGH``: the commander of "a commander of Kataib
Hezbollah"), are dropped, whichever rule (or the scorer) made them; the incident's target stays. The author the
incident's own phrase names (``event-author``: "Iran fired drones at Israel in its first direct attack on the
country") or on whose orders it was done (``approved``: "the strike on Beirut was carried out on the orders of X") is
surer than a target read through a reference: there the target is dropped, and the blame stays.
"""

from __future__ import annotations

from loaders.facts import DocFacts

SURE_AUTHORS = frozenset({"event-author", "approved"})  # an author named in the incident's phrase ("its attack on X")
# or whose orders it was done on ("carried out on the orders of X", where "strike on ... X" read X as hit)
HIT_THROUGH = frozenset({"MEMBER_OF", "WORKS_FOR"})  # a body is hit when its own people are (not a leader's group)


def without_blame_of_the_hit(facts: DocFacts) -> None:
    """Drop each ``BLAMED_FOR`` link whose incident the page says ``TARGETED`` the one blamed, or a member of it or
    one who works for it (not a denied hit), or that target when the incident's own phrase names the one blamed as
    its author.

    >>> from loaders.facts import RelationFact
    >>> facts = DocFacts("d", "2024-01-01", "")
    >>> facts.relations = [RelationFact("strike", "TARGETED", "kh", 0, 9),
    ...                    RelationFact("kh", "BLAMED_FOR", "strike", 10, 19, "alleged", method="blame:footprint"),
    ...                    RelationFact("kh", "BLAMED_FOR", "jordan-attack", 10, 19, "alleged")]
    >>> without_blame_of_the_hit(facts)
    >>> [(r.subject, r.type, r.object) for r in facts.relations]
    [('strike', 'TARGETED', 'kh'), ('kh', 'BLAMED_FOR', 'jordan-attack')]
    >>> facts.relations = [RelationFact("strike", "TARGETED", "saadi", 0, 9),
    ...                    RelationFact("saadi", "MEMBER_OF", "kh", 0, 9),
    ...                    RelationFact("kh", "BLAMED_FOR", "strike", 10, 19, "alleged", method="blame:footprint")]
    >>> without_blame_of_the_hit(facts)
    >>> [(r.subject, r.type, r.object) for r in facts.relations]
    [('strike', 'TARGETED', 'saadi'), ('saadi', 'MEMBER_OF', 'kh')]
    >>> facts.relations = [RelationFact("raid", "TARGETED", "iran", 0, 9),
    ...                    RelationFact("iran", "BLAMED_FOR", "raid", 0, 9, method="event-author")]
    >>> without_blame_of_the_hit(facts)
    >>> [(r.subject, r.type, r.object) for r in facts.relations]
    [('iran', 'BLAMED_FOR', 'raid')]
    """
    hit = {(r.object, r.subject) for r in facts.relations if r.type == "TARGETED" and r.certainty != "negated"}
    ties = [r for r in facts.relations if r.type in HIT_THROUGH and r.certainty != "negated"]
    hit_bodies = {(r.object, event) for r in ties for victim, event in hit if victim == r.subject}
    blamed = [r for r in facts.relations if r.type == "BLAMED_FOR" and (r.subject, r.object) in hit | hit_bodies]
    if not blamed:
        return
    authors = {(r.subject, r.object) for r in blamed if r.method in SURE_AUTHORS}
    dropped = (hit | hit_bodies) - authors
    facts.relations = [
        r
        for r in facts.relations
        if not (r.type == "BLAMED_FOR" and (r.subject, r.object) in dropped)
        and not (r.type == "TARGETED" and (r.object, r.subject) in authors)
    ]

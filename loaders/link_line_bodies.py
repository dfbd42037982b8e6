"""A body named only in a link to another story ("Related: Who are the Lions' Den? The group that rattled Israel's
army", "Read more: Chad's army says it killed dozens") is that other story's, not the page's: the links it is read
in are dropped. A body the page's own text names too keeps them, and so do places, people and incidents a link
names (the page's gold reads "Related: Iran strikes targets in Pakistan's Balochistan" as the page's news).

A link line is one that opens with ``link_openers`` (``seeds/relations.yaml``, ``references``) and ":", "|", ","
or a dash, and each item of the list such a line heads ("Related:" then "- Who are Sinai Province?" on the lines
below).

>>> from loaders.facts import ActorFact, RelationFact
>>> text = "Related: Chad's army says it killed dozens\\n\\nThe army of Niger and Chad fought Boko Haram."
>>> facts = DocFacts("d", "2024-01-01", text)
>>> facts.actors = {k: ActorFact(k, label, name, surfaces={name}) for k, label, name in
...     [("army", "Organization", "Chad's army"), ("chad", "Country", "Chad"), ("bh", "Organization", "Boko Haram")]}
>>> facts.relations = [RelationFact("army", "BASED_IN", "chad", 9, 42), RelationFact("bh", "OPPOSES", "chad", 44, 90)]
>>> without_link_only_bodies(facts)
>>> [(r.subject, r.object) for r in facts.relations]
[('bh', 'chad')]
"""

from __future__ import annotations

import re

from loaders.facts import DocFacts
from loaders.reference_scope import link_pattern

LIST_ITEM = re.compile(r"\s*(?:[-*\u2022]|\d+[.)])\s+\S")  # an item of a list: "- X", "* X", "1. X"
BODY_LABELS = {"Organization"}  # the actors a link line's name is dropped for when the page's text never names it


def link_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines that link to another story ("Related: X", "Read more - X", the items of a list a bare
    "Related:" heads).

    >>> link_lines("Read more: Rebels kill nine\\nThe army said so.\\nSee also | Two dead")
    [(0, 27), (46, 65)]
    >>> link_lines("Related:\\n\\n- Two dead\\n* [Who is X?](#)\\nThe army said so.\\n- Three dead")
    [(0, 8), (10, 20), (21, 37)]
    """
    spans, start, listing = [], 0, False
    for line in text.split("\n"):
        opener = link_pattern().search(line)
        if opener or (listing and LIST_ITEM.match(line)):
            spans.append((start, start + len(line)))
            listing = listing if not opener else not line[opener.end() :].strip()
        elif line.strip():
            listing = False  # a blank line between the heading and its items keeps the list
        start += len(line) + 1
    return spans


def without_link_only_bodies(facts: DocFacts) -> None:
    """Drop the links read in a link line that have an end a body (an organisation) the page names nowhere else."""
    spans = link_lines(facts.text)
    if not spans:
        return
    body = facts.text
    for start, end in reversed(spans):
        body = body[:start] + body[end:]
    only_linked = {
        key
        for key, actor in facts.actors.items()
        if actor.label in BODY_LABELS
        and not any(
            s in body and re.search(rf"(?<!\w){re.escape(s)}(?!\w)", body) for s in actor.surfaces | {actor.name}
        )
    }
    if not only_linked:
        return
    facts.relations = [
        r
        for r in facts.relations
        if not ({r.subject, r.object} & only_linked and any(s <= r.start < e for s, e in spans))
    ]

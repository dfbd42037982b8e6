"""A name written in capitals ("OMAGH -", "HONG KONG, Dec 3 -" in a dateline, "SHUJAA" in a heading) is the actor the
document names in ordinary case with the same letters: the NER, reading capitals, takes a dateline's town for a body,
and the gazetteer's ruler, which matches the capitals of acronyms only as written, does not know it. A name in
capitals that the document never writes otherwise is left as it is (an acronym: "JNIM", "KFOR").

>>> ms = [Mention(0, 1, 0, 5, "OMAGH", "Organization", "OMAGH", "other"),
...       Mention(9, 10, 50, 55, "Omagh", "Location", "Omagh"),
...       Mention(12, 13, 60, 64, "JNIM", "Organization", "JNIM", "armed_group", "jnim")]
>>> [(m.text, m.label, m.name) for m in names_in_capitals(ms)]
[('OMAGH', 'Location', 'Omagh'), ('Omagh', 'Location', 'Omagh'), ('JNIM', 'Organization', 'JNIM')]
"""

from __future__ import annotations

from dataclasses import replace

from loaders.mentions import Mention


def _in_capitals(m: Mention) -> bool:
    return not m.actor_id and not m.refers_back and m.text.isupper() and len(m.text) > 3


def names_in_capitals(mentions: list[Mention]) -> list[Mention]:
    """The mentions, each unknown name in capitals read as the mention the document writes in ordinary case with the
    same letters (its label, name, kind and known id)."""
    ordinary: dict[str, Mention] = {}
    for m in mentions:
        if not m.refers_back and not m.text.isupper():
            ordinary.setdefault(m.text.lower(), m)
    return [
        replace(m, label=o.label, name=o.name, kind=o.kind, actor_id=o.actor_id)
        if _in_capitals(m) and (o := ordinary.get(m.text.lower())) is not None
        else m
        for m in mentions
    ]

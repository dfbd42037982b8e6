"""Who leads, funds, is a member of, is sanctioned by, or is blamed for: one relationship type
read from one end.

>>> from graph.kg import KnowledgeGraph, Evidence
>>> kg = KnowledgeGraph()
>>> kg.add_actor("kh", "Organization", "Kataib Hezbollah", kind="armed_group")
>>> kg.add_actor("muhandis", "Person", "Abu Mahdi al-Muhandis")
>>> kg.add_actor("us", "Country", "United States")
>>> _ = kg.add_relation("muhandis", "LEADS", "kh", Evidence("d", "KH is run by Muhandis.", 0, 22))
>>> _ = kg.add_relation("muhandis", "SANCTIONED_BY", "us", Evidence("d", "a US-designated terrorist", 30, 55))
>>> [r.name for r in leaders(kg, "Kataib Hezbollah")]
['Abu Mahdi al-Muhandis']
>>> [r.name for r in sanctioned(kg, "United States")]
['Abu Mahdi al-Muhandis']
>>> [r.name for r in led_by(kg, "muhandis")]
['Kataib Hezbollah']
"""

from __future__ import annotations

from graph.kg import KnowledgeGraph
from queries.paths import Neighbour, neighbours


def _incoming(kg: KnowledgeGraph, name: str, rel_type: str) -> list[Neighbour]:
    return [n for n in neighbours(kg, name, rel_type) if not n.forward]


def _outgoing(kg: KnowledgeGraph, name: str, rel_type: str) -> list[Neighbour]:
    return [n for n in neighbours(kg, name, rel_type) if n.forward]


def leaders(kg: KnowledgeGraph, name: str) -> list[Neighbour]:
    """Who leads this organisation or country."""
    return _incoming(kg, name, "LEADS")


def led_by(kg: KnowledgeGraph, name: str) -> list[Neighbour]:
    """What this person leads."""
    return _outgoing(kg, name, "LEADS")


def members(kg: KnowledgeGraph, name: str) -> list[Neighbour]:
    """Who is a member of this organisation."""
    return _incoming(kg, name, "MEMBER_OF")


def funders(kg: KnowledgeGraph, name: str) -> list[Neighbour]:
    """Who funds, arms or backs this actor."""
    return _incoming(kg, name, "FUNDS")


def sanctioned(kg: KnowledgeGraph, name: str) -> list[Neighbour]:
    """Whom this country or organisation sanctioned."""
    return _incoming(kg, name, "SANCTIONED_BY")


def sanctioners(kg: KnowledgeGraph, name: str) -> list[Neighbour]:
    """Who sanctioned this actor."""
    return _outgoing(kg, name, "SANCTIONED_BY")


def blamed_for(kg: KnowledgeGraph, name: str) -> list[Neighbour]:
    """For an event: who is blamed for it; for an actor: which events it is blamed for."""
    return neighbours(kg, name, "BLAMED_FOR")

"""Who is linked to whom: shortest paths between two actors, and an actor's neighbours, with evidence.

Symmetric relationship types and reversed hops are both walked: a link is a link
whichever way it reads; each hop says which way it goes.

>>> from graph.kg import KnowledgeGraph, Evidence
>>> kg = KnowledgeGraph()
>>> kg.add_actor("kh", "Organization", "Kataib Hezbollah", kind="armed_group")
>>> kg.add_actor("muhandis", "Person", "Abu Mahdi al-Muhandis", aliases=["Muhandis"])
>>> kg.add_actor("iran", "Country", "Iran")
>>> kg.add_relation("muhandis", "LEADS", "kh", Evidence("d", "KH is run by Muhandis.", 0, 22))
True
>>> kg.add_relation("iran", "FUNDS", "kh", Evidence("d", "Iran funds KH.", 23, 37))
True
>>> [str(hop) for hop in links(kg, "Muhandis", "Iran")[0]]
['Abu Mahdi al-Muhandis -LEADS-> Kataib Hezbollah', 'Kataib Hezbollah <-FUNDS- Iran']
>>> [(n.name, n.type) for n in neighbours(kg, "Kataib Hezbollah")]
[('Iran', 'FUNDS'), ('Abu Mahdi al-Muhandis', 'LEADS')]
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

import networkx as nx

from graph.kg import CERTAINTY_ORDER, Evidence, KnowledgeGraph
from queries.resolve import resolve_actor

MAX_HOPS = 4


@dataclass(frozen=True)
class Hop:
    """One relationship on a path, in the direction the path walks it."""

    start: str
    start_name: str
    type: str
    end: str
    end_name: str
    forward: bool
    evidence: tuple[Evidence, ...]

    def __str__(self) -> str:
        arrow = f"-{self.type}->" if self.forward else f"<-{self.type}-"
        return f"{self.start_name} {arrow} {self.end_name}"


def _strongest_first(evidence: list[Evidence]) -> tuple[Evidence, ...]:
    """Asserted mentions before alleged ones before denials, then in document order."""
    return tuple(sorted(evidence, key=lambda e: (CERTAINTY_ORDER.index(e.certainty), e.doc_id, e.start)))


def _hops_between(kg: KnowledgeGraph, a: str, b: str) -> list[Hop]:
    name = kg.g.nodes
    hops = []
    for s, o in ((a, b), (b, a)):
        for rel_type, data in (kg.g.get_edge_data(s, o) or {}).items():
            hops.append(
                Hop(a, name[a]["name"], rel_type, b, name[b]["name"], s == a, _strongest_first(data["evidence"]))
            )
    return sorted(hops, key=lambda h: (-len(h.evidence), h.type))


def links(kg: KnowledgeGraph, a: str, b: str, max_hops: int = MAX_HOPS, limit: int = 5) -> list[list[Hop]]:
    """Up to ``limit`` paths of at most ``max_hops`` between two actors (names or aliases), shortest first.

    Returns ``[]`` when they are not linked within ``max_hops``; an unknown name raises.
    Events are not walked through (two actors blamed for one attack are not thereby linked).
    """
    source, target = resolve_actor(kg, a), resolve_actor(kg, b)
    undirected = nx.Graph(kg.g)
    undirected.remove_nodes_from(
        [n for n, d in kg.g.nodes(data=True) if d["label"] == "Event" and n not in (source, target)]
    )
    found: list[list[Hop]] = []
    try:
        for path in nx.shortest_simple_paths(undirected, source, target):
            if len(path) - 1 > max_hops or len(found) == limit:
                break
            found.append([_hops_between(kg, x, y)[0] for x, y in pairwise(path)])
    except nx.NetworkXNoPath:
        return []
    return found


@dataclass(frozen=True)
class Neighbour:
    """An actor directly linked to the one asked about."""

    id: str
    name: str
    label: str
    type: str
    forward: bool
    evidence: tuple[Evidence, ...]


def neighbours(kg: KnowledgeGraph, name: str, rel_type: str | None = None) -> list[Neighbour]:
    """Every actor one relationship away, optionally of one type, most evidenced first."""
    node = resolve_actor(kg, name)
    found = []
    for other in set(kg.g.successors(node)) | set(kg.g.predecessors(node)):
        for hop in _hops_between(kg, node, other):
            if rel_type is None or hop.type == rel_type:
                data = kg.g.nodes[other]
                found.append(Neighbour(other, data["name"], data["label"], hop.type, hop.forward, hop.evidence))
    return sorted(found, key=lambda n: (-len(n.evidence), n.type, n.name))

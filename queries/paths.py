"""Who is linked to whom: paths between two actors ranked by what they mean, and an actor's neighbours.

Symmetric relationship types and reversed hops are both walked: a link is a link
whichever way it reads; each hop says which way it goes.

A path's score is the product of its hops' values, each the product of three factors
(all powers of two or three quarters, so the product is exact and Cypher's ``linked``
query computes the very same number):

- what the link means (``groups`` in the ontology): affiliation 1, other 0.5, hostile 0.25;
- how surely it is said (the strongest mention walked): asserted 1, alleged 0.5, negated 0.25;
- how many independent documents say it: one 0.5, two 0.75, three or more 1.

So a hop is worth at most 1 and every extra hop lowers the score: affiliation before
hostility, asserted before alleged, better sourced before less, shorter before longer.
Ties go to fewer hops, then to the path's node ids in order. Negated mentions are not
walked unless asked for (a link only denied is no link).

>>> from graph.kg import KnowledgeGraph, Evidence
>>> kg = KnowledgeGraph()
>>> kg.add_actor("kh", "Organization", "Kataib Hezbollah", kind="armed_group")
>>> kg.add_actor("muhandis", "Person", "Abu Mahdi al-Muhandis", aliases=["Muhandis"])
>>> kg.add_actor("iran", "Country", "Iran")
>>> kg.add_actor("us", "Country", "United States")
>>> kg.add_relation("muhandis", "LEADS", "kh", Evidence("d", "KH is run by Muhandis.", 0, 22))
True
>>> kg.add_relation("iran", "FUNDS", "kh", Evidence("d", "Iran funds KH.", 23, 37))
True
>>> kg.add_relation("muhandis", "SANCTIONED_BY", "us", Evidence("d", "The US sanctioned Muhandis.", 38, 65))
True
>>> kg.add_relation("iran", "ATTACKED", "us", Evidence("d", "Iran attacked the US.", 66, 87))
True
>>> kg.add_relation("muhandis", "WORKS_FOR", "iran", Evidence("d", "Muhandis denied working for Iran.", 88, 121,
...     certainty="negated"))
True
>>> [(p.score, [str(hop) for hop in p]) for p in links(kg, "Muhandis", "Iran")]  # doctest: +NORMALIZE_WHITESPACE
[(0.25, ['Abu Mahdi al-Muhandis -LEADS-> Kataib Hezbollah', 'Kataib Hezbollah <-FUNDS- Iran']),
 (0.015625, ['Abu Mahdi al-Muhandis -SANCTIONED_BY-> United States', 'United States <-ATTACKED- Iran'])]
>>> links(kg, "Muhandis", "Iran")[0].why
'LEADS: affiliation, asserted, 1 document; FUNDS: affiliation, asserted, 1 document'
>>> [len(p) for p in links(kg, "Muhandis", "Iran", kind="hostile")]
[2]
>>> [(p.score, len(p)) for p in links(kg, "Muhandis", "Iran", include_negated=True)]
[(0.25, 2), (0.125, 1), (0.015625, 2)]
>>> [(n.name, n.type) for n in neighbours(kg, "Kataib Hezbollah")]
[('Iran', 'FUNDS'), ('Abu Mahdi al-Muhandis', 'LEADS')]
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from math import prod

import networkx as nx

from graph.errors import ActorGraphError
from graph.kg import CERTAINTY_ORDER, Evidence, KnowledgeGraph
from graph.ontology import Ontology, load_ontology
from queries.resolve import resolve_actor

MAX_HOPS = 4
KINDS = ("any", "affiliation", "hostile")
GROUP_VALUE = {"affiliation": 1.0, "other": 0.5, "hostile": 0.25}
CERTAINTY_VALUE = {"asserted": 1.0, "alleged": 0.5, "negated": 0.25}


def documents_value(documents: int) -> float:
    """What the number of independent documents behind a link is worth: 0.5, 0.75 or 1."""
    return 0.5 if documents <= 1 else 0.75 if documents == 2 else 1.0


@dataclass(frozen=True)
class Hop:
    """One relationship on a path, in the direction the path walks it, with what it is worth."""

    start: str
    start_name: str
    type: str
    end: str
    end_name: str
    forward: bool
    evidence: tuple[Evidence, ...]
    group: str = "other"

    def __str__(self) -> str:
        arrow = f"-{self.type}->" if self.forward else f"<-{self.type}-"
        return f"{self.start_name} {arrow} {self.end_name}"

    @property
    def certainty(self) -> str:
        """The strongest certainty among the mentions walked."""
        return self.evidence[0].certainty

    @property
    def documents(self) -> int:
        """How many different documents mention it."""
        return len({e.doc_id for e in self.evidence})

    @property
    def value(self) -> float:
        """Meaning times certainty times sources, each at most 1."""
        return GROUP_VALUE[self.group] * CERTAINTY_VALUE[self.certainty] * documents_value(self.documents)

    @property
    def why(self) -> str:
        """The three things its value rests on, e.g. ``LEADS: affiliation, asserted, 2 documents``."""
        return f"{self.type}: {self.group}, {self.certainty}, {self.documents} document{'s' * (self.documents > 1)}"


@dataclass(frozen=True)
class LinkPath:
    """A path between two actors: its hops, its score and why it scores so."""

    hops: tuple[Hop, ...]

    def __iter__(self) -> Iterator[Hop]:
        return iter(self.hops)

    def __len__(self) -> int:
        return len(self.hops)

    def __getitem__(self, index: int) -> Hop:
        return self.hops[index]

    @property
    def ids(self) -> tuple[str, ...]:
        """The node ids along the path, from the first actor asked about to the second."""
        return (self.hops[0].start, *(hop.end for hop in self.hops))

    @property
    def score(self) -> float:
        """The product of its hops' values (see the module's docstring)."""
        return prod(hop.value for hop in self.hops)

    @property
    def why(self) -> str:
        """Each hop's reasons, in order."""
        return "; ".join(hop.why for hop in self.hops)

    def rank_key(self) -> tuple:
        """Best first: highest score, then fewest hops, then node ids."""
        return (-self.score, len(self.hops), self.ids)


def _strongest_first(evidence: list[Evidence]) -> tuple[Evidence, ...]:
    """Asserted mentions before alleged ones before denials, then in document order."""
    return tuple(sorted(evidence, key=lambda e: (CERTAINTY_ORDER.index(e.certainty), e.doc_id, e.start)))


def _hops_between(kg: KnowledgeGraph, a: str, b: str, include_negated: bool = True) -> list[Hop]:
    """Every relationship between ``a`` and ``b`` as a hop from ``a``, most valuable first.

    Without ``include_negated`` denials are left out of each hop's evidence, and a
    relationship only denied is no hop at all.
    """
    name = kg.g.nodes
    hops = []
    for s, o in ((a, b), (b, a)):
        for rel_type, data in (kg.g.get_edge_data(s, o) or {}).items():
            evidence = [e for e in data["evidence"] if include_negated or e.certainty != "negated"]
            if evidence:
                hops.append(
                    Hop(
                        a,
                        name[a]["name"],
                        rel_type,
                        b,
                        name[b]["name"],
                        s == a,
                        _strongest_first(evidence),
                        kg.ontology.group(rel_type),
                    )
                )
    return sorted(hops, key=lambda h: (-h.value, h.type, not h.forward))


def _best_hop(kg: KnowledgeGraph, a: str, b: str, kind: str, include_negated: bool) -> Hop:
    """The most valuable walkable link from ``a`` to ``b`` of the kind asked for."""
    return next(h for h in _hops_between(kg, a, b, include_negated) if kind in ("any", h.group))


def links(
    kg: KnowledgeGraph,
    a: str,
    b: str,
    max_hops: int = MAX_HOPS,
    limit: int = 5,
    *,
    kind: str = "any",
    include_negated: bool = False,
) -> list[LinkPath]:
    """Up to ``limit`` paths of at most ``max_hops`` between two actors (names or aliases), best first.

    ``kind`` walks only affiliation links, only hostile ones, or any. Between two actors a
    path takes their most valuable link. Returns ``[]`` when they are not linked so; an
    unknown name raises. Events are not walked through (two actors blamed for one attack
    are not thereby linked).
    """
    if kind not in KINDS:
        raise ActorGraphError(f"unknown kind of link {kind!r}; expected one of {', '.join(KINDS)}")
    source, target = resolve_actor(kg, a), resolve_actor(kg, b)
    if source == target:
        return []
    walkable = nx.Graph()
    walkable.add_nodes_from((source, target))
    for s, o, rel_type in kg.g.edges(keys=True):
        if kind != "any" and kg.ontology.group(rel_type) != kind:
            continue
        if any(kg.label(n) == "Event" and n not in (source, target) for n in (s, o)):
            continue
        if include_negated or any(e.certainty != "negated" for e in kg.g.edges[s, o, rel_type]["evidence"]):
            walkable.add_edge(s, o)
    found = [
        LinkPath(tuple(_best_hop(kg, x, y, kind, include_negated) for x, y in pairwise(path)))
        for path in nx.all_simple_paths(walkable, source, target, cutoff=max_hops)
    ]
    return sorted(found, key=LinkPath.rank_key)[:limit]


def rank_linked(
    rows: list[dict],
    limit: int = 5,
    *,
    kind: str = "any",
    include_negated: bool = False,
    ontology: Ontology | None = None,
) -> list[LinkPath]:
    """The paths of the ``linked`` named query's rows ranked as :func:`links` ranks them.

    Each hop takes the most valuable relationship of the kind asked for between its two
    actors; a path with a hop left without one is dropped.
    """
    ontology = ontology or load_ontology()
    found = []
    for row in rows:
        hops = []
        for (a, b), (name_a, name_b), rels in zip(
            pairwise(row["ids"]), pairwise(row["path"]), row["evidence"], strict=True
        ):
            candidates = []
            for rel in rels:
                evidence = [
                    Evidence(doc_id, sentence, 0, 0, certainty=certainty)
                    for doc_id, sentence, certainty in zip(
                        rel["doc_ids"], rel["sentences"], rel["certainties"], strict=True
                    )
                    if include_negated or certainty != "negated"
                ]
                group = ontology.group(rel["type"])
                if evidence and kind in ("any", group):
                    forward = rel["ends"][0] == a
                    candidates.append(
                        Hop(a, name_a, rel["type"], b, name_b, forward, _strongest_first(evidence), group)
                    )
            if not candidates:
                break
            hops.append(min(candidates, key=lambda h: (-h.value, h.type, not h.forward)))
        else:
            found.append(LinkPath(tuple(hops)))
    return sorted(found, key=LinkPath.rank_key)[:limit]


def path_rows(paths: list[LinkPath]) -> list[dict]:
    """Paths as table rows, the columns of the ``linked`` named query: rank, score, hops, path, ids, why."""
    return [
        {
            "rank": number,
            "score": p.score,
            "hops": len(p),
            "path": [p[0].start_name, *(hop.end_name for hop in p)],
            "ids": list(p.ids),
            "why": p.why,
        }
        for number, p in enumerate(paths, start=1)
    ]


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

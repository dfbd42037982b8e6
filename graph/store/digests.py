"""Every row's hash and each bucket's digest, kept with the graph so an unchanged row is hashed once.

A load needs the hash of every node and relationship and the digest of every bucket to
compare with the store's. Making and hashing the rows is most of a load's work in Python,
so the hashes of a graph are kept with it (for as long as the graph lives), each next to
what its row was made of: a node's label, name, kind, date, aliases and documents, a
relationship's evidence items (frozen, so the same items are the same content). The next
load makes again only the rows whose content differs and digests again only their buckets.
The relationships are first compared all at once: their data dicts, their numbers of items
and their items, each as one list in the graph's order, compared in C; only when that
differs are they compared one by one. The comparison is of content, not of a record of changes, so
a graph changed in any way (``kg.g`` by hand included) hashes right.

>>> from graph.kg import Evidence, KnowledgeGraph
>>> kg = KnowledgeGraph()
>>> kg.add_actor("kh", "Organization", "Kata'ib Hezbollah", aliases=["KH"], doc_id="d1")
>>> kg.add_actor("muhandis", "Person", "Abu Mahdi al-Muhandis", doc_id="d1")
>>> _ = kg.add_relation("muhandis", "LEADS", "kh", Evidence("d1", "KH is run by Muhandis.", 0, 22, "2020-01-01"))
>>> first = graph_rows(kg)
>>> len(first.made), len(first.hashes.digests) == BUCKETS, sorted(first.hashes.labels), first.hashes.types
(3, True, ['Organization', 'Person'], {'LEADS'})
>>> again = graph_rows(kg)
>>> again.made, again.hashes is first.hashes
({}, True)
>>> kg.g.nodes["kh"]["aliases"].add("Hezbollah Brigades")  # changed in place
>>> changed = graph_rows(kg)
>>> list(changed.made), changed.hashes.nodes["kh"].h != first.hashes.nodes["kh"].h
([('kh',)], True)
>>> before, after = first.hashes.digests, changed.hashes.digests
>>> [i for i in range(BUCKETS) if before[i] != after[i]] == [bucket_of("kh")]
True
"""

from __future__ import annotations

from dataclasses import dataclass
from hashlib import blake2b
from itertools import accumulate, chain
from operator import is_, itemgetter
from typing import NamedTuple
from weakref import WeakKeyDictionary

from graph.gc_pause import paused_gc
from graph.kg import Evidence, KnowledgeGraph
from graph.ontology import Ontology
from graph.store.rows import BUCKETS, Row, bucket_of, edge_row, node_row

EdgeKey = tuple[str, str, str]


@dataclass(frozen=True)
class Relationships:
    """A graph's relationships in the order of its adjacency dicts: their data, their numbers of
    evidence items and all their items in one list. Three objects for the garbage collector to walk,
    not one per relationship."""

    data: list[dict]
    lengths: list[int]
    evidence: list[Evidence]

    @classmethod
    def of(cls, kg: KnowledgeGraph) -> Relationships:
        """The relationships of ``kg``, walked in C over the adjacency dicts themselves (no Python per item)."""
        targets = map(itemgetter(1), kg.g.adjacency())
        data = list(chain.from_iterable(map(dict.values, chain.from_iterable(map(dict.values, targets)))))
        items = list(map(itemgetter("evidence"), data))
        return cls(data, list(map(len, items)), list(chain.from_iterable(items)))


class NodeHash(NamedTuple):
    """A node's hash and bucket, with what its row was made of."""

    label: str
    name: str
    kind: str | None
    date: str | None
    aliases: tuple[str, ...]
    doc_ids: tuple[str, ...]
    h: str
    bucket: int


@dataclass(frozen=True)
class RowHashes:
    """What is kept with a graph between loads: every row's hash, the bucket digests, and what the rows
    were made of."""

    ontology: Ontology
    nodes: dict[str, NodeHash]
    edges: dict[EdgeKey, str]  # in the order of relationships
    relationships: Relationships
    digests: list[str]
    labels: set[str]
    types: set[str]


@dataclass(frozen=True)
class GraphRows:
    """The hashes of a graph's rows, nodes by id and relationships by (source, type, target) (in its
    source's bucket), and the rows made this time (all of them the first time); any other row is made
    on demand."""

    kg: KnowledgeGraph
    hashes: RowHashes
    made: dict[tuple[str, ...], Row]

    def row(self, key: tuple[str, ...]) -> Row:
        """The row of a node ``(id,)`` or relationship ``(source, type, target)``."""
        made = self.made.get(key)
        if made is not None:
            return made
        if len(key) == 1:
            return node_row(key[0], self.kg.g.nodes[key[0]])
        source, rel, target = key
        return edge_row((source, rel, target), self.kg.g.edges[source, target, rel], self.kg.ontology.is_symmetric(rel))

    def grouped(self) -> tuple[dict[str, list[Row]], dict[str, list[Row]]]:
        """Every row: nodes by label, relationships by type."""
        nodes: dict[str, list[Row]] = {}
        edges: dict[str, list[Row]] = {}
        for node_id, node in self.hashes.nodes.items():
            nodes.setdefault(node.label, []).append(self.row((node_id,)))
        for key in self.hashes.edges:
            edges.setdefault(key[1], []).append(self.row(key))
        return nodes, edges


_KEPT: WeakKeyDictionary[KnowledgeGraph, RowHashes] = WeakKeyDictionary()


def graph_rows(kg: KnowledgeGraph) -> GraphRows:
    """The hashes and digests of ``kg``, making again only the rows whose content changed since the last call."""
    with paused_gc():
        kept = _KEPT.get(kg)
        if kept is None or kept.ontology is not kg.ontology:
            kept = RowHashes(kg.ontology, {}, {}, Relationships([], [], []), [], set(), set())
        rows = _updated(kg, kept)
        _KEPT[kg] = rows.hashes
        return rows


def _updated(kg: KnowledgeGraph, kept: RowHashes) -> GraphRows:
    """``kept`` brought up to date with ``kg``: the rows whose content differs made again, the ones gone dropped."""
    changed_nodes = [
        (n, d) for n, d in kg.g.nodes(data=True) if n not in kept.nodes or not _same_node(kept.nodes[n], d)
    ]
    now = Relationships.of(kg)
    was = kept.relationships
    same = (  # the same relationships (their very data dicts) in the same order, with the same evidence items
        len(now.data) == len(was.data)
        and all(map(is_, now.data, was.data))
        and now.lengths == was.lengths
        and now.evidence == was.evidence
    )
    if same and not changed_nodes and len(kg.g) == len(kept.nodes) and kept.digests:
        return GraphRows(kg, kept, {})
    keys = [(s, rel, t) for s, targets in kg.g.adjacency() for t, by_type in targets.items() for rel in by_type]
    changed_edges = [] if same else _changed_edges(keys, now, kept)
    made: dict[tuple[str, ...], Row] = {}
    nodes = dict(kept.nodes)
    dirty = {nodes.pop(n).bucket for n in kept.nodes.keys() - kg.g.nodes}
    dirty.update(bucket_of(key[0]) for key in kept.edges.keys() - set(keys))
    for node_id, d in changed_nodes:
        row = made[(node_id,)] = node_row(node_id, d)
        dirty.add(row.bucket)
        nodes[node_id] = NodeHash(
            *(d["label"], d["name"], d["kind"], d.get("date") or None),
            *(tuple(d["aliases"]), tuple(d["doc_ids"]), row.h, row.bucket),
        )
    for i in changed_edges:
        row = made[keys[i]] = edge_row(keys[i], now.data[i], kg.ontology.is_symmetric(keys[i][1]))
        dirty.add(row.bucket)
    edges = {key: made[key].h if key in made else kept.edges[key] for key in keys}
    digests = _digests(nodes, edges, kept.digests, dirty)
    labels = {node.label for node in nodes.values()}
    types = {key[1] for key in edges}
    return GraphRows(kg, RowHashes(kg.ontology, nodes, edges, now, digests, labels, types), made)


def _changed_edges(keys: list[EdgeKey], now: Relationships, kept: RowHashes) -> list[int]:
    """Where in ``keys`` (and ``now``) the relationships are new or their evidence differs from the kept items."""
    was = kept.relationships
    ends = list(accumulate(was.lengths, initial=0))
    where = {key: (ends[i], ends[i + 1]) for i, key in enumerate(kept.edges)}
    changed = []
    for i, key in enumerate(keys):
        span = where.get(key)
        if span is None or was.evidence[span[0] : span[1]] != now.data[i]["evidence"]:
            changed.append(i)
    return changed


def _same_node(node: NodeHash, d: dict) -> bool:
    return (
        node.label == d["label"]
        and node.name == d["name"]
        and node.kind == d["kind"]
        and node.date == (d.get("date") or None)
        and len(node.aliases) == len(d["aliases"])
        and d["aliases"].issuperset(node.aliases)
        and len(node.doc_ids) == len(d["doc_ids"])
        and d["doc_ids"].issuperset(node.doc_ids)
    )


def _digests(nodes: dict[str, NodeHash], edges: dict[EdgeKey, str], digests: list[str], dirty: set[int]) -> list[str]:
    """``digests`` (empty: none yet) with those of the ``dirty`` buckets made again from their rows' hashes."""
    buckets = dirty if digests else set(range(BUCKETS))
    digests = list(digests) or [""] * BUCKETS
    hashes: dict[int, list[str]] = {bucket: [] for bucket in buckets}
    for node in nodes.values():
        if node.bucket in hashes:
            hashes[node.bucket].append(node.h)
    for key, h in edges.items():
        bucket = nodes[key[0]].bucket
        if bucket in hashes:
            hashes[bucket].append(h)
    for bucket, found in hashes.items():
        digests[bucket] = blake2b("".join(sorted(found)).encode(), digest_size=8).hexdigest()
    return digests

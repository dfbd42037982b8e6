"""The knowledge graph: actors as nodes, typed relationships as edges that accumulate evidence.

A networkx ``MultiDiGraph`` keyed by relationship type, so one (subject, type, object)
fact is one edge however often it is mentioned; each mention appends an
:class:`Evidence` item. Symmetric types are stored once, ends in id order.

>>> kg = KnowledgeGraph()
>>> kg.add_actor("qais-khazali", "Person", "Qais Khazali", aliases=["Khazali"], doc_id="d1")
>>> kg.add_actor("asaib-ahl-al-haq", "Organization", "Asaib Ahl al-Haq", kind="armed_group", doc_id="d1")
>>> ev = Evidence("d1", "Qais Khazali, head of Asaib Ahl al-Haq", 0, 38)
>>> kg.add_relation("qais-khazali", "LEADS", "asaib-ahl-al-haq", ev)
True
>>> kg.add_relation("qais-khazali", "LEADS", "asaib-ahl-al-haq", ev)  # same mention: no new evidence
False
>>> [(e["source"], e["type"], len(e["evidence"])) for e in kg.to_json()["edges"]]
[('qais-khazali', 'LEADS', 1)]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields

import networkx as nx

from graph.errors import OntologyError
from graph.generic_names import names_only_a_kind
from graph.ontology import Ontology, load_ontology

CERTAINTY_ORDER = ("asserted", "alleged", "negated")


@dataclass(frozen=True)
class ActorAddition:
    """One :meth:`KnowledgeGraph.add_actor` call, kept so a node can be made again without one document's."""

    doc_id: str
    label: str
    name: str
    kind: str | None
    aliases: tuple[str, ...]
    date: str | None


def _merge(data: dict, aliases: Iterable[str], doc_id: str | None, kind: str | None, date: str | None) -> None:
    """Add one mention's names, document, kind and date to a node's data (its first kind and date stay, but a kind
    replaces "other", which says only that the page did not tell, and a day of the month it is dated by makes a date
    more exact: "2024-10-23" after "2024-10"); an incident told by several pages keeps no name that tells only its
    kind ("the attack": :func:`graph.generic_names.names_only_a_kind`)."""
    data["aliases"].update(a for a in aliases if a and a != data["name"])
    if doc_id:
        data["doc_ids"].add(doc_id)
    if data["label"] == "Event" and len(data["doc_ids"]) > 1:  # "the attack" of one page names no other's incident
        data["aliases"] = {a for a in data["aliases"] if not names_only_a_kind(a)}
    if kind and (not data["kind"] or (data["kind"] == "other" and kind != "other")):
        data["kind"] = kind
    first = data.get("date") or ""
    if date and (not first or (date.startswith(first) and len(date) > len(first))):
        data["date"] = date


@dataclass(frozen=True, order=True)
class Evidence:
    """One mention of a relationship: where it is said, how surely, by whom and by which rule."""

    doc_id: str
    sentence: str
    start: int
    end: int
    date: str = ""
    certainty: str = "asserted"
    source: str = ""
    confidence: float = 1.0
    method: str = ""

    def to_dict(self) -> dict:
        """The evidence as a plain JSON-ready dict, its fields in order (they are flat, so no deep copy is needed:
        a copy of the instance's dict, which its fields fill in order, at a third of the time of reading each).

        >>> Evidence("d1", "Iran funds Hamas.", 0, 17).to_dict()["sentence"]
        'Iran funds Hamas.'
        """
        return dict(vars(self))


EVIDENCE_FIELDS = tuple(f.name for f in fields(Evidence))


class KnowledgeGraph:
    """Actors and evidenced relationships over a networkx MultiDiGraph, checked against the ontology."""

    def __init__(self, ontology: Ontology | None = None) -> None:
        self.ontology = ontology or load_ontology()
        self.g = nx.MultiDiGraph()

    # -- nodes -------------------------------------------------------------------------
    def add_actor(
        self,
        node_id: str,
        label: str,
        name: str,
        *,
        kind: str | None = None,
        aliases: Iterable[str] = (),
        doc_id: str | None = None,
        date: str | None = None,
    ) -> None:
        """Add an actor, or merge aliases and documents into the existing node with this id."""
        if label not in self.ontology.labels:
            raise OntologyError(f"unknown node label {label!r} for {name!r}")
        if kind is not None and kind not in self.ontology.kinds:
            raise OntologyError(f"unknown organisation kind {kind!r} for {name!r}")
        if node_id not in self.g:
            self.g.add_node(node_id, label=label, name=name, kind=kind, aliases=set(), doc_ids=set(), date=date)
        _merge(self.g.nodes[node_id], aliases, doc_id, kind, date)

    def redo_actor(self, node_id: str, additions: list[ActorAddition]) -> None:
        """Make a node again from the :meth:`add_actor` calls that made it, in order (its links stay); with
        none left, remove it. Raises :class:`OntologyError` when it would change its label under its links."""
        if not additions:
            self.g.remove_node(node_id)
            return
        first = additions[0]
        if node_id in self.g and self.label(node_id) != first.label and self.g.degree(node_id):
            raise OntologyError(f"{node_id!r} would change its label from {self.label(node_id)} to {first.label}")
        if node_id not in self.g:
            self.g.add_node(node_id)
        data = self.g.nodes[node_id]
        data.clear()
        data.update(label=first.label, name=first.name, kind=first.kind, aliases=set(), doc_ids=set(), date=first.date)
        for call in additions:
            _merge(data, call.aliases, call.doc_id, call.kind, call.date)

    def label(self, node_id: str) -> str:
        """The label of a node."""
        return self.g.nodes[node_id]["label"]

    # -- edges -------------------------------------------------------------------------
    def add_relation(self, subject: str, rel_type: str, obj: str, evidence: Evidence) -> bool:
        """Add one mention of ``subject rel_type obj``; return whether it added new evidence.

        Raises :class:`OntologyError` when the type or its ends break the ontology.
        """
        s_label, o_label = self.label(subject), self.label(obj)
        symmetric = rel_type in self.ontology.relations and self.ontology.is_symmetric(rel_type)
        if not self.ontology.allows(rel_type, s_label, o_label) and not (
            symmetric and self.ontology.allows(rel_type, o_label, s_label)  # stored in id order, read either way
        ):
            raise OntologyError(f"{rel_type} not allowed from {s_label} {subject!r} to {o_label} {obj!r}")
        if subject == obj:
            return False
        subject, obj = self.edge_ends(subject, rel_type, obj)
        if not self.g.has_edge(subject, obj, key=rel_type):
            self.g.add_edge(subject, obj, key=rel_type, type=rel_type, evidence=[], mentions=set())
        edge = self.g.edges[subject, obj, rel_type]
        if (evidence.doc_id, evidence.start) in edge["mentions"]:  # a set: adding stays linear in a big corpus
            return False
        edge["mentions"].add((evidence.doc_id, evidence.start))
        edge["evidence"].append(evidence)
        return True

    def edge_ends(self, subject: str, rel_type: str, obj: str) -> tuple[str, str]:
        """The ends of ``subject rel_type obj`` as the edge is stored (a symmetric type's in id order)."""
        if obj < subject and rel_type in self.ontology.relations and self.ontology.is_symmetric(rel_type):
            return obj, subject
        return subject, obj

    def remove_evidence(self, doc_id: str, links: Iterable[tuple[str, str, str]]) -> None:
        """Withdraw one document's evidence from these edges (stored ends and type), and edges left with none."""
        for s, o, rel_type in links:
            if not self.g.has_edge(s, o, key=rel_type):
                continue
            data = self.g.edges[s, o, rel_type]
            data["evidence"] = [e for e in data["evidence"] if e.doc_id != doc_id]
            data["mentions"] = {(e.doc_id, e.start) for e in data["evidence"]}
            if not data["evidence"]:
                self.g.remove_edge(s, o, key=rel_type)

    # -- documents ---------------------------------------------------------------------
    def remove_documents(self, doc_ids: Iterable[str]) -> None:
        """Withdraw everything these documents contributed: their evidence, then nodes left with no document."""
        gone = set(doc_ids)
        for s, o, k, data in list(self.g.edges(keys=True, data=True)):
            data["evidence"] = [e for e in data["evidence"] if e.doc_id not in gone]
            data["mentions"] = {(e.doc_id, e.start) for e in data["evidence"]}
            if not data["evidence"]:
                self.g.remove_edge(s, o, key=k)
        for node, data in list(self.g.nodes(data=True)):
            data["doc_ids"] -= gone
            if not data["doc_ids"]:
                self.g.remove_node(node)

    # -- interchange -------------------------------------------------------------------
    def to_json(self) -> dict:
        """Node-link JSON, sorted so the same graph always serialises to the same bytes."""
        nodes = []
        for node_id in sorted(self.g):
            d = self.g.nodes[node_id]
            node = {
                "id": node_id,
                "label": d["label"],
                "kind": d["kind"],
                "name": d["name"],
                "aliases": sorted(d["aliases"]),
                "doc_ids": sorted(d["doc_ids"]),
            }
            if d.get("date"):
                node["date"] = d["date"]
            if d.get("confirmed"):  # names an analyst's corrections put together
                node["confirmed"] = sorted(d["confirmed"])
            nodes.append(node)
        edges = []
        for s, o, k, d in sorted(self.g.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1])):
            evidence = sorted(d["evidence"], key=lambda e: (e.doc_id, e.start, e.end, e.method))
            edges.append(
                {
                    "source": s,
                    "target": o,
                    "type": k,
                    "symmetric": self.ontology.is_symmetric(k),
                    "certainty": min((e.certainty for e in evidence), key=CERTAINTY_ORDER.index),
                    "confidence": round(max(e.confidence for e in evidence), 3),
                    "count": len(evidence),
                    "evidence": [e.to_dict() for e in evidence],
                }
            )
        return {"directed": True, "multigraph": True, "nodes": nodes, "edges": edges}

    @classmethod
    def from_json(cls, data: dict, ontology: Ontology | None = None) -> KnowledgeGraph:
        """Rebuild a graph from :meth:`to_json` output."""
        kg = cls(ontology)
        for n in data["nodes"]:
            kg.add_actor(n["id"], n["label"], n["name"], kind=n.get("kind"), aliases=n["aliases"], date=n.get("date"))
            kg.g.nodes[n["id"]]["doc_ids"].update(n["doc_ids"])
            if n.get("confirmed"):
                kg.g.nodes[n["id"]]["confirmed"] = set(n["confirmed"])
        for e in data["edges"]:
            for ev in e["evidence"]:
                kg.add_relation(e["source"], e["type"], e["target"], Evidence(**ev))
        return kg

    def summary(self) -> dict[str, dict[str, int]]:
        """Counts of nodes by label and edges by type."""
        labels: dict[str, int] = {}
        for _, d in self.g.nodes(data=True):
            labels[d["label"]] = labels.get(d["label"], 0) + 1
        types: dict[str, int] = {}
        for _, _, k in self.g.edges(keys=True):
            types[k] = types.get(k, 0) + 1
        return {"nodes": dict(sorted(labels.items())), "edges": dict(sorted(types.items()))}

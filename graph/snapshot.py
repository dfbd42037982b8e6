"""The assembled graph kept between builds, so a rebuild applies only the changed documents' facts.

A full assembly adds every document's facts to the graph in document-id order, resolving their actors
against the names seen in earlier documents (:mod:`graph.resolve`). The snapshot keeps, beside the
graph it made (before an analyst's corrections), what each document put into it: the questions its
resolution asked of earlier documents and the answers, the node additions it made and the links it
gave evidence to, with its key (:func:`graph.cache.document_key`, so the pipeline's version and its
text) and its text's signature. It is one pickle file beside the facts cache, written atomically.

A rebuild withdraws what the documents that changed, went or became near-duplicates put in, and
adds what the changed and new ones say, when that cannot change how any other document resolves:
each such document asks, in its new version, the same questions as in its old one (its names of
actors the gazetteer does not know, in order), or none in either. Every node they touched is made
again from the additions of all its documents, in document order, so the graph is the one a full
assembly makes. Otherwise (or with no usable snapshot) the build assembles everything again.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import ActorGraphError, OntologyError
from graph.gc_pause import paused_gc
from graph.kg import ActorAddition, Evidence, KnowledgeGraph
from graph.resolve import Question, Resolver, questions, replay
from loaders.facts import DocFacts

Link = tuple[str, str, str]  # an edge as stored: its two ends and its type
FORMAT = 2  # the layout of the snapshot file; bump when it changes


@dataclass
class Contribution:
    """What one document read by the build is and what it put into the graph (nothing for a near-duplicate)."""

    key: str
    signature: bytes
    has_actors: bool
    questions: list[Question] | None = None  # None: a near-duplicate, not assembled
    answers: list[str] = field(default_factory=list)
    nodes: list[str] = field(default_factory=list)
    links: set[Link] = field(default_factory=set)
    left_out: list[str] = field(default_factory=list)  # its links that break the ontology, each as a message


@dataclass
class Snapshot:
    """An assembled graph and every document's contribution to it, under one pipeline version."""

    version: str
    graph: KnowledgeGraph
    documents: dict[str, Contribution] = field(default_factory=dict)
    duplicates: dict[str, str] = field(default_factory=dict)
    additions: dict[str, list[ActorAddition]] = field(default_factory=dict)  # node id -> its add_actor calls

    def contributing(self) -> set[str]:
        """The documents assembled into the graph (every one read but the near-duplicates)."""
        return {doc_id for doc_id, c in self.documents.items() if c.questions is not None}


def additions_of(facts: DocFacts, ids: dict[str, str], canonical: Callable) -> list[tuple[str, ActorAddition]]:
    """The node additions a document's actors make: each node id with the call that adds the actor to it."""
    made = []
    for key, actor in facts.actors.items():
        name, kind = canonical(ids[key])
        names = (*actor.surfaces, actor.name) if actor.label == "Event" else tuple(actor.surfaces)  # another report's
        made.append(  # name of an incident is one of its names
            (
                ids[key],
                ActorAddition(facts.doc_id, actor.label, name or actor.name, kind or actor.kind, names, actor.date),
            )
        )
    return made


def add_relations(kg: KnowledgeGraph, facts: DocFacts, ids: dict[str, str]) -> tuple[set[Link], list[str]]:
    """Add a document's relations with their evidence; return the links (stored ends and type) they went to, and a
    message for each relation left out because its ends, as the graph labels them, break the ontology (one
    document's odd link never stops a build)."""
    links, left_out = set(), []
    for rel in facts.relations:
        evidence = Evidence(
            facts.doc_id,
            facts.text[rel.start : rel.end],
            rel.start,
            rel.end,
            facts.date,
            rel.certainty,
            rel.source,
            rel.confidence,
            rel.method,
        )
        subject, obj = ids[rel.subject], ids[rel.object]
        try:
            added = kg.add_relation(subject, rel.type, obj, evidence)
        except OntologyError as exc:
            left_out.append(f"{facts.doc_id}: {exc}, link left out")
            continue
        if added:
            links.add((*kg.edge_ends(subject, rel.type, obj), rel.type))
    return links, left_out


def add_document(
    kg: KnowledgeGraph, facts: DocFacts, ids: dict[str, str], canonical: Callable
) -> tuple[list[tuple[str, ActorAddition]], tuple[set[Link], list[str]]]:
    """Add a document's actors (``ids``: their node ids) and relations to the graph; return what it added (and
    the relations it left out)."""
    made = additions_of(facts, ids, canonical)
    for node_id, a in made:
        kg.add_actor(node_id, a.label, a.name, kind=a.kind, aliases=a.aliases, doc_id=a.doc_id, date=a.date)
    return made, add_relations(kg, facts, ids)


def _note(snapshot: Snapshot, part: Contribution, made: list[tuple[str, ActorAddition]]) -> None:
    """Keep a document's node additions with the nodes' others, and which nodes it added to."""
    for node_id, addition in made:
        snapshot.additions.setdefault(node_id, []).append(addition)
    part.nodes = list(dict.fromkeys(node_id for node_id, _ in made))


def assemble(
    version: str,
    facts: dict[str, DocFacts],
    keys: dict[str, str],
    signatures: dict[str, bytes],
    duplicates: dict[str, str],
    resolver: Resolver,
) -> Snapshot:
    """Add every document's facts to a new graph in id order, near-duplicates set aside, noting each one's part."""
    snapshot = Snapshot(version, KnowledgeGraph(), duplicates=dict(duplicates))
    kg = snapshot.graph
    for doc_id in sorted(facts):
        doc = facts[doc_id]
        part = snapshot.documents[doc_id] = Contribution(keys[doc_id], signatures[doc_id], bool(doc.actors))
        if doc_id in duplicates:
            continue
        ids, part.answers = resolver.resolve_traced(doc.actors)
        part.questions = questions(doc.actors)
        made, (part.links, part.left_out) = add_document(kg, doc, ids, resolver.canonical)
        _note(snapshot, part, made)
    return snapshot


def patch(
    snapshot: Snapshot,
    keys: dict[str, str],
    signatures: dict[str, bytes],
    duplicates: dict[str, str],
    facts_of: Callable[[str], DocFacts],
    canonical: Callable,
) -> bool:
    """Bring ``snapshot`` to the documents of ``keys`` (id -> key) by applying only what changed; whether it could.

    ``facts_of(doc_id)`` gives the facts of a document that joins the graph (changed, new, or no longer a
    near-duplicate). When this returns False the snapshot is spoilt: assemble again.
    """
    before = snapshot.documents
    was_in = snapshot.contributing()
    now_in = {doc_id for doc_id in keys if doc_id not in duplicates}
    leaving = sorted(d for d in was_in if d not in now_in or before[d].key != keys[d])
    joining = sorted(d for d in now_in if d not in was_in or before[d].key != keys[d])
    facts = {doc_id: facts_of(doc_id) for doc_id in joining}
    asked = {doc_id: questions(facts[doc_id].actors) for doc_id in joining}
    for doc_id in {*leaving, *joining}:
        if (before[doc_id].questions if doc_id in leaving else []) != asked.get(doc_id, []):
            return False  # its names could resolve other documents differently: assemble again
    answers = {doc_id: before[doc_id].answers for doc_id in leaving}
    kg, touched = snapshot.graph, set()
    for doc_id in leaving:
        kg.remove_evidence(doc_id, before[doc_id].links)
        for node_id in before[doc_id].nodes:
            snapshot.additions[node_id] = [a for a in snapshot.additions[node_id] if a.doc_id != doc_id]
            touched.add(node_id)
    snapshot.documents = {
        doc_id: Contribution(key, signatures[doc_id], bool(facts[doc_id].actors))
        if doc_id in facts
        else before[doc_id]
        if doc_id in now_in
        else Contribution(key, signatures[doc_id], False)  # a near-duplicate
        for doc_id, key in keys.items()
    }
    ids = {}
    for doc_id in joining:
        part = snapshot.documents[doc_id]
        part.questions, part.answers = asked[doc_id], answers.get(doc_id, [])
        ids[doc_id] = replay(facts[doc_id].actors, part.answers)
        made = additions_of(facts[doc_id], ids[doc_id], canonical)
        _note(snapshot, part, made)
        touched.update(part.nodes)
    for node_id in sorted(touched):
        snapshot.additions[node_id].sort(key=lambda a: a.doc_id)  # stable: one document's calls stay in order
        try:
            kg.redo_actor(node_id, snapshot.additions[node_id])
        except OntologyError:
            return False
        if not snapshot.additions[node_id]:
            del snapshot.additions[node_id]
    for doc_id in joining:
        part = snapshot.documents[doc_id]
        part.links, part.left_out = add_relations(kg, facts[doc_id], ids[doc_id])
    snapshot.duplicates = dict(duplicates)
    return True


def load(path: Path, version: str) -> Snapshot | None:
    """The snapshot at ``path`` when it was made by this pipeline version, else None (missing, older or unreadable:
    the build then assembles everything, as the first time)."""
    try:
        with path.open("rb") as fh, paused_gc():
            kept = pickle.load(fh)
    except Exception:  # any damage to a cache file means: start afresh
        return None
    if not isinstance(kept, tuple) or kept[:2] != (FORMAT, version):
        return None
    return kept[2]


def save(path: Path, snapshot: Snapshot) -> None:
    """Write the snapshot atomically (a temporary file beside it, renamed over it), first removing those a
    killed build left: one build at a time writes a cache (:func:`graph.build.build` holds its folder's lock)."""
    try:
        for left in path.parent.glob(f".{path.name}.*.tmp"):
            left.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise ActorGraphError(f"{path}: cannot write the build cache ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "wb") as fh, paused_gc():
            pickle.dump((FORMAT, snapshot.version, snapshot), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise ActorGraphError(f"{path}: cannot write the build cache ({exc.strerror or exc})") from None
        raise


def left_out(snapshot: Snapshot) -> list[str]:
    """Why the assembled documents' left-out links were left out, in document order."""
    return [message for _, c in sorted(snapshot.documents.items()) if c.questions is not None for message in c.left_out]


def no_actors(snapshot: Snapshot) -> list[str]:
    """The assembled documents with no actor, in id order."""
    return sorted(d for d, c in snapshot.documents.items() if c.questions is not None and not c.has_actors)

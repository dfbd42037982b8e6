"""The build: documents in, the knowledge graph out (loaders -> spaCy -> rules -> resolution -> graph)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from graph.extract import read_document
from graph.facts import DocFacts
from graph.gazetteer import load_gazetteer
from graph.kg import Evidence, KnowledgeGraph
from graph.nlp import load_nlp
from graph.resolve import Resolver
from loaders import Document, iter_documents

BATCH_SIZE = 64


@dataclass
class BuildResult:
    """The graph and what happened on the way."""

    graph: KnowledgeGraph
    documents: int = 0
    words: int = 0
    problems: list[str] = field(default_factory=list)


def extract(documents: Iterable[Document], batch_size: int = BATCH_SIZE) -> Iterator[DocFacts]:
    """Parse documents in batches with ``nlp.pipe`` and read each into facts."""
    nlp = load_nlp()
    pairs = ((d.text, d) for d in documents)
    for parsed, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield read_document(parsed, document.id, document.date)


def add_facts(kg: KnowledgeGraph, facts: DocFacts, resolver: Resolver) -> None:
    """Resolve one document's facts onto graph nodes and add them with their evidence."""
    ids = resolver.resolve_document(facts.actors)
    for key, actor in facts.actors.items():
        name, kind = resolver.canonical(ids[key])
        kg.add_actor(
            ids[key],
            actor.label,
            name or actor.name,
            kind=kind or actor.kind,
            aliases=actor.surfaces,
            doc_id=facts.doc_id,
            date=actor.date,
        )
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
        kg.add_relation(ids[rel.subject], rel.type, ids[rel.object], evidence)


def build_graph(
    paths: Iterable[Path],
    *,
    on_problem: Callable[[str], None] | None = None,
    on_document: Callable[[Document], None] | None = None,
) -> BuildResult:
    """Build the knowledge graph of every document under ``paths``.

    Unreadable files are reported through ``on_problem`` (one line each) and skipped.
    """
    result = BuildResult(KnowledgeGraph())
    resolver = Resolver(load_gazetteer())

    def problem(message: str) -> None:
        result.problems.append(message)
        if on_problem:
            on_problem(message)

    def documents() -> Iterator[Document]:
        for doc in iter_documents(paths, problem):
            result.documents += 1
            result.words += doc.words
            if on_document:
                on_document(doc)
            yield doc

    for facts in extract(documents()):
        add_facts(result.graph, facts, resolver)
    return result

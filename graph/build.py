"""The build: documents in, the knowledge graph out (loaders -> spaCy -> rules -> resolution -> graph).

Documents are parsed with ``nlp.pipe`` in batches, in this process or in ``jobs`` worker
processes that each load the pipeline once and return plain :class:`DocFacts`. With a cache
(:mod:`graph.cache`), documents read before are not parsed again. The graph is then made
from every document's facts in document-id order, near-identical copies counted once, so
the output is the same however the facts were obtained.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import chain
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING

from graph import seed_cache, snapshot
from graph.cache import FactsCache, document_key, pipeline_version
from graph.commit import OutputFolder
from graph.corrections import CorrectionReport, apply_corrections, load_corrections
from graph.engines import ENGINES
from graph.errors import ActorGraphError, NothingToBuildError
from graph.export import graph_data, graph_json_text, to_graphml_text
from graph.gazetteer import load_gazetteer
from graph.gc_pause import paused_gc, rare_collections
from graph.html import render_html
from graph.kg import KnowledgeGraph
from graph.outputs_key import GRAPH_OUTPUTS, outputs_key
from graph.resolve import Resolver
from loaders import Document, iter_documents
from loaders.duplicates import near_duplicates, signature
from loaders.facts import EXTRACTORS, DocFacts
from loaders.normalise import clean_data
from loaders.readers import MAX_BYTES
from loaders.spacy_import import import_spacy

if TYPE_CHECKING:  # spaCy and the extraction rules are imported only when a document must be parsed
    from spacy.language import Language
    from spacy.tokens import Doc

BATCH_SIZE = 32  # documents per nlp.pipe batch (16-32 parse fastest with the small English model)
TASK_SIZE = 16  # documents per task sent to a worker process
CHUNK_CHARS = 20_000  # longer texts are parsed in pieces (at line or sentence ends) and their facts joined
BATCH_CHARS = 160_000  # nlp.pipe batches hold at most this much text: a long text's pieces go 8 at a time, not 32
CACHE_FILE = Path("cache") / "facts.sqlite"  # inside the build folder

Parsed = tuple[Document, DocFacts | str]  # a document and its facts, or the problem that stopped them
Progress = Callable[[str, float, int | None], None]  # (stage, documents done, documents in all when known)
Piece = Callable[[Document, int, int], None]  # (a document read in pieces, pieces read, pieces in all)


@dataclass
class BuildResult:
    """The graph and what happened on the way."""

    graph: KnowledgeGraph
    documents: int = 0
    words: int = 0
    parsed: int = 0
    cached: int = 0
    patched: bool = False  # the last build's graph brought up to date, not assembled again from every document
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)
    duplicates: dict[str, str] = field(default_factory=dict)  # near-duplicate id -> id of the document kept
    no_actors: list[str] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)  # links whose ends break the ontology, each with its document
    corrections: CorrectionReport = field(default_factory=CorrectionReport)
    outputs_key: str | None = None  # the digest of the graph outputs' inputs (:mod:`graph.outputs_key`)

    def report(self) -> dict:
        """What the build read and set aside, as JSON-ready data that is the same for the same input
        (cleaned of characters a JSON consumer cannot take, such as those of undecodable file names)."""
        return clean_data(
            {
                "documents": self.documents,
                "words": self.words,
                "problems": sorted(self.problems),
                "duplicates": dict(sorted(self.duplicates.items())),
                "no_actors": self.no_actors,
                "left_out": self.left_out,
            }
        )


def split_text(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Pieces of at most ``limit`` characters that join back to ``text``, cut after a line break,
    else after a sentence, else after a space.

    >>> split_text("One two.\\nThree four. Five six. Seven", 14)
    ['One two.\\n', 'Three four. ', 'Five six. ', 'Seven']
    """
    pieces = []
    while len(text) > limit:
        cut = _cut(text, limit)
        pieces.append(text[:cut])
        text = text[cut:]
    return [*pieces, text]


def _cut(text: str, limit: int) -> int:
    """Where a piece ends: after the last line break, sentence end or space that fits, else at the limit."""
    for end in ("\n", ". ", " "):
        at = text.rfind(end, 0, limit - len(end) + 1)
        if at > 0:
            return at + len(end)
    return limit


def join_facts(doc: Document, pieces: list[tuple[int, DocFacts]]) -> DocFacts:
    """The facts of a document read in pieces (each with its offset in the text), as if read whole."""
    if len(pieces) == 1:
        return pieces[0][1]
    joined = DocFacts(doc.id, doc.date, doc.text)
    for offset, facts in pieces:
        for key, actor in facts.actors.items():
            joined.actors.setdefault(key, actor).surfaces.update(actor.surfaces)
        joined.relations += [replace(r, start=r.start + offset, end=r.end + offset) for r in facts.relations]
        joined.problems += facts.problems
    return joined


def batches(items: Iterable[tuple[str, object]], size: int, chars: int = BATCH_CHARS) -> Iterator[list]:
    """Consecutive ``(text, context)`` items in lists of at most ``size`` items and ``chars`` characters of text
    (an item longer than that alone).

    >>> [len(batch) for batch in batches([("a" * 50, 1)] * 7, size=4, chars=120)]
    [2, 2, 2, 1]
    """
    batch: list = []
    length = 0
    for item in items:
        if batch and (len(batch) == size or length + len(item[0]) > chars):
            yield batch
            batch, length = [], 0
        batch.append(item)
        length += len(item[0])
    if batch:
        yield batch


def parse(
    nlp: Language,
    documents: Iterable[Document],
    batch_size: int = BATCH_SIZE,
    chunk_chars: int = CHUNK_CHARS,
    extractor: str = "both",
    on_piece: Piece | None = None,
) -> Iterator[Parsed]:
    """Parse documents with ``nlp.pipe`` and read each into facts, in order.

    A text longer than ``chunk_chars`` is parsed and read in pieces whose facts are joined, and
    ``on_piece`` hears of each piece read. Pieces are streamed through ``nlp.pipe`` in batches of
    at most ``batch_size`` pieces and :data:`BATCH_CHARS` characters, so memory stays bounded
    however long the document. A document the rules fail on is reported, not fatal: the rest of
    the corpus goes on.
    """

    from loaders.extract import read_document

    def pieces() -> Iterator[tuple[str, tuple[Document, int, int, int]]]:
        for doc in documents:
            offset = 0
            parts = split_text(doc.text, chunk_chars)
            for number, piece in enumerate(parts, start=1):
                yield piece, (doc, offset, number, len(parts))
                offset += len(piece)

    def parsed() -> Iterator[tuple[Doc | Exception, tuple[Document, int, int, int]]]:
        """Each piece parsed, or what stopped the pipeline on it: a batch a component fails in is parsed again
        a piece at a time from the piece it failed at, so that only the pieces it fails on are lost."""
        for batch in batches(pieces(), batch_size):
            done = 0
            try:
                for parsed_piece in nlp.pipe(batch, as_tuples=True, batch_size=len(batch)):
                    done += 1
                    yield parsed_piece
            except Exception:  # one piece's text no component foresaw
                for text, context in batch[done:]:
                    try:
                        piece: Doc | Exception = nlp(text)
                    except Exception as exc:
                        piece = exc
                    yield piece, context

    read: list[tuple[int, DocFacts]] = []
    problem = ""
    with rare_collections():  # spaCy's tokens and spans by the million, each freed once read
        for piece, (doc, offset, number, in_all) in parsed():
            try:
                if isinstance(piece, Exception):
                    raise piece
                read.append((offset, read_document(piece, doc.id, doc.date, extractor)))
            except ActorGraphError:
                raise  # the set-up's fault (a seed file lacks a key the rules read), the same for every document
            except Exception as exc:  # one document's failure must not stop a corpus of thousands
                problem = problem or f"{doc.path}: {doc.id!r} could not be read ({type(exc).__name__}: {exc}), skipped"
            if on_piece is not None and in_all > 1:
                on_piece(doc, number, in_all)
            if number == in_all:  # the document's last piece
                yield doc, problem or join_facts(doc, read)
                read, problem = [], ""


def _parse_task(documents: list[Document], extractor: str, kept: tuple[Path, str] | None) -> list[DocFacts | str]:
    """A worker's task: parse a few documents with the worker's own pipeline (loaded once per process, with what
    the build keeps of the seeds in ``kept``: :func:`graph.seed_cache.where`)."""
    import_spacy()
    from loaders.nlp import load_nlp

    with seed_cache.kept_in(*kept) if kept else nullcontext():
        return [out for _, out in parse(load_nlp(), documents, len(documents), extractor=extractor)]


def extract(
    documents: list[Document],
    jobs: int = 1,
    batch_size: int = BATCH_SIZE,
    extractor: str = "both",
    on_piece: Piece | None = None,
) -> Iterator[Parsed]:
    """Every document with its facts: parsed here, in order (``on_piece`` hearing of each piece of a long
    one), or by up to ``jobs`` worker processes.

    Workers get tasks of up to :data:`TASK_SIZE` documents (fewer when that keeps them all
    busy) and only start when there are tasks for them; results come back as tasks finish.
    """
    if not documents:  # nothing to parse: spaCy is neither imported nor loaded
        return
    size = max(1, min(TASK_SIZE, -(-len(documents) // jobs)))
    tasks = [documents[i : i + size] for i in range(0, len(documents), size)]
    jobs = min(jobs, len(tasks))
    if jobs <= 1:
        import_spacy()
        from loaders.nlp import load_nlp

        yield from parse(load_nlp(), documents, batch_size, extractor=extractor, on_piece=on_piece)
        return
    pool = ProcessPoolExecutor(jobs, mp_context=get_context("spawn"))
    try:
        futures = {pool.submit(_parse_task, task, extractor, seed_cache.where()): task for task in tasks}
        for future in as_completed(futures):
            yield from zip(futures[future], future.result(), strict=True)
    except BrokenProcessPool as exc:
        raise ActorGraphError(f"a parsing process died ({exc}); try fewer --jobs") from None
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def snapshot_file(cache: Path) -> Path:
    """Where the assembled graph of the last build is kept (:mod:`graph.snapshot`): beside the facts cache."""
    return cache.with_suffix(".graph.pickle")


def is_url(path: str | Path) -> bool:
    """Whether an input is an fsspec URL (``file://``, ``s3://``, ``gs://``...), read by Dask workers.

    >>> is_url("s3://bucket/news"), is_url("file:///srv/news"), is_url(Path("corpus/news"))
    (True, True, False)
    """
    return isinstance(path, str) and "://" in path


def _engine(name: str, jobs: int, scheduler: str | None) -> AbstractContextManager:
    """The Dask engine for ``engine="dask"`` (imported only then), else nothing: :func:`extract` parses."""
    if name != "dask":
        return nullcontext()
    from graph.dask_engine import DaskEngine

    return DaskEngine(jobs, scheduler)


def add_facts(kg: KnowledgeGraph, facts: DocFacts, resolver: Resolver) -> None:
    """Resolve one document's facts onto graph nodes and add them with their evidence."""
    snapshot.add_document(kg, facts, resolver.resolve_document(facts.actors), resolver.canonical)


def build_graph(
    paths: Iterable[Path | str],
    *,
    jobs: int = 1,
    cache: Path | None = None,
    max_bytes: int = MAX_BYTES,
    batch_size: int = BATCH_SIZE,
    on_problem: Callable[[str], None] | None = None,
    on_progress: Progress | None = None,
    on_start: Callable[[], None] | None = None,
    extractor: str = "both",
    corrections: Path | None = None,
    engine: str = "local",
    scheduler: str | None = None,
) -> BuildResult:
    """Build the knowledge graph of every document under ``paths``.

    Raises :class:`NothingToBuildError` when no document under ``paths`` can be read, before
    anything is written; ``on_start`` is called once the first one is read, before the cache is
    opened. Unreadable files are reported through ``on_problem`` (one line each) and skipped;
    ``on_progress`` hears ``("reading", documents read, None)`` then ``("parsing", documents
    done, documents in all)``, and within a long document parsed in this process, after each of
    its pieces, ``("parsing ID: piece N of M", documents done and the share of this one, documents
    in all)``. With ``cache`` (a SQLite file), facts of documents read before come from it and new
    facts go into it; entries of documents no longer read are dropped.
    Worker processes (``jobs`` > 1) are spawned, so a script calling this needs the usual
    ``if __name__ == "__main__":`` guard. ``corrections`` (:mod:`graph.corrections`) are applied
    to the assembled graph.
    With ``engine="dask"`` documents are parsed on a Dask
    cluster (:mod:`graph.dask_engine`: the one at ``scheduler``, else ``jobs`` local workers), and
    ``paths`` may be fsspec URLs (``file://``, ``s3://``...), which the workers read themselves.
    """
    start = time.perf_counter()
    result = BuildResult(KnowledgeGraph())
    if extractor not in EXTRACTORS:
        raise ActorGraphError(f"unknown extractor {extractor!r}; choose one of {', '.join(EXTRACTORS)}")
    fixes = None if corrections is None else load_corrections(corrections)  # a bad file stops before any parsing
    version = pipeline_version(f"chunk_chars={CHUNK_CHARS}", f"extractor={extractor}")
    facts: dict[str, DocFacts] = {}  # of the documents parsed now or read from the cache
    signatures: dict[str, bytes] = {}  # MinHash of each document's text, kept in the cache
    keys: dict[str, str] = {}
    texts: dict[str, str] = {}  # of every document with facts
    unchanged: dict[str, Document] = {}  # documents the snapshot of the last build holds as they are now
    todo: list[Document] = []

    def problem(message: str) -> None:
        result.problems.append(message)
        if on_problem:
            on_problem(message)

    def progress(stage: str, done: int, total: int | None) -> None:
        if on_progress:
            on_progress(stage, done, total)

    paths = list(paths)
    where = ", ".join(map(str, paths)) or "no paths"
    nothing = NothingToBuildError(f"nothing to build: no readable document in {where}; nothing was changed")
    if engine not in ENGINES:
        raise ActorGraphError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    urls = [str(p) for p in paths if is_url(p)]
    if urls and (engine != "dask" or len(urls) < len(paths)):
        raise ActorGraphError("URLs are read by Dask workers: pass only URLs, with --engine dask")
    with _engine(engine, jobs, scheduler) as cluster:
        entries: Iterator[tuple[Document, DocFacts | str | None]]  # facts or problem from a worker, else None
        if urls:  # listed here (names only), read by the workers once the cache is open
            files = cluster.list_urls(urls, problem)
            if not files:
                raise nothing
        else:
            entries = ((doc, None) for doc in iter_documents(paths, problem, max_bytes))
            first = next(entries, None)
            if first is None:
                raise nothing
            entries = chain([first], entries)
        if on_start:
            on_start()

        def take(doc: Document, out: DocFacts | str) -> None:
            if isinstance(out, str):
                problem(out)
            else:
                if out.problems:  # a part of the page no rule could read: the page's other links are kept
                    unread = f"{len(out.problems)} part(s) could not be read, e.g. {out.problems[0]}"
                    problem(f"{doc.path}: {unread}; the rest was kept")
                facts[doc.id], texts[doc.id], signatures[doc.id] = out, out.text, signature(out.text)
                result.parsed += 1
                if store is not None:
                    store.put(keys[doc.id], out, signatures[doc.id])

        with (
            FactsCache(cache) if cache else nullcontext() as store,
            seed_cache.kept_in(cache.parent if cache else None, version),
        ):
            kept = snapshot.load(snapshot_file(cache), version) if store is not None else None
            stored = store.keys() if kept is not None else set()  # the snapshot's documents need their facts kept
            if urls:  # the workers read the files and parse what the cache does not have
                known = store.keys() if store is not None else set()
                entries = cluster.read_extract(
                    files,
                    known,
                    version=version,
                    max_bytes=max_bytes,
                    batch_size=batch_size,
                    extractor=extractor,
                    on_problem=problem,
                )
            for doc, out in entries:
                result.documents += 1
                result.words += doc.words
                keys[doc.id] = document_key(doc, version)
                part = kept.documents.get(doc.id) if kept and out is None else None
                if part is not None and part.key == keys[doc.id] and part.key in stored:  # as the last build had it
                    unchanged[doc.id], texts[doc.id], signatures[doc.id] = doc, doc.text, part.signature
                    result.cached += 1
                elif store is not None and out is None and (found := store.get(keys[doc.id], doc)) is not None:
                    facts[doc.id], signatures[doc.id] = found
                    texts[doc.id] = doc.text
                    result.cached += 1
                elif out is None:
                    todo.append(doc)
                else:
                    take(doc, out)
                progress("reading", result.documents, None)
            if not result.documents:
                raise nothing
            done = result.cached + result.parsed  # documents parsed or from the cache so far (piece() reads it)
            progress("parsing", done, result.documents)

            def piece(doc: Document, number: int, pieces: int) -> None:  # within a long document, parsed here
                progress(f"parsing {doc.id}: piece {number} of {pieces}", done + number / pieces, result.documents)

            parsed = (
                cluster.extract(todo, batch_size, extractor)
                if cluster
                else extract(todo, jobs, batch_size, extractor, on_piece=piece)
            )
            for doc, out in parsed:
                take(doc, out)
                done += 1
                progress("parsing", done, result.documents)
            if store is not None:
                store.keep_only(keys.values())

            def facts_of(doc_id: str) -> DocFacts:
                if doc_id not in facts:  # unchanged since the last build, needed after all
                    facts[doc_id] = store.get(keys[doc_id], unchanged[doc_id])[0]
                return facts[doc_id]

            result.duplicates = near_duplicates(texts, signatures)
            present = {doc_id: keys[doc_id] for doc_id in texts}
            result.outputs_key = outputs_key(version, present, corrections)
            resolvers: list[Resolver] = []

            def resolver() -> Resolver:  # made only when a document joins the graph
                if not resolvers:
                    resolvers.append(Resolver(load_gazetteer()))
                return resolvers[0]

            before = (dict(kept.documents), dict(kept.duplicates)) if kept is not None else None
            result.patched = kept is not None and snapshot.patch(
                kept, present, signatures, result.duplicates, facts_of, lambda node_id: resolver().canonical(node_id)
            )
            if not result.patched:
                every = {doc_id: facts_of(doc_id) for doc_id in present}
                kept = snapshot.assemble(version, every, present, signatures, result.duplicates, resolver())
            if store is not None and not (result.patched and (kept.documents, kept.duplicates) == before):
                snapshot.save(snapshot_file(cache), kept)  # unless the snapshot on disk is already this one
    result.graph = kept.graph
    result.no_actors = snapshot.no_actors(kept)
    result.left_out = snapshot.left_out(kept)
    if fixes is not None:
        result.corrections = apply_corrections(result.graph, fixes)
    result.seconds = time.perf_counter() - start
    return result


def outputs(result: BuildResult) -> dict[str, Callable[[], str | bytes]]:
    """A build's output files, each name with the function that makes its text (the graph's data is made
    once, for all of them). graph.json and graph.graphml are made of that data alone, cleaned of what a writer
    cannot take (:func:`~graph.export.graph_data`), and ASCII markup, so they come as their bytes, without the
    writer's guard of :func:`~graph.commit.file_bytes` looking again."""
    data = cache(lambda: graph_data(result.graph))
    return {
        "graph.json": lambda: graph_json_text(result.graph, data()).encode(),
        "graph.graphml": lambda: to_graphml_text(result.graph, data()).encode(),
        "graph.html": lambda: render_html(result.graph, data=data()).html,
        "build.json": lambda: json.dumps(result.report(), ensure_ascii=False, indent=1, sort_keys=True) + "\n",
    }


def build(
    paths: Iterable[Path | str],
    out_dir: Path,
    *,
    jobs: int = 1,
    max_bytes: int = MAX_BYTES,
    on_problem: Callable[[str], None] | None = None,
    on_progress: Progress | None = None,
    extractor: str = "both",
    corrections: Path | None = None,
    engine: str = "local",
    scheduler: str | None = None,
) -> tuple[BuildResult, list[Path]]:
    """Build the graph of ``paths`` into the build folder ``out_dir`` and commit every output at once
    (:mod:`graph.commit`); return the result and the paths written.

    Nothing on disk changes until a readable document is found; from then on the folder's lock
    is held, so a second build into ``out_dir`` stops with :class:`~graph.commit.BuildLockedError`.
    """
    with OutputFolder(out_dir) as folder:
        result = build_graph(
            paths,
            jobs=jobs,
            cache=Path(out_dir) / CACHE_FILE,
            max_bytes=max_bytes,
            on_problem=on_problem,
            on_progress=on_progress,
            on_start=folder.lock,
            extractor=extractor,
            corrections=corrections,
            engine=engine,
            scheduler=scheduler,
        )
        with paused_gc():
            return result, folder.commit(outputs(result), result.outputs_key, GRAPH_OUTPUTS)

"""The Dask engine: parsing and extraction as tasks on a ``dask.distributed`` cluster.

:class:`DaskEngine` connects to a scheduler (``--scheduler ADDRESS``) or starts a
``LocalCluster`` of ``jobs`` worker processes bound to loopback, with no dashboard, quiet logs
and the settings that keep spaCy as fast in a worker as in a plain process
(:data:`CLUSTER_SETTINGS`). Each worker loads the spaCy pipeline and the rules once
(:class:`LoadPipeline`); tasks get batches of documents, or of files named by fsspec URLs that
the workers read themselves, and only plain facts (:class:`~loaders.facts.DocFacts`) and problem
lines travel back. Resolution and assembly stay where the build started (:mod:`graph.build`). A
worker lost in the middle of a build has its tasks run again elsewhere by Dask.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path, PurePosixPath
from types import TracebackType

import dask
import fsspec
from distributed import Client, LocalCluster, WorkerPlugin, as_completed
from distributed.worker import Worker

from graph.build import Parsed, parse
from graph.cache import document_key
from graph.errors import ActorGraphError
from loaders import Document
from loaders.document_names import document_names
from loaders.facts import DocFacts
from loaders.nlp import load_nlp
from loaders.readers import READERS, Problem, read_jsonl

TASK_SIZE = 16  # documents (or files) per task
CONNECT_SECONDS = 30  # how long to wait for a scheduler
Remote = tuple[Document, DocFacts | str | None]  # a document read by a worker: its facts, its problem, or None (cached)
CLUSTER_SETTINGS = {  # Dask settings of a LocalCluster's processes (the README gives the same to `dask worker`)
    # The nanny starts workers with MALLOC_TRIM_THRESHOLD_ set, which pins glibc's mmap threshold at 128 KiB: spaCy's
    # larger arrays would be mapped, page-faulted and unmapped batch after batch (a tenth more CPU). 32 MiB is the
    # ceiling glibc's own adaptive threshold reaches in a process started without it (the local engine's workers).
    "distributed.nanny.pre-spawn-environ.MALLOC_MMAP_THRESHOLD_": 32 * 2**20,
    # Dask's statistical profiler walks the running task's stack every 10 ms, taking the GIL from spaCy each time.
    "distributed.worker.profile.enabled": False,
    # Event-loop health checks (every 20 ms) and system samples (every 500 ms): for dashboards, which this has none of.
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
}


class LoadPipeline(WorkerPlugin):
    """Loads the spaCy pipeline and the rules when a worker starts, so each worker loads them once."""

    name = "actorgraph-pipeline"

    def setup(self, worker: Worker) -> None:
        """Load the pipeline into the worker process (cached there by :func:`loaders.nlp.load_nlp`)."""
        load_nlp()


def parse_task(documents: list[Document], batch_size: int, extractor: str) -> list[DocFacts | str]:
    """A worker's task: the facts (or the problem) of each document, in order."""
    return [out for _, out in parse(load_nlp(), documents, batch_size, extractor=extractor)]


def _read_url(url: str, name: str, max_bytes: int, problems: list[str]) -> list[Document]:
    """The documents of one file named by a URL, read on the worker with the reader of its type and named
    ``name`` (:mod:`loaders.document_names`).

    A local file (``file://``) is read in place; any other is copied under its own name into a
    temporary folder first, and messages and paths name the URL.
    """
    fs, where = fsspec.core.url_to_fs(url)
    reader = READERS[PurePosixPath(where).suffix.lower()]
    if "file" in ({fs.protocol} if isinstance(fs.protocol, str) else set(fs.protocol)):
        return list(reader(Path(where), name, problems.append, max_bytes))
    with tempfile.TemporaryDirectory(prefix="actorgraph-") as tmp:
        local = Path(tmp) / PurePosixPath(where).name
        try:
            size = fs.size(where)
            if size is not None and size > max_bytes and reader is not read_jsonl:  # JSON Lines: limited by record
                problems.append(
                    f"{url}: {size:,} bytes is over the {max_bytes:,}-byte limit, skipped (raise --max-bytes)"
                )
                return []
            fs.get_file(where, str(local))
        except OSError as exc:
            problems.append(f"{url}: cannot read ({exc.strerror or exc}), skipped")
            return []
        found: list[str] = []
        documents = [replace(doc, path=url) for doc in reader(local, name, found.append, max_bytes)]
        problems += [message.replace(str(local), url) for message in found]
        return documents


def read_task(
    urls: list[tuple[str, str]], max_bytes: int, version: str, known: set[str], batch_size: int, extractor: str
) -> list[tuple[list[str], list[Remote]]]:
    """A worker's task over files named by URLs (each with its documents' name): for each file, its problem
    lines and its documents, each with its facts, or None when its cache key is in ``known`` (the client has
    its facts already)."""
    out = []
    for url, name in urls:
        problems: list[str] = []
        documents = _read_url(url, name, max_bytes, problems)
        todo = [doc for doc in documents if document_key(doc, version) not in known]
        parsed = dict(zip((d.id for d in todo), parse_task(todo, batch_size, extractor), strict=True))
        out.append((problems, [(doc, parsed.get(doc.id)) for doc in documents]))
    return out


def list_urls(urls: Sequence[str], on_problem: Problem) -> list[str]:
    """Every file of a supported type under the given URLs (files or folders), in a stable order;
    hidden entries are left out and each URL that names nothing readable is reported in one line."""
    found = []
    for url in urls:
        try:
            fs, where = fsspec.core.url_to_fs(url)
            if fs.isdir(where):
                files = sorted(
                    f
                    for f in fs.find(where)
                    if PurePosixPath(f).suffix.lower() in READERS
                    and not any(part.startswith(".") for part in PurePosixPath(f).relative_to(where).parts)
                )
                found += [fs.unstrip_protocol(f) for f in files]
            elif fs.isfile(where):
                if PurePosixPath(where).suffix.lower() in READERS:
                    found.append(url)
                else:
                    on_problem(f"{url}: unsupported file type {PurePosixPath(where).suffix or '(none)'!r}, skipped")
            else:
                on_problem(f"{url}: no such file or folder")
        except (OSError, ValueError, ImportError) as exc:
            on_problem(f"{url}: cannot read ({exc}), skipped")
    return found


def local_cluster(workers: int) -> LocalCluster:
    """A cluster of ``workers`` processes of one thread each on loopback, with :data:`CLUSTER_SETTINGS`, no
    dashboard and quiet logs."""
    with dask.config.set(CLUSTER_SETTINGS):
        return LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},  # its HTTP server (no dashboard) on any free port
            silence_logs=logging.ERROR,
        )


class DaskEngine:
    """A connection to a Dask cluster, made on first use and closed on exit; use as a context manager."""

    def __init__(self, jobs: int = 1, scheduler: str | None = None) -> None:
        self.jobs = jobs
        self.scheduler = scheduler
        self.cluster: LocalCluster | None = None
        self.client: Client | None = None

    def connect(self) -> Client:
        """The client, connected to the scheduler or to a new local cluster, with the pipeline plugin registered."""
        if self.client is not None:
            return self.client
        try:
            if self.scheduler:
                self.client = Client(self.scheduler, timeout=CONNECT_SECONDS)
            else:
                self.cluster = local_cluster(self.jobs)
                self.client = Client(self.cluster)
        except (OSError, TimeoutError) as exc:
            raise ActorGraphError(f"cannot reach the Dask scheduler at {self.scheduler} ({exc})") from None
        self.client.register_plugin(LoadPipeline())
        return self.client

    def list_urls(self, urls: Sequence[str], on_problem: Problem) -> list[str]:
        """The files under ``urls`` (:func:`list_urls`), listed here: only names, no contents, are fetched."""
        return list_urls(urls, on_problem)

    def extract(self, documents: list[Document], batch_size: int, extractor: str) -> Iterator[Parsed]:
        """Every document with its facts or its problem, as tasks of up to :data:`TASK_SIZE` documents finish."""
        if not documents:
            return
        client = self.connect()
        tasks = [documents[i : i + TASK_SIZE] for i in range(0, len(documents), TASK_SIZE)]
        futures = {client.submit(parse_task, task, batch_size, extractor, pure=False): task for task in tasks}
        for future in as_completed(futures):
            yield from zip(futures[future], future.result(), strict=True)

    def read_extract(
        self,
        files: Sequence[str],
        known: set[str],
        *,
        version: str,
        max_bytes: int,
        batch_size: int,
        extractor: str,
        on_problem: Problem,
    ) -> Iterator[Remote]:
        """Every document of ``files`` (URLs, see :func:`list_urls`), read and parsed by the workers, in file
        order: with its facts, its problem, or None when its key is in ``known``. Documents are named as local
        files are (:func:`~loaders.document_names.document_names` over the URLs' paths); a document id read
        before is reported and skipped."""
        client = self.connect()
        [shared] = client.scatter([known], broadcast=True, hash=False)
        named = list(zip(files, document_names([PurePosixPath(url.split("://", 1)[-1]) for url in files]), strict=True))
        tasks = [named[i : i + TASK_SIZE] for i in range(0, len(named), TASK_SIZE)]
        futures = [
            client.submit(read_task, task, max_bytes, version, shared, batch_size, extractor, pure=False)
            for task in tasks
        ]
        first: dict[str, str] = {}
        for future in futures:
            for problems, documents in future.result():
                for message in problems:
                    on_problem(message)
                for doc, out in documents:
                    if doc.id in first:
                        on_problem(f"{doc.path}: document id {doc.id!r} already read from {first[doc.id]}, skipped")
                        continue
                    first[doc.id] = doc.path
                    yield doc, out

    def __enter__(self) -> DaskEngine:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()

"""The Dask engine on a real LocalCluster of two worker processes: the same graph as a local build."""

from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from distributed import Client

from graph.build import BuildResult, build_graph
from graph.dask_engine import _read_url, local_cluster
from graph.export import graph_json_text

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
ACTORGRAPH = str(Path(sys.executable).parent / "actorgraph")
ARTICLES = 240

pytestmark = [pytest.mark.model, pytest.mark.timeout(600)]


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """The scheduler address of a LocalCluster shared by this module's tests, closed at the end."""
    with local_cluster(2) as running:
        yield running.scheduler_address


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated corpus of a few hundred short articles (``benchmarks/corpus.py``)."""
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "benchmarks" / "corpus.py")
    module = sys.modules[spec.name] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    folder = tmp_path_factory.mktemp("corpus")
    module.write_corpus(folder, ARTICLES, min_words=150, max_words=300)
    return folder


@pytest.fixture(scope="module")
def local_corpus_build(corpus: Path) -> BuildResult:
    """The corpus built here with one process: the reference."""
    return build_graph([corpus], jobs=1)


def test_sample_on_dask_is_byte_identical(cluster: str, sample_build: BuildResult) -> None:
    result = build_graph([SEEDS], engine="dask", scheduler=cluster)
    assert graph_json_text(result.graph) == graph_json_text(sample_build.graph)
    assert result.report() == sample_build.report()


def test_corpus_on_dask_is_byte_identical(cluster: str, corpus: Path, local_corpus_build: BuildResult) -> None:
    result = build_graph([corpus], engine="dask", scheduler=cluster)
    assert result.documents == ARTICLES and result.parsed == ARTICLES
    assert graph_json_text(result.graph) == graph_json_text(local_corpus_build.graph)


def test_urls_read_by_workers_and_cached(
    cluster: str, corpus: Path, local_corpus_build: BuildResult, tmp_path: Path
) -> None:
    """A file:// folder is read by the workers, its documents named as a local build names them; a rebuild
    after one change parses that document alone."""
    (tmp_path / "in" / "copy").mkdir(parents=True)
    for path in sorted(corpus.glob("*.txt"))[:40]:
        (tmp_path / "in" / path.name).write_bytes(path.read_bytes())
    (tmp_path / "in" / "copy" / "article-00000.txt").write_bytes((corpus / "article-00000.txt").read_bytes())
    (tmp_path / "in" / "broken.txt").write_bytes(b"\x00\x01binary")
    url, cache = f"file://{tmp_path / 'in'}", tmp_path / "facts.sqlite"
    first = build_graph([url], engine="dask", scheduler=cluster, cache=cache)
    assert (first.documents, first.parsed, first.cached) == (41, 41, 0)
    assert first.duplicates == {"in/article-00000": "copy/article-00000"}  # two files of one name, both read
    assert first.problems == [f"{tmp_path / 'in' / 'broken.txt'}: binary file, skipped"]
    assert graph_json_text(first.graph) == graph_json_text(build_graph([tmp_path / "in"]).graph)
    changed = tmp_path / "in" / "article-00003.txt"
    changed.write_text(changed.read_text() + "Kataib Hezbollah attacked the K-1 base.\n")
    second = build_graph([url], engine="dask", scheduler=cluster, cache=cache)
    assert (second.documents, second.parsed, second.cached) == (41, 1, 40)
    assert graph_json_text(second.graph) == graph_json_text(build_graph([tmp_path / "in"]).graph)


def test_worker_killed_mid_build_same_graph(corpus: Path, local_corpus_build: BuildResult, tmp_path: Path) -> None:
    """One of two workers is killed once the first tasks are done; Dask runs its tasks again elsewhere."""
    with local_cluster(2) as running, Client(running) as client:
        command = [ACTORGRAPH, "build", str(corpus), "--out", str(tmp_path / "out"), "--engine", "dask", "--quiet"]
        build = subprocess.Popen(
            [*command, "--scheduler", running.scheduler_address],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            deadline = time.monotonic() + 300
            while client.run_on_scheduler(_finished) < 2:  # the first tasks are done, the rest queued or running
                assert build.poll() is None and time.monotonic() < deadline, "the build ended before a worker was lost"
                time.sleep(0.2)
            pid = sorted(client.run(os.getpid).values())[0]
            os.kill(pid, signal.SIGKILL)
            _, stderr = build.communicate(timeout=300)
        finally:
            if build.poll() is None:
                build.kill()
                build.wait()
        assert build.returncode == 0, stderr
    text = (tmp_path / "out" / "graph.json").read_text(encoding="utf-8")
    assert text == graph_json_text(local_corpus_build.graph)


def _finished(dask_scheduler: object) -> int:
    """Parsing tasks whose results are held on the cluster (run on the scheduler)."""
    return sum(ts.state == "memory" and ts.key.startswith("parse_task") for ts in dask_scheduler.tasks.values())


def test_url_of_another_filesystem_is_copied_then_read(tmp_path: Path) -> None:
    """A file not on the worker's own disk (here through fsspec's simplecache) is copied under its name, then
    read by the reader of its type; documents and problems name the URL."""
    (tmp_path / "a.txt").write_text("date 2020-01-03\nIraq protested.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    problems: list[str] = []
    [doc] = _read_url(f"simplecache::file://{tmp_path / 'a.txt'}", "a", 1000, problems)
    assert (doc.id, doc.date, doc.path) == ("a", "2020-01-03", f"simplecache::file://{tmp_path / 'a.txt'}")
    assert _read_url(f"simplecache::file://{tmp_path / 'b.txt'}", "b", 1000, problems) == []
    assert problems == [f"simplecache::file://{tmp_path / 'b.txt'}: binary file, skipped"]

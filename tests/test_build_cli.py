"""The build command on whole corpora: parallel jobs, byte-identical output, and nothing lost to a kill."""

from __future__ import annotations

import importlib.util
import json
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ROOT
from typer.testing import CliRunner

from actorgraph.cli import app
from graph.build import CACHE_FILE, build_graph, split_text

runner = CliRunner()
ACTORGRAPH = str(Path(sys.executable).parent / "actorgraph")
OUTPUTS = ("graph.json", "graph.graphml", "graph.html", "build.json")

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def write_corpus() -> Callable[..., int]:
    """The synthetic news generator of ``benchmarks/corpus.py``."""
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "benchmarks" / "corpus.py")
    module = sys.modules[spec.name] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.write_corpus


def cached_rows(cache: Path) -> int:
    """Documents committed to a build cache so far (0 before it exists)."""
    try:
        with sqlite3.connect(f"file:{cache}?mode=ro", uri=True, timeout=1) as db:
            return db.execute("SELECT count(*) FROM facts").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_builds_are_byte_identical_with_or_without_cache_and_jobs(
    tmp_path: Path, write_corpus: Callable[..., int]
) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 12, min_words=150, max_words=200)
    first = runner.invoke(app, ["build", str(corpus), "--out", str(tmp_path / "a")])
    assert first.exit_code == 0, first.output
    assert "12 documents" in first.output and "12 parsed, 0 from cache" in first.output
    again = runner.invoke(app, ["build", str(corpus), "--out", str(tmp_path / "a")])
    assert "0 parsed, 12 from cache" in again.output
    parallel = runner.invoke(app, ["build", str(corpus), "--out", str(tmp_path / "b"), "--jobs", "2"])
    assert parallel.exit_code == 0, parallel.output
    for name in ("graph.json", "graph.graphml", "build.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_a_build_killed_mid_way_leaves_the_previous_output_and_the_next_completes(
    tmp_path: Path, write_corpus: Callable[..., int]
) -> None:
    out = tmp_path / "out"
    write_corpus(tmp_path / "small", 3, seed=1, min_words=100, max_words=150)
    previous = runner.invoke(app, ["build", str(tmp_path / "small"), "--out", str(out)])
    assert previous.exit_code == 0, previous.output
    before = {name: (out / name).read_bytes() for name in OUTPUTS}

    corpus = tmp_path / "corpus"
    write_corpus(corpus, 240, min_words=100, max_words=150)
    build = [ACTORGRAPH, "build", str(corpus), "--out", str(out), "--quiet"]
    stale = cached_rows(out / CACHE_FILE)  # the small corpus's rows, dropped once a build completes
    proc = subprocess.Popen(build, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 180  # the first batch commits in seconds; a loaded shared machine is slower
    while cached_rows(out / CACHE_FILE) == stale and proc.poll() is None:
        assert time.monotonic() < deadline, "the build never committed a batch"
        time.sleep(0.05)
    assert proc.poll() is None, "the build finished before it could be killed; make the corpus bigger"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done = cached_rows(out / CACHE_FILE) - stale
    assert 0 < done < 240, done

    assert {name: (out / name).read_bytes() for name in OUTPUTS} == before
    assert json.loads(before["graph.json"])["nodes"]

    rebuilt = runner.invoke(app, ["build", str(corpus), "--out", str(out)])
    assert rebuilt.exit_code == 0, rebuilt.output
    assert "240 documents" in rebuilt.output and f"{240 - done} parsed, {done} from cache" in rebuilt.output
    graph = (out / "graph.json").read_bytes()
    assert json.loads(graph)["nodes"] and graph != before["graph.json"]
    assert runner.invoke(app, ["build", str(corpus), "--out", str(out)]).exit_code == 0
    assert (out / "graph.json").read_bytes() == graph


def test_build_help_shows_jobs_and_max_bytes() -> None:
    result = runner.invoke(app, ["build", "--help"])
    assert "--jobs" in result.output and "--max-bytes" in result.output and "--strict" in result.output


@pytest.mark.parametrize("under", [False, True])
def test_an_out_that_is_a_file_is_one_line_and_the_file_stays(tmp_path: Path, under: bool) -> None:
    (tmp_path / "a.txt").write_text("Iran funds Hezbollah.", encoding="utf-8")
    (tmp_path / "notes").write_text("mine")
    out = tmp_path / "notes" / "out" if under else tmp_path / "notes"
    result = runner.invoke(app, ["build", str(tmp_path / "a.txt"), "--out", str(out)])
    assert result.exit_code == 1
    problem = f"cannot write ({tmp_path / 'notes'} is a file, not a folder)" if under else "is a file, not a folder"
    assert result.stderr.splitlines() == [f"error: {out}: {problem}"]
    assert (tmp_path / "notes").read_text() == "mine"


def test_a_long_document_shows_progress_piece_by_piece(tmp_path: Path, write_corpus: Callable[..., int]) -> None:
    write_corpus(tmp_path / "articles", 12, min_words=700, max_words=800)
    articles = sorted((tmp_path / "articles").glob("*.txt"))
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "long.txt").write_text("\n".join(p.read_text() for p in articles))  # over 40,000 chars
    (tmp_path / "corpus" / "short.txt").write_text(articles[0].read_text())
    heard: list[tuple[str, float, int | None]] = []
    build_graph([tmp_path / "corpus"], on_progress=lambda *call: heard.append(call))
    parsing = [(stage, done) for stage, done, total in heard if stage.startswith("parsing") and total == 2]
    pieces = split_text((tmp_path / "corpus" / "long.txt").read_text())
    assert len(pieces) >= 3
    assert parsing == [
        ("parsing", 0),
        *((f"parsing long: piece {n} of {len(pieces)}", n / len(pieces)) for n in range(1, len(pieces) + 1)),
        ("parsing", 1),
        ("parsing", 2),
    ]

"""A build's outputs are one commit: nothing to build changes nothing, a kill in the write phase leaves the
previous build whole, and a second build into the same folder stops (issue 9, #1 and #2), with real processes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graph.commit import WRITE_DELAY, OutputFolder

ACTORGRAPH = str(Path(sys.executable).parent / "actorgraph")
OUTPUTS = ("graph.json", "graph.graphml", "graph.html", "build.json")
FIRST = {"first.txt": "date 2020-01-03 Kataib Hezbollah is run by Abu Mahdi al-Muhandis.\n"}
SECOND = {
    "second.txt": "date 2020-01-05 Iran funds Hezbollah. Hamas is based in Gaza.\n",
    "third.txt": "date 2020-01-06 The United States sanctioned Qais Khazali.\n",
}


def corpus(folder: Path, files: dict[str, str]) -> Path:
    """A folder of the given text files."""
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def actorgraph(*args: str, delay: float = 0) -> subprocess.Popen:
    """The CLI in its own process; ``delay`` seconds of sleep after each output it writes."""
    env = {**os.environ, WRITE_DELAY: str(delay)}
    return subprocess.Popen([ACTORGRAPH, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def snapshot(out: Path) -> dict[str, bytes]:
    """Every file under a build folder (links followed) with its bytes."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def outputs(out: Path) -> dict[str, bytes]:
    """The outputs at their documented paths."""
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def doc_ids(out: Path) -> set[str]:
    """The documents graph.json cites."""
    return {doc for node in json.loads((out / "graph.json").read_text())["nodes"] for doc in node["doc_ids"]}


def wait_for(condition: object, proc: subprocess.Popen, what: str) -> None:
    """Poll until ``condition()`` holds while ``proc`` runs."""
    deadline = time.monotonic() + 60
    while not condition():
        assert proc.poll() is None, f"the build ended before {what}: {proc.communicate()}"
        assert time.monotonic() < deadline, f"never saw {what}"
        time.sleep(0.02)


@pytest.fixture(scope="module")
def previous(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build folder holding a good build of FIRST (copied by each test that changes it)."""
    root = tmp_path_factory.mktemp("previous")
    out = root / "out"
    proc = actorgraph("build", str(corpus(root / "first", FIRST)), "--out", str(out), "--quiet")
    assert proc.wait() == 0, proc.communicate()
    return out


def copy_build(previous: Path, to: Path) -> Path:
    """A copy of a build folder, links kept as links."""
    subprocess.run(["cp", "-a", str(previous), str(to)], check=True)
    return to


@pytest.mark.model
@pytest.mark.parametrize("bad", ["typo", "unreadable"])
def test_nothing_to_build_changes_nothing_and_says_so(tmp_path: Path, previous: Path, bad: str) -> None:
    out = copy_build(previous, tmp_path / "out")
    before = snapshot(out)
    source = tmp_path / "corpuz"  # no such folder
    if bad == "unreadable":
        corpus(source, {"empty.txt": ""})
        (source / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    proc = actorgraph("build", str(source), "--out", str(out))
    stdout, stderr = proc.communicate()
    assert proc.returncode == 1
    assert stderr.splitlines()[-1] == f"error: nothing to build: no readable document in {source}; nothing was changed"
    assert "Traceback" not in stderr and not stdout
    assert snapshot(out) == before  # graph, html, report, cache: untouched
    fresh = actorgraph("build", str(source), "--out", str(tmp_path / "new"))
    assert fresh.wait() == 1 and not (tmp_path / "new").exists()


@pytest.mark.model
def test_a_kill_in_the_write_phase_leaves_the_previous_build_whole(tmp_path: Path, previous: Path) -> None:
    out = copy_build(previous, tmp_path / "out")
    before = outputs(out)
    proc = actorgraph("build", str(corpus(tmp_path / "second", SECOND)), "--out", str(out), delay=30)
    wait_for(lambda: any(p.is_file() for p in out.glob(".build-*.partial/graph.json")), proc, "the write phase")
    assert outputs(out) == before  # readers see the old build while the new one is written
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert outputs(out) == before
    assert doc_ids(out) == {"first"} and json.loads(before["build.json"])["documents"] == 1

    rebuilt = actorgraph("build", str(tmp_path / "second"), "--out", str(out), "--quiet")
    assert rebuilt.wait() == 0, rebuilt.communicate()
    assert doc_ids(out) == {"second", "third"} and json.loads((out / "build.json").read_text())["documents"] == 2
    assert not [p.name for p in out.iterdir() if p.name.endswith((".partial", ".tmp"))]  # leftovers cleaned


@pytest.mark.model
def test_a_second_build_into_the_same_folder_stops_and_the_outputs_stay_whole(tmp_path: Path, previous: Path) -> None:
    out = copy_build(previous, tmp_path / "out")
    first = actorgraph("build", str(corpus(tmp_path / "second", SECOND)), "--out", str(out), "--quiet", delay=1)
    wait_for(lambda: (out / ".lock").read_text().strip() == str(first.pid), first, "the first build's lock")
    second = actorgraph("build", str(previous.parent / "first"), "--out", str(out))
    stdout, stderr = second.communicate()
    assert second.returncode == 1 and not stdout
    assert stderr.splitlines() == [
        f"error: {out}: another build (pid {first.pid}) is writing here; "
        "stopped without changing anything: wait for it to finish or build into another --out"
    ]
    assert first.wait() == 0, first.communicate()
    assert doc_ids(out) == {"second", "third"} and json.loads((out / "build.json").read_text())["documents"] == 2
    assert "Qais Khazali" in (out / "graph.html").read_text() and "Qais Khazali" in (out / "graph.graphml").read_text()


def test_a_legacy_build_folder_of_plain_files_is_taken_over(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for name in ("graph.json", "build.json"):
        (out / name).write_text("old")
    (out / ".graph.json.abc123.tmp").write_text("")  # a killed build's temporary file
    with OutputFolder(out) as folder:
        folder.lock()
        folder.commit({"graph.json": lambda: "new", "build.json": lambda: "{}"})
    assert (out / "graph.json").read_text() == "new" and (out / "graph.json").is_symlink()
    assert sorted(p.name for p in out.iterdir()) == [".lock", "build-1", "build.json", "current", "graph.json"]


def test_an_output_made_as_bytes_is_written_as_is_and_one_made_as_text_is_cleaned(tmp_path: Path) -> None:
    with OutputFolder(tmp_path / "out") as folder:
        folder.lock()
        folder.commit({"graph.json": lambda: b'{"name": "Iran"}\n', "build.json": lambda: '{"name": "Ir\x01an"}\n'})
    assert (tmp_path / "out" / "graph.json").read_bytes() == b'{"name": "Iran"}\n'
    assert (tmp_path / "out" / "build.json").read_bytes() == b'{"name": "Iran"}\n'

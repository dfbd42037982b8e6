"""A rebuild whose inputs are the last build's keeps the graph outputs without making them again; a changed input
(a document, the corrections) makes them anew."""

from __future__ import annotations

import os
from pathlib import Path

from graph.commit import KEY_FILE, OutputFolder
from graph.outputs_key import outputs_key


def never_made() -> str:
    raise AssertionError("made again")


def commit(out: Path, outputs: dict, key: str) -> None:
    """Commit ``outputs`` under ``key``, the graph files keyed."""
    with OutputFolder(out) as folder:
        folder.lock()
        folder.commit(outputs, key, ("graph.json",))


def test_a_commit_under_the_current_builds_key_links_the_keyed_outputs_without_making_them(tmp_path: Path) -> None:
    out = tmp_path / "out"
    commit(out, {"graph.json": lambda: '{"nodes": []}', "build.json": lambda: "{}"}, "k1")
    commit(out, {"graph.json": never_made, "build.json": lambda: '{"problems": 1}'}, "k1")
    assert os.readlink(out / "current") == "build-2"
    assert (out / "build-1" / "graph.json").stat().st_ino == (out / "build-2" / "graph.json").stat().st_ino
    assert (out / "build.json").read_text() == '{"problems": 1}'  # not keyed: made every time
    assert (out / "build-2" / KEY_FILE).read_text() == "k1"


def test_a_commit_under_another_key_makes_the_keyed_outputs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    commit(out, {"graph.json": lambda: '{"nodes": []}'}, "k1")
    commit(out, {"graph.json": lambda: '{"nodes": [1]}'}, "k2")
    assert (out / "graph.json").read_text() == '{"nodes": [1]}'
    assert (out / "current" / KEY_FILE).read_text() == "k2"


def test_a_commit_without_the_last_builds_files_makes_them(tmp_path: Path) -> None:
    out = tmp_path / "out"
    commit(out, {"graph.json": lambda: '{"nodes": []}'}, "k1")
    (out / "build-1" / "graph.json").unlink()
    commit(out, {"graph.json": lambda: '{"nodes": [2]}'}, "k1")
    assert (out / "graph.json").read_text() == '{"nodes": [2]}'


def test_changed_corrections_change_the_key(tmp_path: Path) -> None:
    fixes = tmp_path / "corrections.yaml"
    fixes.write_text("merge: []\n", encoding="utf-8")
    before = outputs_key("v1", {"a": "k1"}, fixes)
    assert before == outputs_key("v1", {"a": "k1"}, fixes) != outputs_key("v1", {"a": "k1"}, None)
    fixes.write_text("merge: [[a, b]]\n", encoding="utf-8")
    assert outputs_key("v1", {"a": "k1"}, fixes) != before

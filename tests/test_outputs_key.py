"""A rebuild whose inputs are the last build's keeps the graph outputs without making them again, and the build
cache's snapshot without writing it again; a changed input (a document, the corrections) makes them anew."""

from __future__ import annotations

import os
from pathlib import Path

from graph.build import CACHE_FILE, build, snapshot_file
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


def test_a_rebuild_of_an_unchanged_corpus_keeps_the_snapshot_and_a_changed_one_writes_it(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text("date 2023-05-02 The militia is led by Karim Haddad.\n", encoding="utf-8")
    out = tmp_path / "out"
    build([pages], out)
    kept = snapshot_file(out / CACHE_FILE)
    first = kept.stat().st_ino
    assert build([pages], out)[0].patched
    assert kept.stat().st_ino == first  # not written again
    assert (out / "build-1" / "graph.json").stat().st_ino == (out / "build-2" / "graph.json").stat().st_ino
    (pages / "b.txt").write_text("date 2023-05-03 Karim Haddad met officials in Beirut.\n", encoding="utf-8")
    again, _ = build([pages], out)
    assert again.parsed == 1
    assert kept.stat().st_ino != first
    assert (out / "build-3" / KEY_FILE).read_text() != (out / "build-2" / KEY_FILE).read_text()

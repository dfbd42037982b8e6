"""Symbolic links that lead nowhere or loop are reported, one line each, like any other unreadable file
(issue 9, #5: they were skipped silently with exit code 0)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from actorgraph.cli import app
from loaders import iter_documents

runner = CliRunner()


def linked_corpus(folder: Path) -> list[str]:
    """A corpus with a good file, a link to it, and links that dangle or loop; return the problems expected."""
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text("Iran funds Kataib Hezbollah.")
    (folder / "sub" / "linked.txt").symlink_to("../good.txt")  # a good link: read
    (folder / "gone.txt").symlink_to("missing.txt")
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "ping.md").symlink_to("pong.md")
    (folder / "pong.md").symlink_to("ping.md")
    (folder / "sub" / "up").symlink_to("..")
    (folder / "notes.pdf").symlink_to("missing.pdf")  # not a document type: not read, not reported
    return [
        f"{folder / 'gone.txt'}: cannot read (symbolic link to missing.txt, which does not exist), skipped",
        f"{folder / 'loop.txt'}: cannot read (symbolic link loop), skipped",
        f"{folder / 'ping.md'}: cannot read (symbolic link loop), skipped",
        f"{folder / 'pong.md'}: cannot read (symbolic link loop), skipped",
        f"{folder / 'sub' / 'up'}: cannot read (symbolic link loop back to {folder.resolve()}), skipped",
    ]


def test_links_that_lead_nowhere_or_loop_are_reported_one_line_each(tmp_path: Path) -> None:
    expected = linked_corpus(tmp_path / "corpus")
    problems: list[str] = []
    assert [d.id for d in iter_documents([tmp_path / "corpus"], problems.append)] == ["good", "linked"]
    assert sorted(problems) == sorted(expected)


def test_a_dangling_link_given_as_a_path_is_reported(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to("missing.txt")
    problems: list[str] = []
    assert not list(iter_documents([tmp_path / "gone.txt"], problems.append))
    assert problems == [
        f"{tmp_path / 'gone.txt'}: cannot read (symbolic link to missing.txt, which does not exist), skipped"
    ]


@pytest.mark.model
def test_build_with_bad_links_warns_and_exits_2(tmp_path: Path) -> None:
    expected = linked_corpus(tmp_path / "corpus")
    result = runner.invoke(app, ["build", str(tmp_path / "corpus"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2, result.output
    warnings = [line.removeprefix("warning: ") for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert sorted(warnings) == sorted(expected)
    assert result.stderr.splitlines()[-1] == f"{len(expected)} file(s) skipped or read with problems"

"""The Makefile compiles the project's modules again whenever one of them changes (a merge leaves them stale)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(shutil.which("make") is None, reason="no make on this machine")
def test_a_changed_module_is_compiled_again() -> None:
    dry_run = subprocess.run(
        ["make", "-n", "-W", "loaders/extract.py", ".venv/.compiled"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "compileall" in dry_run.stdout

"""The CLI and the graph's outputs import no spaCy, and a rebuild of an unchanged corpus neither imports nor loads
it (the README's promise): each checked in a fresh process, since the test process has spaCy loaded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from graph.build import build

SPACY_LOADED = "import sys; print(sorted(m for m in sys.modules if m.split('.')[0] == 'spacy'))"


def printed(code: str) -> list[str]:
    """What a fresh interpreter prints, a line each, after running ``code`` and then :data:`SPACY_LOADED`."""
    run = subprocess.run([sys.executable, "-c", f"{code}\n{SPACY_LOADED}"], capture_output=True, text=True, check=True)
    return run.stdout.splitlines()


def test_importing_the_cli_and_the_graph_outputs_leaves_spacy_out() -> None:
    assert printed("import actorgraph.cli, graph.build, graph.html") == ["[]"]


def test_a_rebuild_of_an_unchanged_corpus_imports_no_spacy(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text("date 2023-05-02 The militia is led by Karim Haddad.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert build([pages], out)[0].parsed == 1
    rebuild = "from pathlib import Path\nfrom graph.build import build\n" + (
        f"print(build([Path({str(pages)!r})], Path({str(out)!r}))[0].parsed)"
    )
    assert printed(rebuild) == ["0", "[]"]


def test_the_cli_and_the_outputs_import_no_web_client() -> None:
    web = "print(sorted(m for m in ('urllib.request', 'http.client', 'ssl', 'requests') if m in sys.modules))"
    assert printed(f"import sys, actorgraph.cli, graph.build, graph.html, graph.export\n{web}") == ["[]", "[]"]

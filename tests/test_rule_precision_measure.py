"""benchmarks/realtext/rule_precision.py on a gold file's pages: each rule's right and wrong links, warm or cold."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, SEEDS

pytestmark = pytest.mark.model

PAGE = (
    "KH is led by Abu Hussein al-Hamidawi. Shelling intensified around Kadugli as the war in Sudan entered its third"
    " year. The Lebanese army said Hezbollah fighters fired rockets at Israel."
)
ENTITIES = [
    {"id": "kh", "name": "Kataib Hezbollah", "label": "Organization", "mentions": ["KH"]},
    {"id": "hamidawi", "name": "Abu Hussein al-Hamidawi", "label": "Person", "mentions": []},
    {"id": "hezbollah", "name": "Hezbollah", "label": "Organization", "mentions": []},
    {"id": "israel", "name": "Israel", "label": "Country", "mentions": []},
    {"id": "kadugli", "name": "Kadugli", "label": "Location", "mentions": []},
    {"id": "sudan", "name": "Sudan", "label": "Country", "mentions": []},
]
RELATIONS = [  # the army's tie to Lebanon is not in this page's gold
    {"subject": "hamidawi", "type": "LEADS", "object": "kh"},
    {"subject": "hezbollah", "type": "ATTACKED", "object": "israel"},
    {"subject": "kadugli", "type": "LOCATED_IN", "object": "sudan"},
]


def measured(pages: tuple[Path, Path], out: Path, *options: str) -> tuple[dict[str, tuple[int, int]], str]:
    """Run the script on the page (a process of its own: seeds are read once a process); each rule's right and
    wrong links, and the file it wrote."""
    folder, gold = pages
    script = ROOT / "benchmarks" / "realtext" / "rule_precision.py"
    args = [sys.executable, str(script), "--gold", str(gold), "--articles", str(folder), "--out", str(out), *options]
    env = {k: v for k, v in os.environ.items() if k != "ACTORGRAPH_SEEDS"}
    done = subprocess.run(args, capture_output=True, text=True, check=True, cwd=ROOT, env=env)
    rows = [line.split() for line in done.stdout.splitlines() if line.endswith(" wrong")]
    return {row[0]: (int(row[2]), int(row[4])) for row in rows}, out.read_text(encoding="utf-8")


@pytest.fixture
def pages(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "kh_page.txt").write_text(PAGE + "\n", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    line = {"doc_id": "kh_page", "date": "2024-03-05", "entities": ENTITIES, "relations": RELATIONS}
    gold.write_text(json.dumps(line) + "\n", encoding="utf-8")
    return folder, gold


def test_each_rule_s_links_on_the_pages_of_a_gold_file_are_judged_right_or_wrong(
    pages: tuple[Path, Path], tmp_path: Path
) -> None:
    counts, text = measured(pages, tmp_path / "warm.yaml", "--seeds", str(SEEDS))
    assert counts["verb:lead"] == (1, 0)
    assert counts["verb:fire"] == (1, 0)
    assert counts["place-known-within"] == (1, 0)  # the gazetteer knows where Kadugli is
    assert counts["state-body"] == (0, 1)
    figures = yaml.safe_load(text)
    assert figures["methods"]["state-body"] < figures["families"]["verb"]  # wrong once, against right twice


def test_read_cold_the_gazetteer_forgets_the_gold_s_actors_and_the_header_says_so(
    pages: tuple[Path, Path], tmp_path: Path
) -> None:
    counts, text = measured(pages, tmp_path / "cold.yaml", "--cold")
    assert "place-known-within" not in counts  # Kadugli is a name nobody told the build
    assert counts["verb:lead"] == counts["verb:fire"] == (1, 0)  # read from the text alone
    header = " ".join(line[2:] for line in text.splitlines() if line.startswith("# "))
    assert f"the pages of {pages[1]} read cold" in header and "--cold" in header

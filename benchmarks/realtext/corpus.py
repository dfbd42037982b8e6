"""The real-text evaluation corpus: published articles kept as url, query, hash and gold.

Each ``articles/<doc_id>.json`` holds where the text comes from (``url``, the ``query`` that
finds it in the search tool's ``pages`` corpus, ``sha256`` and ``chars`` of the text), its
metadata and its gold annotations (the ontology's format, without evidence). The texts never
enter the repository: ``texts/<doc_id>.txt`` is rebuilt locally from the search result's
excerpt (``excerpts/<doc_id>.json``) by ``../shared/tools/place-excerpt``, which checks the hash.

The split is fixed by the text's hash, decided before any article was read: train (half),
dev (a fifth), test (the rest).

>>> split_of("00000000" + "0" * 56), split_of("00000005" + "0" * 56), split_of("00000009" + "0" * 56)
('train', 'dev', 'test')
"""

from __future__ import annotations

import hashlib
import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
TEXTS = HERE / "texts"
EXCERPTS = HERE / "excerpts"
PLACE_EXCERPT = HERE.parents[1].parent / "shared" / "tools" / "place-excerpt"
SPLITS = ("train", "dev", "test")


def split_of(sha256: str) -> str:
    """The split of an article, from the first eight hex digits of its text's hash."""
    bucket = int(sha256[:8], 16) % 10
    return "train" if bucket < 5 else "dev" if bucket < 7 else "test"


@dataclass(frozen=True)
class Article:
    """One article of the corpus: its record and where its text is."""

    record: dict

    @property
    def doc_id(self) -> str:
        return self.record["doc_id"]

    @property
    def split(self) -> str:
        return split_of(self.record["sha256"])

    @property
    def text_path(self) -> Path:
        return TEXTS / f"{self.doc_id}.txt"

    def text(self) -> str | None:
        """The text if it is present and its hash is the recorded one."""
        if not self.text_path.exists():
            return None
        text = self.text_path.read_text(encoding="utf-8")
        return text if hashlib.sha256(text.encode()).hexdigest() == self.record["sha256"] else None

    def gold(self) -> dict:
        """The gold line in the ontology's format."""
        keys = ("doc_id", "date", "entities", "relations")
        return {k: self.record[k] for k in keys}


def articles(split: str | None = None) -> list[Article]:
    """The corpus's articles, in doc_id order, all or one split's."""
    found = [Article(json.loads(p.read_text(encoding="utf-8"))) for p in sorted(ARTICLES.glob("*.json"))]
    return [a for a in found if split is None or a.split == split]


def place_texts() -> tuple[int, list[str]]:
    """Write every text whose excerpt is here and whose text is not; the number present, and the
    doc_ids that are missing or whose excerpt no longer has the recorded hash."""
    present, missing = 0, []
    for article in articles():
        if article.text() is not None:
            present += 1
            continue
        excerpt = EXCERPTS / f"{article.doc_id}.json"
        if excerpt.exists():
            cmd = [str(PLACE_EXCERPT), str(excerpt), str(article.text_path), "--sha256", article.record["sha256"]]
            if subprocess.run(cmd, capture_output=True).returncode == 0:
                present += 1
                continue
        missing.append(article.doc_id)
    return present, missing


def as_jsonl(items: list[Article], corpus: Path, gold: Path) -> int:
    """Write the present articles as a JSON Lines corpus and their gold beside it; how many."""
    n = 0
    with corpus.open("w", encoding="utf-8") as c, gold.open("w", encoding="utf-8") as g:
        for article in items:
            text = article.text()
            if text is None:
                continue
            rec = article.record
            c.write(
                json.dumps({"id": article.doc_id, "text": text, "date": rec["date"], "title": rec.get("title", "")})
            )
            c.write("\n")
            g.write(json.dumps(article.gold()) + "\n")
            n += 1
    return n

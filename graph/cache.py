"""The build cache: each document's extracted facts (and text signature), keyed by its content and the
pipeline's version.

A document's key is the SHA-256 of the pipeline version, its date and its normalised text,
so a rebuild re-reads only documents whose text or date changed, and any change to what
extraction depends on (package, spaCy or model version, seeds, ontology, extraction code)
makes every key new. Facts live in one SQLite file beside the build output; rows are
committed in batches, so a build killed mid-way keeps what it had finished and the next
build picks up from there.

>>> import tempfile, pathlib
>>> from loaders import Document
>>> doc = Document("d1", "Iran funds Kataib Hezbollah.", date="2020-01-02")
>>> facts = DocFacts("d1", doc.date, doc.text, {"iran": ActorFact("iran", "Country", "Iran", surfaces={"Iran"})})
>>> with FactsCache(pathlib.Path(tempfile.mkdtemp()) / "facts.sqlite") as cache:
...     cache.put(document_key(doc, "v1"), facts, b"minhash")
...     cache.get(document_key(doc, "v1"), doc) == (facts, b"minhash"), cache.get(document_key(doc, "v2"), doc)
(True, None)
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from types import TracebackType

from graph.errors import ActorGraphError
from graph.ontology import ONTOLOGY_PATH
from graph.seeds import seeds_dir
from loaders import Document
from loaders.facts import ActorFact, DocFacts, IncidentKey, RelationFact
from loaders.model import model_name

PIPELINE_MODULES = ("loaders.extract", "loaders.nlp")  # extraction's entry points; their imports count too
FIRST_PARTY = ("graph", "loaders")
SEED_FILES = ("actors.yaml", "relations.yaml", "relation_model.json", "rule_precision.yaml")
COMMIT_EVERY = 32
SCHEMA = 1  # the layout of the cache file; bump when it changes


_IMPORT = re.compile(r"^[ \t]*(?:from[ \t]+(\w[\w.]*)[ \t]+import\b|import[ \t]+([^\n#;]+))", re.MULTILINE)


def _imports(source: str) -> Iterable[str]:
    """The modules a source imports, anywhere in it (relative imports aside), read line by line: a tenth of
    the time of parsing it (a line of a docstring that reads as an import can only add a module).

    >>> sorted(_imports("import os, re as regex\\nfrom graph.kg import Evidence\\nfrom . import x\\n    import spacy"))
    ['graph.kg', 'os', 're', 'spacy']
    """
    for match in _IMPORT.finditer(source):
        if match.group(1):
            yield match.group(1)
        else:
            yield from (name.split()[0] for name in match.group(2).split(",") if name.strip())


@lru_cache(maxsize=1024)
def _imports_of(source: str) -> tuple[str, ...]:
    """:func:`_imports` of a source, read once a process (the build's two digests walk mostly the same modules)."""
    return tuple(_imports(source))


def pipeline_sources(roots: Iterable[str] = PIPELINE_MODULES, first_party: tuple[str, ...] = FIRST_PARTY) -> list[Path]:
    """The source files of ``roots`` and every module of the ``first_party`` packages they import, transitively,
    sorted."""
    found: dict[str, Path] = {}
    todo = list(roots)
    while todo:
        name = todo.pop()
        spec = None if name in found else importlib.util.find_spec(name)
        if spec is None or spec.origin is None:
            continue
        found[name] = Path(spec.origin)
        todo.extend(m for m in _imports_of(found[name].read_text(encoding="utf-8")) if m.split(".")[0] in first_party)
    return sorted(found.values())


def pipeline_version(*settings: str) -> str:
    """A digest of everything extraction depends on besides the document itself (and of ``settings``)."""
    model = model_name()
    digest = hashlib.sha256()
    for part in (
        importlib.metadata.version("actorgraph"),
        importlib.metadata.version("spacy"),
        model,
        importlib.metadata.version(model),
        *settings,
    ):
        digest.update(part.encode() + b"\0")
    seeds = [p for p in (seeds_dir() / name for name in SEED_FILES) if p.exists()]  # the model file is optional
    for path in [*seeds, ONTOLOGY_PATH, *pipeline_sources()]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def document_key(doc: Document, version: str) -> str:
    """The cache key of a document: its normalised text and date under one pipeline version."""
    return hashlib.sha256(f"{version}\0{doc.date}\0{doc.text}".encode()).hexdigest()


def facts_to_json(facts: DocFacts) -> str:
    """The facts without their document (id, date, text: the key already stands for those)."""
    actors = [  # fields are plain values
        {**vars(a), "surfaces": sorted(a.surfaces), "incident": a.incident and asdict(a.incident)}
        for a in facts.actors.values()
    ]
    return json.dumps({"actors": actors, "relations": [vars(r) for r in facts.relations]}, ensure_ascii=False)


def facts_from_json(text: str, doc: Document) -> DocFacts:
    """The facts of :func:`facts_to_json` given back to the document they were read from."""
    data = json.loads(text)
    actors = {
        a["key"]: ActorFact(
            **{
                **a,
                "surfaces": set(a["surfaces"]),
                "incident": a.get("incident") and IncidentKey.from_json(a["incident"]),
            }
        )
        for a in data["actors"]
    }
    return DocFacts(doc.id, doc.date, doc.text, actors, [RelationFact(**r) for r in data["relations"]])


class FactsCache:
    """Facts by document key in one SQLite file; use as a context manager (commits on exit)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, timeout=60)
            self.db.execute("PRAGMA journal_mode=WAL")
            if self.db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA:  # another layout: start afresh
                self.db.execute("DROP TABLE IF EXISTS facts")
                self.db.execute(f"PRAGMA user_version = {SCHEMA}")
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS facts (key TEXT PRIMARY KEY, facts TEXT NOT NULL, minhash BLOB NOT NULL)"
            )
        except (OSError, sqlite3.DatabaseError) as exc:
            raise ActorGraphError(f"{path}: cannot use the build cache ({exc}); delete it to start afresh") from None
        self.pending = 0

    def get(self, key: str, doc: Document) -> tuple[DocFacts, bytes] | None:
        """The cached facts of ``doc`` under ``key`` and its MinHash signature, or None."""
        row = self.db.execute("SELECT facts, minhash FROM facts WHERE key = ?", (key,)).fetchone()
        return (facts_from_json(row[0], doc), row[1]) if row else None

    def keys(self) -> set[str]:
        """The key of every document whose facts are stored."""
        return {key for (key,) in self.db.execute("SELECT key FROM facts")}

    def put(self, key: str, facts: DocFacts, minhash: bytes) -> None:
        """Store one document's facts and signature (committed with every :data:`COMMIT_EVERY` documents)."""
        self.db.execute("INSERT OR REPLACE INTO facts VALUES (?, ?, ?)", (key, facts_to_json(facts), minhash))
        self.pending += 1
        if self.pending >= COMMIT_EVERY:
            self.commit()

    def commit(self) -> None:
        """Make every stored row durable."""
        self.db.commit()
        self.pending = 0

    def keep_only(self, keys: Iterable[str]) -> int:
        """Drop every row whose key is not in ``keys`` (documents gone or changed); return how many."""
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS keep (key TEXT PRIMARY KEY)")
        self.db.execute("DELETE FROM keep")
        self.db.executemany("INSERT OR IGNORE INTO keep VALUES (?)", ((k,) for k in keys))
        dropped = self.db.execute("DELETE FROM facts WHERE key NOT IN (SELECT key FROM keep)").rowcount
        self.commit()
        return dropped

    def __enter__(self) -> FactsCache:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.commit()
        self.db.close()

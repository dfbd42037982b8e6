"""Readers for each input format, registered in one place, and the walk over files and folders.

Each reader turns one file into documents; problems with a file (unreadable, binary,
malformed line) are reported as one line naming the file through ``on_problem`` and the
rest of the corpus goes on.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("date 2020-01-03 Soleimani was killed.Iraq protested.")
>>> [(d.id, d.date, d.text) for d in iter_documents([folder])]
[('a', '2020-01-03', 'Soleimani was killed. Iraq protested.')]
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from loaders.document import Document
from loaders.normalise import normalise, split_date_line

Problem = Callable[[str], None]
MAX_BYTES = 20_000_000  # larger files are refused with a message; raise with --max-bytes


def _raise(message: str) -> None:
    raise ValueError(message)


def decode(raw: bytes, path: Path, on_problem: Problem) -> str | None:
    """Bytes to text: UTF-8, else the detected encoding (said so), else None for binary data."""
    if b"\x00" in raw[:8192]:
        on_problem(f"{path}: binary file, skipped")
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
        if best is None:
            on_problem(f"{path}: not valid UTF-8, decoded with replacement characters")
            return raw.decode("utf-8", errors="replace")
        on_problem(f"{path}: not valid UTF-8, decoded as {best.encoding}")
        return str(best)


def _make(doc_id: str, text: str, path: Path, **meta: str) -> Document:
    date, body = split_date_line(text)
    return Document(
        id=doc_id,
        text=normalise(body),
        date=meta.pop("date", "") or date or "",
        path=str(path),
        **{k: v for k, v in meta.items() if v},
    )


def read_text(path: Path, text: str, on_problem: Problem) -> Iterator[Document]:
    """A plain-text file: one document, id = file name without extension."""
    yield _make(path.stem, text, path)


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_MARKS = re.compile(r"^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+|[*_`]{1,3}(?=\S)|(?<=\S)[*_`]{1,3}", re.MULTILINE)


def read_markdown(path: Path, text: str, on_problem: Problem) -> Iterator[Document]:
    """A Markdown file: markup (headings, emphasis, links) stripped to its words."""
    yield _make(path.stem, _MD_MARKS.sub("", _MD_LINK.sub(r"\1", text)), path)


def read_html(path: Path, text: str, on_problem: Problem) -> Iterator[Document]:
    """An HTML page: the main text only (trafilatura drops navigation, scripts and boilerplate)."""
    import trafilatura

    body = trafilatura.extract(text, include_comments=False, include_tables=False, favor_recall=True)
    meta = trafilatura.extract_metadata(text)
    if not body:
        on_problem(f"{path}: no main text found in the HTML, skipped")
        return
    yield _make(
        path.stem,
        body,
        path,
        title=(meta.title or "") if meta else "",
        date=(meta.date or "") if meta else "",
        url=(meta.url or "") if meta else "",
    )


def read_jsonl(path: Path, text: str, on_problem: Problem) -> Iterator[Document]:
    """JSON Lines: one record a line with ``text`` and optional ``id``, ``date``, ``title``, ``url``, ``source``."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            on_problem(f"{path}:{number}: malformed JSON ({exc.msg}), line skipped")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            on_problem(f"{path}:{number}: record has no 'text' string, line skipped")
            continue
        meta = {k: str(record.get(k) or "") for k in ("date", "title", "url", "source")}
        yield _make(str(record.get("id") or f"{path.stem}-{number}"), record["text"], path, **meta)


READERS: dict[str, Callable[[Path, str, Problem], Iterator[Document]]] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
}
SUFFIXES = tuple(READERS)


def iter_files(paths: Iterable[Path], on_problem: Problem) -> Iterator[Path]:
    """Every readable file under the given files and folders, in a stable order."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in READERS
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        elif path.is_file():
            if path.suffix.lower() in READERS:
                yield path
            else:
                on_problem(f"{path}: unsupported file type {path.suffix or '(none)'!r}, skipped")
        else:
            on_problem(f"{path}: no such file or folder")


def iter_documents(
    paths: Iterable[Path], on_problem: Problem = _raise, max_bytes: int = MAX_BYTES
) -> Iterator[Document]:
    """Read every document under ``paths``; report each unreadable file once through ``on_problem``."""
    for path in iter_files(paths, on_problem):
        try:
            size = path.stat().st_size
            if size > max_bytes:
                on_problem(f"{path}: {size:,} bytes is over the {max_bytes:,}-byte limit, skipped (raise --max-bytes)")
                continue
            raw = path.read_bytes()
        except OSError as exc:
            on_problem(f"{path}: cannot read ({exc.strerror or exc}), skipped")
            continue
        text = decode(raw, path, on_problem)
        if text is None:
            continue
        if not text.strip():
            on_problem(f"{path}: empty file, skipped")
            continue
        yield from READERS[path.suffix.lower()](path, text, on_problem)

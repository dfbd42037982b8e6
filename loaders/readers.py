"""Readers for each input format, registered in one place, and the walk over files and folders.

Each reader turns one file into documents; problems with a file (too big, unreadable,
binary, not UTF-8, empty, a malformed line) are reported as one line naming the file (and
line) through ``on_problem`` and the rest of the corpus goes on. Whole-file formats are
refused over ``max_bytes``; JSON Lines are streamed, and ``max_bytes`` limits each record.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("date 2020-01-03 Soleimani was killed.Iraq protested.")
>>> [(d.id, d.date, d.text) for d in iter_documents([folder])]
[('a', '2020-01-03', 'Soleimani was killed. Iraq protested.')]
"""

from __future__ import annotations

import codecs
import errno
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from loaders.document import Document
from loaders.document_names import document_names
from loaders.normalise import clean, normalise, split_date_line
from loaders.page_dates import page_date

if TYPE_CHECKING:
    from lxml.html import HtmlElement

Problem = Callable[[str], None]
MAX_BYTES = 20_000_000  # larger files (JSON Lines: records) are refused with a message; raise with --max-bytes


_WHERE = re.compile(r"(.*?)(?::\d+)?: ")  # a problem line starts "FILE: " or "FILE:LINE: "


def problem_file(message: str) -> str:
    """The file a problem line names (every line ``on_problem`` hears starts with it, and a line number after it).

    >>> problem_file("corpus/feed.jsonl:3: record has no 'text' string, line skipped")
    'corpus/feed.jsonl'
    >>> problem_file("s3://news/a.txt: empty file, skipped")
    's3://news/a.txt'
    """
    found = _WHERE.match(message)
    return found.group(1) if found else message


def _raise(message: str) -> None:
    raise ValueError(message)


_DAMAGED_UTF8 = re.compile("[^\x00-\x7f\ufffd]")  # a valid non-ASCII character among the replaced ones


def _mostly_binary(sample: bytes) -> bool:
    """Whether over 30% of the bytes are neither printable ASCII nor whitespace (random or compressed data)."""
    odd = sum(1 for b in sample if (b < 32 and b not in b"\t\n\r\f") or b >= 127)
    return odd > 0.3 * len(sample)


def _latin_script(text: str) -> bool:
    """Whether most letters of ``text`` are Latin (ASCII, Latin-1 Supplement, Latin Extended)."""
    letters = [c for c in text[:100_000] if c.isalpha()]
    latin = sum(1 for c in letters if c <= "\u024f" or "\u1e00" <= c <= "\u1eff")
    return latin > len(letters) / 2


_TURKISH_ONLY = set("ğĞıİşŞ")  # where cp1254 differs from cp1252 (there: ð Ð ý Ý þ Þ)
_TURKISH = _TURKISH_ONLY | set("çÇöÖüÜâÂîÎûÛ")


def _western(raw: bytes) -> tuple[str, str]:
    """``raw`` in the Western encoding that fits: cp1254 (Turkish) when that reading has Turkish letters and
    most of its non-ASCII letters are Turkish, else cp1252, else latin-1 (which decodes any byte)."""
    try:
        turkish = raw.decode("cp1254")
    except UnicodeDecodeError:
        turkish = ""
    foreign = [c for c in turkish if c.isalpha() and not c.isascii()]
    if _TURKISH_ONLY.intersection(foreign) and sum(c in _TURKISH for c in foreign) > len(foreign) / 2:
        return turkish, "cp1254"
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "latin-1"


def detect(raw: bytes) -> tuple[str, str] | None:
    """Text and encoding of bytes that are not UTF-8, by charset-normalizer; Latin-script text is read in a
    Western encoding (:func:`_western`), which short texts are often mistaken for (cp1250, cp775). None when
    no encoding fits.

    >>> detect("Le président est arrivé à Saïda.".encode("latin-1"))
    ('Le président est arrivé à Saïda.', 'cp1252')
    >>> detect("Dışişleri Bakanlığı İstanbul'da açıkladı.".encode("cp1254"))
    ("Dışişleri Bakanlığı İstanbul'da açıkladı.", 'cp1254')
    >>> detect("Президент России встретился с министром.".encode("cp1251"))
    ('Президент России встретился с министром.', 'cp1251')
    """
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        return None
    if _latin_script(str(best)):
        return _western(raw)
    return str(best), best.encoding


_UNICODE_BOMS = (  # UTF-32's before UTF-16's, which they start with
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(raw: bytes, path: Path, on_problem: Problem) -> str | None:
    r"""Bytes to text, saying how when it is not clean UTF-8; None (reported) for binary data.

    UTF-8 with a few damaged bytes keeps its characters and gets replacement characters
    (U+FFFD) for the damage; UTF-16 or UTF-32 with a byte order mark is decoded as such; other
    text with no valid UTF-8 at all is decoded in its detected encoding (:func:`detect`), named
    in the message.

    >>> decode("Café in Beirut".encode("utf-8") + b"\xff", Path("a.txt"), print)
    a.txt: not valid UTF-8 (1 bad byte sequence), decoded with replacement characters
    'Café in Beirut�'
    >>> decode("Un café à Beyrouth, près du port, a été touché.".encode("cp1252"), Path("b.txt"), print)
    b.txt: not valid UTF-8, decoded as cp1252
    'Un café à Beyrouth, près du port, a été touché.'
    >>> decode("Iran funds Hezbollah.".encode("utf-16"), Path("c.txt"), print)
    c.txt: not valid UTF-8, decoded as utf-16-le (its byte order mark)
    'Iran funds Hezbollah.'
    """
    for bom, encoding in _UNICODE_BOMS:  # Windows' "Unicode" text, whose NUL bytes are not binary
        if raw.startswith(bom):
            try:
                text = raw[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                break
            on_problem(f"{path}: not valid UTF-8, decoded as {encoding} (its byte order mark)")
            return text
    if b"\x00" in raw[:8192]:
        on_problem(f"{path}: binary file, skipped")
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    replaced = raw.decode("utf-8-sig", errors="replace")
    if not _DAMAGED_UTF8.search(replaced):
        found = detect(raw)
        if found is not None:
            on_problem(f"{path}: not valid UTF-8, decoded as {found[1]}")
            return found[0]
        if _mostly_binary(raw[:8192]):
            on_problem(f"{path}: binary file, skipped")
            return None
    bad = replaced.count("\ufffd")
    on_problem(
        f"{path}: not valid UTF-8 ({bad} bad byte sequence{'s' * (bad > 1)}), decoded with replacement characters"
    )
    return replaced


def read_whole(path: Path, on_problem: Problem, max_bytes: int = MAX_BYTES) -> str | None:
    """The text of a whole file; None (reported) when it is over ``max_bytes``, unreadable, binary or empty."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            on_problem(f"{path}: {size:,} bytes is over the {max_bytes:,}-byte limit, skipped (raise --max-bytes)")
            return None
        raw = path.read_bytes()
    except OSError as exc:
        on_problem(f"{path}: cannot read ({exc.strerror or exc}), skipped")
        return None
    text = decode(raw, path, on_problem)
    if text is not None and not text.strip():
        on_problem(f"{path}: empty file, skipped")
        return None
    return text


def _day(value: str, where: str, on_problem: Problem) -> str:
    """The ISO day (YYYY-MM-DD) of a date or timestamp; "" for none, and for anything else, reported.

    >>> _day("2020-01-05T10:00:00Z", "feed.jsonl:1", print)
    '2020-01-05'
    >>> _day("2020-13-45", "feed.jsonl:2", print)
    feed.jsonl:2: date '2020-13-45' is not a date such as 2019-12-28, read without a date
    ''
    """
    if not value.strip():
        return ""
    try:
        return datetime.fromisoformat(value.strip()).date().isoformat()
    except ValueError:
        on_problem(f"{where}: date {value!r} is not a date such as 2019-12-28, read without a date")
        return ""


def _make(doc_id: str, text: str, where: str, path: Path, on_problem: Problem, **meta: str) -> Iterator[Document]:
    """The document of ``text`` (a leading date line taken off) read from ``where`` (its file, or file:line), dated
    by its metadata, its date line or else its header (:mod:`loaders.page_dates`); none, reported, when no text is
    left."""
    date, body = split_date_line(text)
    body = normalise(body)
    if not body:
        on_problem(f"{where}: no text{' after its date line' if date else ''}, skipped")
        return
    yield Document(
        id=clean(doc_id),
        text=body,
        date=_day(clean(meta.pop("date", "") or date or page_date(body)), where, on_problem),
        path=str(path),
        **{k: clean(v) for k, v in meta.items() if v},
    )


def read_text(path: Path, name: str, text: str, on_problem: Problem) -> Iterator[Document]:
    """A plain-text file: one document, id = ``name`` (the file's, :mod:`loaders.document_names`)."""
    yield from _make(name, text, str(path), path, on_problem)


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_HEADING = re.compile(r"^([ \t]{0,3}#{1,6}[ \t].*)\n(?=[^\n])", re.MULTILINE)  # a heading with text right below
# A list item that ends in a word, with no closing punctuation ("- X seized power on 5 September"): it gets a full
# stop, as an HTML list item does (:func:`_blocks_as_sentences`), so that it is not read as the next item's subject.
_MD_ITEM = re.compile(r"^[ \t]{0,3}(?:[-*+]|\d+\.)[ \t]+.*\w[*_`]*$", re.MULTILINE)
_MD_MARKS = re.compile(r"^[ \t]{0,3}(#{1,6}|>|[-*+]|\d+\.)[ \t]+|[*_`]{1,3}(?=\S)|(?<=\S)[*_`]{1,3}", re.MULTILINE)


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*\r?$\n?", re.DOTALL | re.MULTILINE)


def _front_matter(path: Path, text: str, on_problem: Problem) -> tuple[dict[str, str], str]:
    r"""A Markdown file's YAML front matter (Jekyll, Hugo, Pandoc) as metadata (``date``, ``title``, ``url``,
    ``source``), and the text after it; a block that is not valid YAML is reported and read as text.

    >>> _front_matter(Path("a.md"), "---\ntitle: Strike\ndate: 2020-01-05\ntags: [iraq]\n---\nIran funds KH.", print)
    ({'date': '2020-01-05', 'title': 'Strike'}, 'Iran funds KH.')
    """
    found = _FRONT_MATTER.match(text)
    if not found:
        return {}, text
    import yaml

    try:
        meta = yaml.safe_load(found.group(1))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" (line {mark.line + 2})" if mark else ""
        on_problem(f"{path}: front matter is not valid YAML{at}, read as text")
        return {}, text
    if not isinstance(meta, dict):  # not front matter: text between two rules
        return {}, text
    fields = {k: str(meta[k]) for k in ("date", "title", "url", "source") if meta.get(k) not in (None, "")}
    return fields, text[found.end() :]


def read_markdown(path: Path, name: str, text: str, on_problem: Problem) -> Iterator[Document]:
    """A Markdown file: its front matter taken as metadata, markup (headings, emphasis, links) stripped to its
    words, each heading a paragraph of its own (a blank line after it ends its sentence) as Markdown renders it."""
    meta, body = _front_matter(path, text, on_problem)
    body = _MD_ITEM.sub(r"\g<0>.", body)  # "- X seized power on 5 September": a sentence, as an HTML item is
    body = _MD_HEADING.sub("\\1\n\n", _MD_LINK.sub(r"\1", body))
    yield from _make(name, _MD_MARKS.sub("", body), str(path), path, on_problem, **meta)


# Elements that end a block of text in a browser: each is read as its own sentence (lists and tables aside, as
# trafilatura renders them). HTML's own vocabulary, not a word list of the rules.
_BLOCK_TAGS = (
    *("p", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "caption", "li", "dt", "dd", "blockquote", "pre"),
    *("div", "section", "article", "header", "footer", "aside", "address", "summary"),
)
_BLOCK_END = "\u00b6"  # the pilcrow marks each block's end through trafilatura, which drops symbols such as U+2424
_SENTENCE_END = re.compile(r"[.!?:;\u2026][\"')\]]*$")


def _mark_blocks(page: str) -> HtmlElement | str:
    """The page's tree with a pilcrow at the end of each block (:data:`_BLOCK_TAGS`), so that blocks stay apart
    however trafilatura extracts the text: its rescue of short pages joins them with spaces. Pilcrows the page
    has (permalink anchors) are dropped first; a page lxml cannot parse is left as it is."""
    from trafilatura import load_html

    tree = load_html(page)
    if tree is None:
        return page
    for element in tree.iter():
        for part in ("text", "tail"):
            if _BLOCK_END in (getattr(element, part) or ""):
                setattr(element, part, getattr(element, part).replace(_BLOCK_END, " "))
    for block in tree.iter(*_BLOCK_TAGS):
        if len(block):
            block[-1].tail = (block[-1].tail or "") + _BLOCK_END
        else:
            block.text = (block.text or "") + _BLOCK_END
    return tree


def _blocks_as_sentences(text: str) -> str:
    r"""The text of marked blocks (:func:`_mark_blocks`), one block a line, each ending a sentence: a heading, a
    caption or a list item with no closing punctuation gets a full stop, so that it is never read as part of the
    next block's first sentence.

    >>> _blocks_as_sentences("Strike near Baghdad\u00b6 Photo: AP\u00b6 Iran funds KH.\u00b6\n- Drones\u00b6 \u00b6")
    'Strike near Baghdad.\nPhoto: AP.\nIran funds KH.\n- Drones.'
    """
    blocks = [block.strip() for block in text.split(_BLOCK_END)]
    return "\n".join(block if _SENTENCE_END.search(block) else block + "." for block in blocks if block)


def read_html(path: Path, name: str, text: str, on_problem: Problem) -> Iterator[Document]:
    """An HTML page: the main text only (trafilatura drops navigation, scripts and boilerplate), each block
    (heading, caption, paragraph, list item) its own line and sentence, even when the page has no line breaks."""
    import trafilatura

    body = trafilatura.extract(_mark_blocks(text), include_comments=False, include_tables=False, favor_recall=True)
    body = _blocks_as_sentences(body or "")
    meta = trafilatura.extract_metadata(text)
    if not body:
        on_problem(f"{path}: no main text found in the HTML, skipped")
        return
    yield from _make(
        name,
        body,
        str(path),
        path,
        on_problem,
        title=(meta.title or "") if meta else "",
        date=(meta.date or "") if meta else "",
        url=(meta.url or "") if meta else "",
    )


def _record(path: Path, name: str, number: int, line: str, on_problem: Problem) -> Document | None:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        on_problem(f"{path}:{number}: malformed JSON ({exc.msg}), line skipped")
        return None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        on_problem(f"{path}:{number}: record has no 'text' string, line skipped")
        return None
    if not record["text"].strip():
        on_problem(f"{path}:{number}: record has an empty 'text', line skipped")
        return None
    meta = {k: str(record.get(k) or "") for k in ("date", "title", "url", "source")}
    where, doc_id = f"{path}:{number}", record.get("id")
    if isinstance(doc_id, bool) or not isinstance(doc_id, str | int | None):
        on_problem(f"{where}: 'id' {json.dumps(doc_id)} is not a string or number, read as {name}-{number}")
        doc_id = None
    return next(_make(str(doc_id or f"{name}-{number}"), record["text"], where, path, on_problem, **meta), None)


def _lines(fh: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """The lines of a binary file, None for each line over ``max_bytes`` (read past in pieces, never held)."""
    while line := fh.readline(max_bytes + 1):
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def read_jsonl(path: Path, name: str, on_problem: Problem, max_bytes: int = MAX_BYTES) -> Iterator[Document]:
    """JSON Lines, read a line at a time: one record a line with ``text`` and optional ``id`` (else
    ``name``-LINE), ``date``, ``title``, ``url``, ``source``. ``max_bytes`` limits each record, not the file,
    so exports of any size are read in bounded memory."""
    damaged: list[int] = []
    lines = 0
    try:
        with path.open("rb") as fh:
            if b"\x00" in fh.peek(8192)[:8192]:
                on_problem(f"{path}: binary file, skipped")
                return
            for number, raw in enumerate(_lines(fh, max_bytes), start=1):
                if raw is None:
                    lines += 1
                    on_problem(
                        f"{path}:{number}: record over the {max_bytes:,}-byte limit, line skipped (raise --max-bytes)"
                    )
                    continue
                raw = raw.rstrip(b"\r\n")
                try:
                    line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                except UnicodeDecodeError:
                    damaged.append(number)
                    line = raw.decode("utf-8", errors="replace")
                if line.strip():
                    lines += 1
                    doc = _record(path, name, number, line, on_problem)
                    if doc is not None:
                        yield doc
    except OSError as exc:
        on_problem(f"{path}: cannot read ({exc.strerror or exc}), skipped")
        return
    if damaged:
        on_problem(
            f"{path}:{damaged[0]}: not valid UTF-8 ({len(damaged)} line{'s' * (len(damaged) > 1)}), "
            "decoded with replacement characters"
        )
    if not lines:
        on_problem(f"{path}: empty file, skipped")


Parse = Callable[[Path, str, str, Problem], Iterator[Document]]  # (file, document name, text, on_problem)
Reader = Callable[[Path, str, Problem, int], Iterator[Document]]  # (file, document name, on_problem, max_bytes)


def whole_file(parse: Parse) -> Reader:
    """The reader of a format parsed from a file's whole text (read by :func:`read_whole`, so limited)."""

    def read(path: Path, name: str, on_problem: Problem, max_bytes: int = MAX_BYTES) -> Iterator[Document]:
        text = read_whole(path, on_problem, max_bytes)
        if text is not None:
            yield from parse(path, name, text, on_problem)

    return read


READERS: dict[str, Reader] = {
    ".txt": whole_file(read_text),
    ".text": whole_file(read_text),
    ".md": whole_file(read_markdown),
    ".markdown": whole_file(read_markdown),
    ".html": whole_file(read_html),
    ".htm": whole_file(read_html),
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
}
SUFFIXES = tuple(READERS)


def _is_build_folder(folder: Path) -> bool:
    """Whether ``folder`` holds an actorgraph build (its graph.html is output, not input)."""
    return (folder / "build.json").is_file() and (folder / "graph.json").is_file()


def _unreadable_link(path: Path) -> str | None:
    """The problem with a symbolic link that leads nowhere or loops, or None for any other path."""
    if not path.is_symlink():
        return None
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return f"{path}: cannot read (symbolic link loop), skipped"
        return f"{path}: cannot read (symbolic link to {os.readlink(path)}, which does not exist), skipped"
    return None


def _kind(path: Path) -> tuple[str, str]:
    """What ``path`` is: ``("dir", "")``, ``("build", "")`` (a build folder), ``("file", "")`` or ``("none", "")``;
    or ``("problem", the line saying why it cannot be read)``: a link that leads nowhere or loops, or a folder
    that may not be looked into."""
    try:
        if problem := _unreadable_link(path):
            return "problem", problem
        if path.is_dir():
            return ("build" if _is_build_folder(path) else "dir"), ""
        return ("file" if path.is_file() else "none"), ""
    except OSError as exc:
        return "problem", f"{path}: cannot read ({exc.strerror or exc}), skipped"


def _walk(folder: Path, on_problem: Problem, ancestors: tuple[Path, ...]) -> Iterator[Path]:
    """The files of a supported type under ``folder``, hidden entries and build folders left out, symbolic
    links followed; a link that leads nowhere, loops, or points back to a folder above it is reported, and
    so is a folder that may not be read."""
    try:
        entries = list(folder.iterdir())
    except OSError as exc:
        on_problem(f"{folder}: cannot read ({exc.strerror or exc}), skipped")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        kind, problem = _kind(entry)
        if kind == "problem":
            if not entry.suffix or entry.suffix.lower() in READERS:  # named like a folder or a document
                on_problem(problem)
        elif kind == "dir":
            real = entry.resolve()
            if real in ancestors:
                on_problem(f"{entry}: cannot read (symbolic link loop back to {real}), skipped")
            else:
                yield from _walk(entry, on_problem, (*ancestors, real))
        elif kind == "file" and entry.suffix.lower() in READERS:
            yield entry


def iter_files(paths: Iterable[Path], on_problem: Problem) -> Iterator[Path]:
    """Every readable file under the given files and folders, in a stable order, each once (a file named
    again, or inside a folder named too, is not read twice); hidden files and the build output folders
    found inside them are left out, and links that lead nowhere or loop reported."""
    seen: set[str] = set()
    for path in _named_files(paths, on_problem):
        if (where := os.path.abspath(path)) not in seen:
            seen.add(where)
            yield path


def _named_files(paths: Iterable[Path], on_problem: Problem) -> Iterator[Path]:
    """The files under each of ``paths`` in turn (see :func:`iter_files`), a file named twice twice."""
    for path in map(Path, paths):
        kind, problem = _kind(path)
        if problem:
            on_problem(problem)
        elif kind == "dir":
            yield from sorted(_walk(path, on_problem, (path.resolve(),)))
        elif kind == "file":
            if path.suffix.lower() in READERS:
                yield path
            else:
                on_problem(f"{path}: unsupported file type {path.suffix or '(none)'!r}, skipped")
        elif kind == "none":
            on_problem(f"{path}: no such file or folder")


def iter_documents(
    paths: Iterable[Path], on_problem: Problem = _raise, max_bytes: int = MAX_BYTES
) -> Iterator[Document]:
    """Read every document under ``paths``; report each problem once, naming the file, through ``on_problem``.

    Files are listed first, so that documents are named by their file's name, with its folders where two files
    have one name (:mod:`loaders.document_names`). Document ids are unique: a document whose id was already read
    (a JSON Lines record's own id) is reported and skipped.
    """
    first: dict[str, str] = {}
    files = list(iter_files(paths, on_problem))
    names = document_names([Path(os.path.abspath(file)) for file in files])
    for path, name in zip(files, names, strict=True):
        for doc in READERS[path.suffix.lower()](path, name, on_problem, max_bytes):
            if doc.id in first:
                on_problem(f"{path}: document id {doc.id!r} already read from {first[doc.id]}, skipped")
                continue
            first[doc.id] = doc.path
            yield doc

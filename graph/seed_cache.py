"""What a process makes from the seed files, kept between builds in the build's cache folder.

Parsing ``seeds/actors.yaml`` into the gazetteer and tokenising its 5,970 surface forms for the phrase
rulers cost about a second of CPU at every start, the same each time until the seeds or the code change.
A build keeps what they make in its cache folder (``out/cache/seeds-NAME.pickle``), under the pipeline's
version (:func:`graph.cache.pipeline_version`: a digest of the seed files, the ontology, the pipeline's
code and the versions of actorgraph, spaCy and the model), so the next build in that folder loads it
instead. A file of another version (stale) or one that cannot be read (damaged) is made again and written
over, atomically: a reader sees the old file or the new one, never a part.

A new build folder starts cold, so what is made is also kept in the user's cache folder (:func:`shared_folder`:
``$ACTORGRAPH_CACHE``, else ``$XDG_CACHE_HOME/actorgraph`` or ``~/.cache/actorgraph``; an empty
``ACTORGRAPH_CACHE`` keeps nothing there), one file a name and version (``seeds-NAME-VERSION.pickle``, the
:data:`KEPT_VERSIONS` newest of a name kept), and a build folder that lacks a file copies it from there: only
the first build of a pipeline version on a machine makes it.

Nothing is kept outside :func:`kept_in`:

>>> cached("answer", lambda: 42)
42
>>> import tempfile
>>> from unittest import mock
>>> folder = Path(tempfile.mkdtemp())
>>> with kept_in(folder, "v1"), mock.patch.dict(os.environ, {"ACTORGRAPH_CACHE": ""}):  # the build folder alone
...     cached("answer", lambda: 42), cached("answer", lambda: 0)  # the second is read from the file
(42, 42)
>>> with kept_in(folder, "v2"), mock.patch.dict(os.environ, {"ACTORGRAPH_CACHE": ""}):
...     cached("answer", lambda: 43)  # another version: made again
43
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from graph.gc_pause import paused_gc

T = TypeVar("T")
FORMAT = 1  # the layout of a cache file; bump when it changes
KEPT_VERSIONS = 3  # files of a name the user's cache folder keeps, the newest (other worktrees, other versions)
_PLACES: list[tuple[Path, str]] = []  # where (folder) and under which pipeline version, innermost last


@contextmanager
def kept_in(folder: Path | None, version: str) -> Iterator[None]:
    """Keep what :func:`cached` makes in ``folder`` under ``version`` while inside (nothing kept with None)."""
    if folder is None:
        yield
        return
    _PLACES.append((Path(folder), version))
    try:
        yield
    finally:
        _PLACES.pop()


def where() -> tuple[Path, str] | None:
    """The folder and version :func:`kept_in` set, for a worker process to keep its own there."""
    return _PLACES[-1] if _PLACES else None


def cache_file(folder: Path, name: str) -> Path:
    """The file holding ``name``."""
    return folder / f"seeds-{name}.pickle"


def shared_folder() -> Path | None:
    """The user's cache folder, kept across build folders (see the module), or None when ``ACTORGRAPH_CACHE`` is
    set empty."""
    chosen = os.environ.get("ACTORGRAPH_CACHE")
    if chosen is not None:
        return Path(chosen) if chosen else None
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "actorgraph"


def shared_file(folder: Path, name: str, version: str) -> Path:
    """The file of the user's cache folder holding ``name`` made under ``version``."""
    return folder / f"seeds-{name}-{version}.pickle"


def cached(name: str, make: Callable[[], T]) -> T:
    """What ``make()`` gives, read from the cache folder when it was kept there under this version, else copied
    from the user's cache folder when kept there, else made and written to both (a folder that cannot be written
    to only means it is made again next time)."""
    if not _PLACES:
        return make()
    folder, version = _PLACES[-1]
    path = cache_file(folder, name)
    found, value = _read(_bytes_of(path), version)
    if found:
        return value
    shared = shared_folder()
    if shared is not None:
        data = _bytes_of(shared_file(shared, name, version))
        found, value = _read(data, version)
        if found:
            _write_bytes(path, data)
            return value
    value = make()
    with paused_gc():
        data = pickle.dumps((FORMAT, version, value), protocol=pickle.HIGHEST_PROTOCOL)
    _write_bytes(path, data)
    if shared is not None:
        _write_bytes(shared_file(shared, name, version), data)
        _forget_old_versions(shared, name)
    return value


def _bytes_of(path: Path) -> bytes:
    """What the file holds, or nothing when it cannot be read."""
    try:
        return path.read_bytes()
    except OSError:
        return b""


def _read(data: bytes, version: str) -> tuple[bool, object]:
    """Whether ``data`` is a value pickled under ``version``, and the value."""
    try:
        with paused_gc():
            kept = pickle.loads(data)
        if isinstance(kept, tuple) and len(kept) == 3 and kept[:2] == (FORMAT, version):
            return True, kept[2]
    except Exception:  # missing or damaged: made again
        pass
    return False, None


def _forget_old_versions(folder: Path, name: str) -> None:
    """Remove the user's cache files of ``name`` but the :data:`KEPT_VERSIONS` newest."""
    try:
        files = sorted(folder.glob(f"seeds-{name}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[KEPT_VERSIONS:]:
            old.unlink(missing_ok=True)
    except OSError:  # another build removed one first
        pass


def _write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` into a temporary file beside ``path`` and rename it over ``path``."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError:
        pass
    finally:
        Path(tmp).unlink(missing_ok=True)  # left only when the rename did not happen

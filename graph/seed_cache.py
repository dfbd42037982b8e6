"""What a process makes from the seed files, kept between builds in the build's cache folder.

Parsing ``seeds/actors.yaml`` into the gazetteer and tokenising its 5,970 surface forms for the phrase
rulers cost about a second of CPU at every start, the same each time until the seeds or the code change.
A build keeps what they make in its cache folder (``out/cache/seeds-NAME.pickle``), under the pipeline's
version (:func:`graph.cache.pipeline_version`: a digest of the seed files, the ontology, the pipeline's
code and the versions of actorgraph, spaCy and the model), so the next build in that folder loads it
instead. A file of another version (stale) or one that cannot be read (damaged) is made again and written
over, atomically: a reader sees the old file or the new one, never a part.

Nothing is kept outside :func:`kept_in`:

>>> cached("answer", lambda: 42)
42
>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> with kept_in(folder, "v1"):
...     cached("answer", lambda: 42), cached("answer", lambda: 0)  # the second is read from the file
(42, 42)
>>> with kept_in(folder, "v2"):
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


def cached(name: str, make: Callable[[], T]) -> T:
    """What ``make()`` gives, read from the cache folder when it was kept there under this version, else made
    and written there (a folder that cannot be written to only means it is made again next time)."""
    if not _PLACES:
        return make()
    folder, version = _PLACES[-1]
    path = cache_file(folder, name)
    try:
        with path.open("rb") as fh, paused_gc():
            kept = pickle.load(fh)
        if isinstance(kept, tuple) and len(kept) == 3 and kept[:2] == (FORMAT, version):
            return kept[2]
    except Exception:  # missing or damaged: make it again
        pass
    value = make()
    _write(path, (FORMAT, version, value))
    return value


def _write(path: Path, value: object) -> None:
    """Pickle ``value`` into a temporary file beside ``path`` and rename it over ``path``."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as fh, paused_gc():
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass
    finally:
        Path(tmp).unlink(missing_ok=True)  # left only when the rename did not happen

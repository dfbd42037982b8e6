"""A build folder's outputs as one commit: written into a new folder beside the old, switched in one rename.

A build folder ``out/`` looks like this::

    out/graph.json -> current/graph.json   the documented paths (and graph.graphml, graph.html, build.json)
    out/current -> build-7                 the switch: a symbolic link replaced in one rename
    out/build-7/                           the outputs of the current build
    out/build-6/                           the build before, kept for a reader that has just followed current
    out/cache/, out/db/                    the build cache and the graph database, outside the commit
    out/.lock                              locked (fcntl) by the build writing here; holds its pid

A build writes every output into ``.build-8.partial/`` (an output the same as the current build's is
hard-linked to it rather than written again), renames that to ``build-8`` and then
points ``current`` at it with one rename, so ``out/graph.json`` and the rest show the old
build or the new one, never a mix, and a build killed at any point leaves the old one
current. The next build removes what a killed one left and builds older than the previous.
A second build into a folder that one is writing to stops at once, naming the first one.

``ACTORGRAPH_TEST_WRITE_DELAY`` (seconds, for tests only) makes a build sleep after each
output it writes, so a test can kill it in the middle of the write phase.
"""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import time
from collections.abc import Callable, Collection
from pathlib import Path
from types import TracebackType
from typing import TextIO

from graph.errors import ActorGraphError, write_error
from loaders.normalise import clean

CURRENT = "current"
KEY_FILE = ".key"  # in a build folder: the digest of its keyed outputs' inputs
LOCK_FILE = ".lock"
WRITE_DELAY = "ACTORGRAPH_TEST_WRITE_DELAY"
_BUILD = re.compile(r"build-(\d+)")
_LEFTOVER = re.compile(r"\..*\.(partial|tmp)")  # a killed build's folder, link or file


class BuildLockedError(ActorGraphError):
    """Another build is writing to the same build folder."""


def file_bytes(text: str) -> bytes:
    """What an output file holds: ``text`` in UTF-8, unsafe characters dropped (a writer's guard)."""
    return clean(text).encode()


def write_file(path: Path, data: bytes) -> None:
    """Write ``data`` (:func:`file_bytes`) to ``path`` and flush it to disk."""
    with path.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _link(old: Path, new: Path) -> bool:
    """Hard-link ``old`` as ``new`` (a build's files are never changed once committed, so two builds can share
    one); whether it did."""
    try:
        os.link(old, new)
    except OSError:  # no such file, or a filesystem without hard links: write it
        return False
    return True


def _link_if_same(old: Path, new: Path, data: bytes) -> bool:
    """Hard-link ``old`` as ``new`` when it already holds ``data``; whether it did."""
    try:
        if old.stat().st_size != len(data) or old.read_bytes() != data:
            return False
    except OSError:  # no such file: write it
        return False
    return _link(old, new)


def _read_key(build: Path) -> str | None:
    """The key a committed build folder was made under (:meth:`OutputFolder.commit`), or None."""
    try:
        return (build / KEY_FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _sync_folder(folder: Path) -> None:
    """Flush a folder's entries (new names, renames) to disk."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    """Remove a file, link or folder tree."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


class OutputFolder:
    """A build folder that one build at a time commits its outputs to; use as a context manager.

    >>> import tempfile
    >>> out = Path(tempfile.mkdtemp()) / "out"
    >>> with OutputFolder(out) as folder:
    ...     folder.lock()
    ...     [p.name for p in folder.commit({"graph.json": lambda: "{}"})]
    ['graph.json']
    >>> (out / "graph.json").read_text(), os.readlink(out / "current"), os.readlink(out / "graph.json")
    ('{}', 'build-1', 'current/graph.json')
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock: TextIO | None = None

    def lock(self) -> None:
        """Create the folder if need be, take its lock and remove what killed builds left.

        Raises :class:`BuildLockedError` at once when another build holds the lock.
        """
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            fh = (self.path / LOCK_FILE).open("a+", encoding="utf-8")
        except OSError as exc:
            raise write_error(self.path, exc, folder=True) from None
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "?"
            fh.close()
            raise BuildLockedError(
                f"{self.path}: another build (pid {holder}) is writing here; "
                "stopped without changing anything: wait for it to finish or build into another --out"
            ) from None
        fh.seek(0)
        fh.truncate()
        fh.write(f"{os.getpid()}\n")
        fh.flush()
        self._lock = fh
        self._clean()

    def release(self) -> None:
        """Let the next build in."""
        if self._lock is not None:
            self._lock.close()  # closing the file releases the lock
            self._lock = None

    def __enter__(self) -> OutputFolder:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.release()

    def _builds(self) -> dict[int, Path]:
        """The committed-looking build folders by number."""
        return {
            int(m.group(1)): entry
            for entry in self.path.iterdir()
            if (m := _BUILD.fullmatch(entry.name)) and entry.is_dir() and not entry.is_symlink()
        }

    def _current(self) -> int | None:
        """The number of the current build, None before the first."""
        try:
            m = _BUILD.fullmatch(os.readlink(self.path / CURRENT))
        except OSError:
            return None
        return int(m.group(1)) if m else None

    def _clean(self) -> None:
        """Remove killed builds' leftovers and every build but the current one and the one before it."""
        current = self._current()
        builds = self._builds()
        before = max((n for n in builds if current is not None and n < current), default=None)
        for number, folder in builds.items():
            if number not in (current, before):
                shutil.rmtree(folder)
        for entry in self.path.iterdir():
            if _LEFTOVER.fullmatch(entry.name):
                _remove(entry)

    def commit(
        self, outputs: dict[str, Callable[[], str | bytes]], key: str | None = None, keyed: Collection[str] = ()
    ) -> list[Path]:
        """Write each output (file name -> a function making its text, or its bytes when they hold nothing
        :func:`file_bytes` would drop) into a new build folder and make that the current build in one rename;
        return the outputs' documented paths (``out/graph.json``...).

        The outputs named in ``keyed`` depend on nothing but ``key`` (a digest of their inputs, kept in the
        build folder's :data:`KEY_FILE`): when the current build has the same key, they are hard-linked from it
        without being made."""
        if self._lock is None:
            raise RuntimeError("commit() needs lock() first")
        current = self._current()
        previous = self.path / f"build-{current}" if current is not None else None
        number = max([*self._builds(), current or 0]) + 1
        staging = self.path / f".build-{number}.partial"
        delay = float(os.environ.get(WRITE_DELAY) or 0)
        same = key is not None and previous is not None and _read_key(previous) == key
        try:
            staging.mkdir()
            for name, make in outputs.items():
                if not (same and name in keyed and _link(previous / name, staging / name)):
                    made = make()
                    data = made if isinstance(made, bytes) else file_bytes(made)
                    if previous is None or not _link_if_same(previous / name, staging / name, data):
                        write_file(staging / name, data)
                time.sleep(delay)
            if key is not None:
                write_file(staging / KEY_FILE, key.encode())
            _sync_folder(staging)
            staging.rename(self.path / f"build-{number}")
            self._replace_link(CURRENT, f"build-{number}")
            for name in outputs:
                self._replace_link(name, f"{CURRENT}/{name}")
            _sync_folder(self.path)
            self._clean()
        except OSError as exc:
            raise ActorGraphError(
                f"{exc.filename or self.path}: cannot write the build ({exc.strerror or exc}); "
                "the previous build is still current"
            ) from None
        return [self.path / name for name in outputs]

    def _replace_link(self, name: str, target: str) -> None:
        """Make ``name`` a symbolic link to ``target`` in one rename (a no-op when it already is one)."""
        at = self.path / name
        if at.is_symlink() and os.readlink(at) == target:
            return
        tmp = self.path / f".{name}.link.tmp"
        tmp.unlink(missing_ok=True)
        os.symlink(target, tmp)
        os.replace(tmp, at)

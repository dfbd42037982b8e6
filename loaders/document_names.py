"""Document names from file names: a file's name without its extension, with its folders only when needed.

A name used by one file alone is that file's name without extension, as it always was, so the ids
of existing builds do not change. Files whose names collide (``a/report.txt`` and ``b/report.txt``)
are told apart by the fewest folders above them that do it (``a/report`` and ``b/report``), and files
of one name in one folder by their extension as well (``story.md`` and ``story.txt``). The names depend
only on the set of files read, not on their order or on how they were named on the command line.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import PurePath


def _shortest_unique(parts: tuple[str, ...], others: list[tuple[str, ...]]) -> str:
    """The fewest trailing ``parts`` that no path of ``others`` ends with, joined by "/" (all of them if none)."""
    for k in range(1, len(parts)):
        if all(other[-k:] != parts[-k:] for other in others):
            return "/".join(parts[-k:])
    return "/".join(parts)


def document_names(files: Sequence[PurePath]) -> list[str]:
    """The name of each file's documents (for JSON Lines, the start of the ids of records without one), in
    order; ``files`` are distinct absolute paths (or the paths of URLs).

    >>> from pathlib import PurePosixPath as P
    >>> document_names([P("/c/a/report.txt"), P("/c/b/report.txt"), P("/c/note.txt"), P("/d/x/report.md")])
    ['a/report', 'b/report', 'note', 'x/report']
    >>> document_names([P("/c/story.txt"), P("/c/story.md")])
    ['story.txt', 'story.md']
    """
    names = [file.stem for file in files]
    by_stem: dict[str, list[int]] = defaultdict(list)
    for i, name in enumerate(names):
        by_stem[name].append(i)
    for group in by_stem.values():
        stemmed = {i: (*files[i].parent.parts, names[i]) for i in group}
        for i in group:
            others = [j for j in group if j != i]
            if any(stemmed[j] == stemmed[i] for j in others):  # one name in one folder: the extensions tell apart
                names[i] = _shortest_unique(files[i].parts, [files[j].parts for j in others])
            elif others:
                names[i] = _shortest_unique(stemmed[i], [stemmed[j] for j in others])
    return names

"""The one document type every loader produces."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Document:
    """A document's normalised text and metadata; every offset in the graph refers to ``text``.

    >>> Document("d1", "Kataib Hezbollah is run by Abu Mahdi al-Muhandis.", date="2019-12-28").words
    8
    """

    id: str
    text: str
    date: str = ""
    title: str = ""
    url: str = ""
    source: str = ""
    path: str = ""

    @property
    def words(self) -> int:
        """Number of whitespace-separated words."""
        return len(self.text.split())

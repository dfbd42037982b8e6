"""More names of one incident: its phrase without the larger place its place lies in ("a strike at a home in the
city of Qom" of "a strike at a home in the city of Qom in central Iran")."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.syntax import MentionIndex


def within_place(words: list[Token], index: MentionIndex) -> list[Token]:
    """The words before an "in" that names a place after a place was named, or none when no such "in"."""
    places = {"Location", "Country"}
    placed = False
    for t in sorted(words, key=lambda t: t.i):
        outer = [index.at(p) for p in t.children if p.dep_ == "pobj"]
        if placed and t.lower_ == "in" and t.dep_ == "prep" and any(m and m.label in places for m in outer):
            return [w for w in words if w.i < t.i]
        placed = placed or ((m := index.at(t)) is not None and m.label in places)
    return []

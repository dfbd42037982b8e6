"""A group named with the person it is under: "Asaib Ahl al-Haq under Qais Khazali", "the movement, under Walid
Haddad since 2019, ..." (the person LEADS the group). The prepositions are ``led_under_preps`` of
``seeds/relations.yaml``; only a named body's own preposition counts, not a verb's ("fought under X").
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.syntax import actors_of

if TYPE_CHECKING:
    from loaders.extract import DocReader


@cache
def led_under_preps() -> frozenset[str]:
    """The prepositions that put a named body under its head."""
    return frozenset(load_seed_yaml("relations.yaml")["led_under_preps"])


def led_under(reader: DocReader, prep: Token) -> None:
    """The person after "under" leads the armed group or party the preposition hangs on, or is written right after
    (the parser may hang "under" on the list's noun: "militias such as X under Y")."""
    if prep.dep_ != "prep" or prep.lower_ not in led_under_preps():
        return
    before = reader.index.at(prep.doc[prep.i - 1]) if prep.i > 0 else None  # "such as X under Y": the parse's head
    body = reader.index.at(prep.head) or (before if before is not None and before.end == prep.i else None)
    if body is None or body.label != "Organization" or body.kind not in {"armed_group", "political_party"}:
        return
    heads = [m for c in prep.children if c.dep_ == "pobj" for m in actors_of(c, reader.index, with_preps=False)]
    people = [m for m in heads if m.label == "Person"]
    reader.emit_all(people, "LEADS", [body], prep, f"led-under:{prep.lower_}", 0.7)

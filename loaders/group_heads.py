"""A group named with the person it is under or whose it is: "Asaib Ahl al-Haq under Qais Khazali", "the Ras
Kamboni militia of Ahmed Madobe" (the person LEADS the group). The prepositions are ``group_head_preps`` of
``seeds/relations.yaml``; only a named body's own preposition counts, not a verb's ("fought under X"). A state's force
is headed by the person it is said to be of ("the Sudanese Armed Forces of General X"; ``force_head_preps``), not the
one it served under ("the Congolese army under President X": a time, not its head).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.mentions import Mention
from loaders.syntax import actors_of

if TYPE_CHECKING:
    from loaders.extract import DocReader


HEADED_KINDS = {"armed_group", "political_party", "other"}  # not a ministry, an outlet or the UN
FORCE_KINDS = {"military"}  # a state's force, headed only by the person it is "of"


@cache
def group_head_preps() -> frozenset[str]:
    """The prepositions that put a named body under its head."""
    return frozenset(load_seed_yaml("relations.yaml")["group_head_preps"])


@cache
def force_head_preps() -> frozenset[str]:
    """The prepositions that put a state's named force under its head."""
    return frozenset(load_seed_yaml("relations.yaml")["force_head_preps"])


def _headed_by(body: Mention, prep: Token) -> bool:
    """Whether the person after a body's preposition heads it: any of a group's, only a force's own ("of")."""
    if body.kind in FORCE_KINDS:
        return prep.lower_ in force_head_preps()
    return body.kind in HEADED_KINDS


def group_head(reader: DocReader, prep: Token) -> None:
    """The person after "under" or "of" leads the group (no state body, outlet or international one) it follows."""
    if prep.dep_ != "prep" or prep.lower_ not in group_head_preps():
        return
    body = _body_before(reader, prep)
    if body is None or body.label != "Organization" or not _headed_by(body, prep):
        return
    heads = [m for c in prep.children if c.dep_ == "pobj" for m in actors_of(c, reader.index, with_preps=False)]
    people = [m for m in heads if m.label == "Person"]
    reader.emit_all(people, "LEADS", [body], prep, f"group-head:{prep.lower_}", 0.7)


def _body_before(reader: DocReader, prep: Token) -> Mention | None:
    """The named body the preposition follows: its head ("X under Y"), the name right before it ("militias such as
    X under Y": the parser hangs it on the list's noun) or the name before a group noun ("the X militia of Y")."""
    doc, index = prep.doc, reader.index
    word = doc[prep.i - 1] if prep.i > 0 else prep
    if word.lemma_.lower() in index.group_nouns and word.i > 0:
        word = doc[word.i - 1]
    before = index.at(word)
    return index.at(prep.head) or (before if before is not None and before.end == word.i + 1 else None)


@cache
def _unnamed_part_nouns() -> frozenset[str]:
    return frozenset(load_seed_yaml("relations.yaml")["unnamed_part_nouns"])


def unnamed_faction(noun: Token, reader: DocReader) -> bool:
    """Whether a noun is a faction with no name of its own ("the faction led by X"; not "the SLA faction", whose
    leader leads the SLA), whose leader is a member of the whole it stands for."""
    named = any(reader.index.at(c) is not None for c in noun.children if c.dep_ in {"compound", "poss", "amod"})
    return noun.lemma_.lower() in _unnamed_part_nouns() and reader.index.at(noun) is None and not named

"""Factions named after their leader: "Sadio's faction", "the Misuari faction of the MNLF", "the Sema-led faction"
(``leader_faction_nouns`` of ``seeds/relations.yaml``), or after a nickname no known actor holds: "the Bongos faction",
"the Abu Toraife faction" (an organisation of that name, with no leader read from it; the nickname's own mention, which
``names_unit`` of :mod:`loaders.organisation_names` reads as the group's, gives way to it: one node, "Tombura faction",
as the gold names such factions).

Such a faction is an organisation of its own, named after its leader as the page writes him ("Sadio faction"),
with the whole phrase as written among its names: its leader ``LEADS`` it and it is a ``MEMBER_OF`` the whole it
splits from ("of the MNLF", "the MNLF's", "the MNLF faction of X"). The faction's noun becomes its mention, so
every rule reads it as an organisation ("blamed on Sadio's faction"); the leader keeps his own. A noun that describes
a name before it is no new faction ("the Northern Front, Sadio's faction"), and a faction whose leader is named only
after it ("the faction led by X") is left to ``loaders/group_heads.py``: X is a member of the whole it stands for.

>>> from loaders.nlp import load_nlp
>>> doc = load_nlp()("Fighters of the Misuari faction attacked.")
>>> people = [Mention(3, 4, 16, 23, "Misuari", "Person", "Nur Misuari")]
>>> [(m.text, m.name) for m in leader_factions(doc, people) if m.label == "Organization"]
[('Misuari faction', 'Misuari faction')]
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from graph.seeds import load_seed_yaml
from loaders.doc_words import token_strings
from loaders.mentions import Mention, clean_surface

if TYPE_CHECKING:
    from loaders.extract import DocReader

DESCRIBING = {"appos", "attr"}  # a noun that describes a name before it ("X, Y's faction"; "X is Y's faction")
MAX_NICKNAME_WORDS = 3  # "the Abu Toraife faction"
NICKNAME_LABELS = frozenset({"Organization", "Location"})  # what the NER reads a nickname as, with no actor known
PARTING_TAGS = frozenset({"NNP", "VBN"})  # a name or a leader after the noun: "the X faction JAS", "the X faction led"


@cache
def _body_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in load_seed_yaml("relations.yaml")["untagged_body_heads"])


@cache
def _faction_nouns() -> frozenset[str]:
    return frozenset(load_seed_yaml("relations.yaml")["leader_faction_nouns"])


def _surnamed(doc: Doc, mention: Mention | None, people: list[Mention]) -> Mention | None:
    """The person a mention before the faction's noun names: a person, or one word the NER read as a body that is the
    surname of a person the page names ("the Misuari faction" on a page about Nur Misuari)."""
    if mention is None or mention.label == "Person":
        return mention
    if mention.label != "Organization" or mention.actor_id or mention.end - mention.start != 1:
        return None
    word = doc[mention.start].text
    person = next((p for p in people if p.name.split()[-1] == word), None)
    return replace(person, start=mention.start, end=mention.end, text=word) if person is not None else None


def _leader(doc: Doc, noun: Token, at: dict[int, Mention], people: list[Mention]) -> tuple[Mention, int] | None:
    """The faction's leader and where the faction's phrase starts (it ends at the noun), or None where the words
    before the noun name no leader."""
    if doc[noun.i - 1].lower_ == "led" and noun.i >= 3 and doc[noun.i - 2].text == "-":
        leader = _surnamed(doc, at.get(noun.i - 3), people)
        if leader is not None and leader.end <= noun.i - 2:
            return leader, leader.start  # "the Sema-led faction"
    for child in noun.lefts:
        if child.dep_ in {"poss", "compound", "nmod", "amod"} and child.i not in _owned_by_others(noun, at):
            leader = _surnamed(doc, at.get(child.i), people)
            if leader is not None:
                return leader, min(leader.start, child.left_edge.i if child.dep_ != "poss" else leader.start)
    return None


def _owned_by_others(noun: Token, at: dict[int, Mention]) -> set[int]:
    """The words before the noun that a known organisation covers ("the MNLF faction"): its whole, not its leader."""
    return {c.i for c in noun.lefts if (m := at.get(c.i)) is not None and m.label == "Organization" and m.actor_id}


def leader_factions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a mention of each faction named after its leader on the faction's noun (see the module)."""
    nouns = _faction_nouns()
    mentions = [_without_led(doc, m) for m in mentions]
    at = {i: m for m in mentions for i in range(m.start, m.end)}
    people = [m for m in mentions if m.label == "Person" and not m.refers_back]
    added, nicknames = [], []
    for noun in (doc[i] for i, lower in enumerate(token_strings(doc, LOWER)) if lower in nouns):
        if noun.tag_ != "NN" or noun.i in at or noun.dep_ in DESCRIBING:
            continue  # "the Northern Front, Sadio's faction": the noun describes the group named
        found = _leader(doc, noun, at, people)
        nickname = _nickname(doc, noun, at, mentions) if found is None else None
        if found is None and nickname is None:
            continue
        start = found[1] if found is not None else nickname
        if found is None:
            nicknames.append(range(start, noun.i + 1))
        whole = _whole(noun, at)
        kind = whole.kind if whole is not None else "armed_group"
        phrase = clean_surface(doc[start : noun.i + 1].text)
        named = _written_leader(doc, noun, found[0]) if found is not None else doc[start : noun.i].text
        name = f"{named} {noun.lower_}"
        added.append(Mention(noun.i, noun.i + 1, noun.idx, noun.idx + len(noun), phrase, "Organization", name, kind))
    if not added:
        return mentions
    kept = [m for m in mentions if not any(m.start in words and m.end in words for words in nicknames)]
    return sorted([*kept, *added], key=lambda m: m.start)


def _nickname(doc: Doc, noun: Token, at: dict[int, Mention], mentions: list[Mention]) -> int | None:
    """Where a nickname no known actor holds starts, set between "the" and the faction's noun as its compound ("the
    Bongos faction", "the Abu Toraife faction"), else None: not a known body's or state's name, nor a body's the page
    names on its own, nor an acronym's ("the MNLF faction") or a body's full name ("the Kelbo Liberation Movement
    faction": ``untagged_body_heads``), nor a nickname of a whole a name or a leader after the
    noun parts from ("the Kelbo faction JAS", "the Kelbo faction led by X": a faction of Kelbo, whose leader is X's
    whole), nor a word with no capital."""
    start = noun.i
    while start > 0 and doc[start - 1].tag_ == "NNP" and doc[start - 1].head.i in range(start, noun.i + 1):
        start -= 1
    if start == noun.i or start == 0 or doc[start - 1].lower_ != "the" or noun.i - start > MAX_NICKNAME_WORDS:
        return None
    if noun.i + 1 < len(doc) and doc[noun.i + 1].tag_ in PARTING_TAGS:
        return None
    named = [at.get(i) for i in range(start, noun.i)]
    if any(m is not None and (m.actor_id or m.label not in NICKNAME_LABELS) for m in named):
        return None
    if any(t.lower_ in _body_heads() for t in doc[start : noun.i]):
        return None
    text = doc[start : noun.i].text
    alone = any(m.label == "Organization" and m.text == text and m.end != noun.i for m in mentions)
    return None if alone or any(t.is_upper for t in doc[start : noun.i]) else start


def _written_leader(doc: Doc, noun: Token, leader: Mention) -> str:
    """The leader's last name as the phrase writes it, to name the faction as the page does: "Sadio" of "Sadio's
    faction", "Sema-led" of "the Muslimin Sema-led faction"."""
    written = doc[leader.end - 1].text
    return f"{written}-led" if doc[noun.i - 1].lower_ == "led" else written


def _without_led(doc: Doc, m: Mention) -> Mention:
    """A person's mention the NER ran on into "-led" before a faction's noun ("the Muslimin Sema-led faction") cut
    back to the name."""
    end = m.end
    if (
        m.label != "Person"
        or m.actor_id
        or end - m.start < 3
        or end >= len(doc)
        or doc[end].lower_ not in _faction_nouns()
    ):
        return m
    if doc[end - 1].lower_ != "led" or doc[end - 2].text != "-":
        return m
    name = doc[m.start : end - 2]
    return replace(m, end=end - 2, end_char=name.end_char, text=name.text, name=clean_surface(name.text))


def _whole(noun: Token, at: dict[int, Mention]) -> Mention | None:
    """The organisation a faction is part of: "of the MNLF", "the MNLF's", "the MNLF faction"."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            found = [at[c.i] for c in child.children if c.dep_ == "pobj" and c.i in at]
            if found and found[0].label == "Organization":
                return found[0]
    for child in noun.lefts:
        m = at.get(child.i)
        if m is not None and m.label == "Organization" and m.actor_id:
            return m
    return None


def faction_ties(reader: DocReader, sent: Span) -> None:
    """A faction named after its leader is led by him and a member of its whole."""
    nouns, doc, at = _faction_nouns(), reader.doc, reader.index.by_token
    for m in reader.index.inside(sent):
        noun = doc[m.start]
        if m.label != "Organization" or noun.lower_ not in nouns or not m.name.endswith(" faction"):
            continue
        people = [p for p in reader.index.mentions if p.label == "Person" and not p.refers_back]
        found = _leader(doc, noun, at, people)
        if found is not None:
            reader.emit(found[0], "LEADS", m, noun, "faction-leader", 0.8)
        whole = _whole(noun, at)
        if whole is not None and whole.key != m.key:
            reader.emit(m, "MEMBER_OF", whole, noun, "faction-of", 0.8)

"""Members and partners listed a line each after a roster's lead (across lines).

"The council has five members:", "Analysts have identified several factions, including:", "Its principal figures
included:" or "The SFA comprises:", then one member on each line ("- **A**, its spokesman;", "- the B Brigade,
which ..."): the name that opens each line is a member of the body the lead names (the owner of its plural noun,
the subject of its listing verb, or the group its paragraph tells of), unless a rule already tied the two. After a
relational noun ("Its allies include:", "aligns X with its partners:") each name holds the noun's relation to its
owner. The lead's words are the ``roster_lines`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.coalition_members import coalition_cues
from loaders.doc_words import text_of
from loaders.list_lines import list_end
from loaders.mentions import Mention
from loaders.role_lists import group_told_of
from loaders.role_types import member_type
from loaders.syntax import actors_of, is_definite_group, prep_objects
from loaders.token_rules import tokens_with

if TYPE_CHECKING:
    from loaders.extract import DocReader

LISTED = frozenset({"Person", "Organization", "Country"})  # who a roster lists
LINE_OPENING = re.compile(r"[ \t]*(?:[-*•]|\d+[.)])?[ \t]*(?:\*\*|__)?(?:the\s+)?(?:\*\*|__)?", re.IGNORECASE)


@dataclass(frozen=True)
class RosterCues:
    """The cue words of the ``roster_lines`` block."""

    roster_nouns: frozenset[str]  # "five members:", "several factions, including:": a plural of a body's members
    copulas: frozenset[str]  # "Its members are:": a copula lists its subject's items too
    relation_types: frozenset[str]  # "Its allies include:": the relations a relational noun's lead gives each line


@cache
def roster_cues() -> RosterCues:
    """The ``roster_lines`` block of ``seeds/relations.yaml``, loaded once per process."""
    block = load_seed_yaml("relations.yaml")["roster_lines"]
    return RosterCues(frozenset(block["roster_nouns"]), frozenset(block["copulas"]), frozenset(block["relation_types"]))


def roster_lines(reader: DocReader) -> None:
    """Each name opening a line of the list after a roster's lead is a member of the body the lead names, or holds
    the relation its relational noun says ("Its allies include:"): read once the whole document is (the lines come
    after the lead's sentence)."""
    for colon in tokens_with(reader.doc, [":"]):
        if not _ends_line(colon):
            continue
        noun, bodies = _roster_lead(reader, colon)
        if noun is None:
            continue
        listed = opening_names(reader, colon)
        rule = f"roster-line:{noun.lemma_.lower()}"
        for body in bodies:
            own = _tied_to(reader, body)  # "- A, the group's founder": A's own line says what A is of it
            items = [m for m in listed if m.key != body.key and m.key not in own]
            relation = _relation(reader, noun, body)
            if relation == member_type(body):  # a roster of people and bodies (states of a bloc are its allies)
                items = [m for m in items if m.label != "Country"]
            elif body.label == "Country":  # "Australia's partners:" are states, not "the US State Department"
                items = [m for m in items if m.label == "Country"]
            reader.emit_all(items, relation, [body], noun, rule, 0.7)


def _lists_people(reader: DocReader, noun: Token) -> bool:
    """Whether a lead's noun is a roster noun or a relational one (its owner's people, not a body that lists)."""
    return noun.lemma_.lower() in roster_cues().roster_nouns or _relational_noun(reader, noun) is not None


def _relation(reader: DocReader, noun: Token, body: Mention) -> str:
    """What each listed name is of the body: the type of the lead's relational noun ("allies": ALLIED_WITH), else
    a member (MEMBER_OF)."""
    cue = _relational_noun(reader, noun)
    return cue if cue is not None else member_type(body)


def _relational_noun(reader: DocReader, noun: Token) -> str | None:
    """The relation a lead's plural noun says of its owner's listed names, when it is one of ``relation_types``
    ("allies", "rivals", "affiliates"), else None."""
    cues = reader.cues.nouns.get(noun.lemma_.lower(), ())
    return next((c.type for c in cues if c.type in roster_cues().relation_types), None)


def _tied_to(reader: DocReader, body: Mention) -> set[str]:
    """The actors a relation read so far already ties to the body, either way round."""
    ties = ((r.subject, r.object) for r in reader.facts.relations)
    return {a if b == body.key else b for a, b in ties if body.key in {a, b}}


def _ends_line(colon: Token) -> bool:
    r"""Whether nothing but spaces follows the colon on its line (a list a line each comes after it).

    >>> import spacy
    >>> doc = spacy.blank("en")("Its members are:\n- Ali Musa\nBase: Gao")
    >>> [_ends_line(t) for t in doc if t.text == ":"]
    [True, False]
    """
    text = text_of(colon.doc)
    line = text.find("\n", colon.idx)
    return line > 0 and not text[colon.idx + 1 : line].strip(" \t*_")


def _roster_lead(reader: DocReader, colon: Token) -> tuple[Token | None, list[Mention]]:
    """The word of a lead that lists a body's members and the bodies (organisations) they are members of: a plural
    roster noun right before the colon ("five members:"), before an example cue ("factions, including:") or as the
    subject of a listing verb ("Its principal figures included:"); or a listing verb whose subject is a body ("The SFA
    comprises:"). (None, []) for any other colon."""
    cues, listing = roster_cues(), coalition_cues().listing_verbs
    before = [t for t in colon.sent if t.i < colon.i and not t.is_punct]
    if not before:
        return None, []
    last = before[-1]
    verb = next((t for t in reversed(before) if t.pos_ in {"VERB", "AUX"}), None)
    if last.lower_ in {w for cue in reader.cues.examples for w in cue[-1:]}:
        noun = _listed_before(last)  # "several factions, including:", "identified several factions, including:"
    elif verb is not None and verb.lemma_.lower() in listing | cues.copulas and not _objects(verb):
        noun = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)  # "Its figures included:"
        if noun is not None and not _lists_people(reader, noun) and verb.lemma_.lower() in listing:
            body = reader.index.at(noun)  # the body itself, not "its" of "Its main rivals include:"
            bodies = [body] if body is not None and body.label == "Organization" else []
            return (verb, bodies) if bodies else (None, [])  # "The SFA comprises:"
    else:
        noun = last  # "five members:"
    if noun is None or noun.tag_ not in {"NNS", "NNPS"}:
        return None, []
    if _relational_noun(reader, noun) is not None:  # "Its allies include:", "aligns X with its partners:"
        return noun, [m for t in _owner_words(noun) for m in actors_of(t, reader.index, with_preps=False)]
    return (noun, _owners(reader, noun)) if noun.lemma_.lower() in cues.roster_nouns else (None, [])


def _listed_before(cue: Token) -> Token | None:
    """The roster noun an example cue that ends a lead lists: the one it hangs on, or the latest before it in the
    phrase of the verb it hangs on ("identify the core of the network as the factions that ..., including:")."""
    head, nouns = cue.head, roster_cues().roster_nouns
    if head.i >= cue.i:
        return None
    listed = [t for t in head.subtree if t.i < cue.i and t.tag_ in {"NNS", "NNPS"} and t.lemma_.lower() in nouns]
    return listed[-1] if listed else head


def _objects(verb: Token) -> list[Token]:
    """The objects a listing verb names in its own sentence ("include A and B:" lists no lines)."""
    return [c for c in verb.children if c.dep_ in {"dobj", "attr"}]


def _owners(reader: DocReader, noun: Token) -> list[Mention]:
    """The armed groups and parties a roster noun's members belong to: its possessor or modifier ("its factions",
    "the CPC's members"), the object of its "of" ("members of X") or of a relative "belong to", else the group the
    lead refers to or its paragraph tells of."""
    owners = _owner_words(noun)
    belonging = [c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in coalition_cues().belonging_verbs]
    owners += [o for verb in belonging for o in prep_objects(verb, {"to"})]  # "the factions that belong to X"
    named = [m for t in owners for m in actors_of(t, reader.index, with_preps=False)]
    if not owners:
        named = _group_referred(reader, noun) or group_told_of(reader.index, noun)
    return [m for m in named if m.label == "Organization" and member_type(m) == "MEMBER_OF"]


def _owner_words(noun: Token) -> list[Token]:
    """The words that name whose a plural noun's people are: its possessor or modifier, the object of its "of"."""
    return [c for c in noun.children if c.dep_ in {"poss", "compound"}] + prep_objects(noun, {"of"})


def _group_referred(reader: DocReader, noun: Token) -> list[Mention]:
    """The organisation the latest "the group", "the movement" or "its" before a roster noun, in its sentence or the
    one before, stands for: "the group splintered. Analysts have identified several factions, including:"."""
    sent = noun.sent
    start = sent.start - 1 if sent.start > 0 else 0
    begin = reader.doc[start].sent.start
    for token in reversed(reader.doc[begin : noun.i]):
        group_noun = token.pos_ == "NOUN" and is_definite_group(token, reader.index)
        if group_noun or token.lower_ in reader.cues.owner_pronouns:
            found = reader.index.antecedent(token)
            if found is not None and found.label == "Organization":
                return [found]
    return []


def opening_names(reader: DocReader, colon: Token) -> list[Mention]:
    """The people and organisations that open the lines of the list after a colon, one a line: after a bullet, a
    number, emphasis marks or "the" (not a name further on in the line)."""
    text = text_of(reader.doc)
    start, end = text.find("\n", colon.idx) + 1, list_end(colon)
    starts = {reader.doc[m.start].idx: m for m in reader.index.mentions if m.label in LISTED}
    found: list[Mention] = []
    for line in text[start:end].split("\n"):
        opening = LINE_OPENING.match(line)
        at = start + (opening.end() if opening else 0)
        if at in starts and at < start + len(line.rstrip()):
            found.append(starts[at])
        start += len(line) + 1
    return found

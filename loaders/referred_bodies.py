"""A body named right after a reference's possessive: "Hezbollah fired rockets. The group's Executive Council met",
"The party ... its Central Military Commission": the body is MEMBER_OF the organisation the reference stands for, as
"Hezbollah's Radwan Force" is (``organisation-possessive`` in ``loaders/extract.py``). So is an outlet named beside a
noun of its kind that the possessive owns ("its Amaq news agency", "its news agency Amaq", "Islamic State's weekly
newsletter al-Naba"; ``referred_bodies`` of ``seeds/relations.yaml``), the owner named or referred to."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from loaders.cues import word_sets
from loaders.doc_tree import span_root
from loaders.mentions import Mention
from loaders.possessive import POSSESSIVE
from loaders.syntax import refers_back, subjects_of

if TYPE_CHECKING:
    from loaders.extract import DocReader
    from loaders.syntax import MentionIndex

QUALIFYING_DEPS = {"compound", "nmod", "amod"}  # a name that qualifies the noun after it: "its Telegram channel"
THING_POSSESSIVES = {"its"}  # "their" stands for people as often as for a group


@dataclass(frozen=True)
class OutletWords:
    """The cue words of an outlet a possessive owns."""

    outlet_nouns: frozenset[str]
    outlet_words: frozenset[str]


@cache
def outlet_words() -> OutletWords:
    """The ``referred_bodies`` block of ``seeds/relations.yaml``."""
    return word_sets(OutletWords, "referred_bodies")


def referred_bodies(reader: DocReader, sent: Span) -> None:
    """Each organisation's name in the sentence that a reference's possessive opens and qualifies, adjectives aside,
    and that qualifies no noun after it ("its Telegram channel" names no body of the group) but an outlet's ("its Amaq
    news agency"), nor follows a word of a counterpart ("its rival ISWAP"): MEMBER_OF the organisation the reference
    stands for, or, for an outlet's, the organisation named before the possessive ("Islamic State's news agency
    Amaq")."""
    doc, index = reader.doc, reader.index
    for body in index.inside(sent):
        if body.label != "Organization":
            continue
        outlet = outlet_noun(doc, body)
        if outlet is None and span_root(doc, body.start, body.end).dep_ in QUALIFYING_DEPS:
            continue
        start = body.start
        while outlet is not None and start > 0 and doc[start - 1].lower_ in outlet_words().outlet_words:
            start -= 1  # "its news agency Amaq": the possessive opens the outlet's noun
        reference = possessive_reference(doc, start)
        owned = {*range(body.start, body.end), *([outlet.i] if outlet is not None else [])}
        if reference is None or reference.head.i not in owned:
            continue  # "its ISIL and Al-Qaida sanctions list": the list's owner, not ISIL's
        if any(t.lower_ in reader.cues.counterpart_nouns for t in doc[reference.i + 1 : body.start]):
            continue  # "Boko Haram and its rival ISWAP": a foe (or an ally), not a body of the group
        owner = _owner(reader, reference, outlet is not None)
        if owner is not None and owner.label == "Organization" and owner.key != body.key:
            reader.emit(body, "MEMBER_OF", owner, doc[body.start], "organisation-possessive:reference", 0.7, "asserted")


def outlet_noun(doc: Doc, body: Mention) -> Token | None:
    """The noun of an outlet a name qualifies or is set beside ("its Amaq news agency", "its news agency Amaq", however
    the parse hangs the two), else None.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The group spoke through its Amaq news agency.")
    >>> outlet_noun(doc, Mention(6, 7, 0, 0, "Amaq", "Organization", "amaq")).text
    'agency'
    """
    nouns = outlet_words().outlet_nouns
    root = span_root(doc, body.start, body.end)
    if root.dep_ in QUALIFYING_DEPS | {"appos"} and root.head.lower_ in nouns:
        return root.head
    before = doc[body.start - 1] if body.start > 0 else None
    if before is not None and before.lower_ in nouns and body.start <= before.head.i < body.end:
        return before  # "its weekly newsletter al-Naba": the noun hung on the name
    return None


def outlet_named(doc: Doc, index: MentionIndex, noun: Token) -> Mention | None:
    """The organisation whose name qualifies an outlet's noun ("the Amaq news agency": Amaq of "agency"), else None."""
    if noun.lower_ not in outlet_words().outlet_nouns:
        return None
    named = [m for c in noun.children if c.dep_ in QUALIFYING_DEPS and (m := index.at(c)) is not None]
    return next((m for m in named if m.label == "Organization" and outlet_noun(doc, m) == noun), None)


def _owner(reader: DocReader, reference: Token, outlet: bool) -> Mention | None:
    """The organisation a possessive stands for: the one its reference refers back to; before an outlet's noun, first
    the one the subject of its clause names ("the Islamic State group claimed it through its Amaq news agency"), then
    the one the reference names or that qualifies it ("Islamic State's news agency Amaq")."""
    index = reader.index
    subject = _subject_named(reader, reference) if outlet else None
    if subject is not None:
        return subject
    if refers_back(reference, index):
        return index.antecedent(reference)
    return _named(reader, reference) if outlet else None


def _subject_named(reader: DocReader, token: Token) -> Mention | None:
    """The actor the subject of the clause around a token names or that qualifies it ("the Islamic State group")."""
    verb = next((h for h in token.ancestors if h.pos_ in {"VERB", "AUX"}), None)
    named = [m for s in (subjects_of(verb) if verb is not None else []) if (m := _named(reader, s)) is not None]
    return named[0] if named else None


def _named(reader: DocReader, token: Token) -> Mention | None:
    """The actor a word names, or that qualifies it as a compound ("group" of "the Islamic State group")."""
    named = [reader.index.at(t) for t in (token, *(c for c in token.children if c.dep_ == "compound"))]
    return next((m for m in named if m is not None), None)


def possessive_reference(doc: Doc, start: int) -> Token | None:
    """The word whose possessive stands before position ``start``, adjectives aside: "its" of "its Shura Council",
    "group" of "the group's Executive Council"; None when no possessive does.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["the", "group", "'s", "Shura", "Council"])
    >>> possessive_reference(doc, 3).text, possessive_reference(doc, 1)
    ('group', None)
    """
    i = start - 1
    while i >= 0 and doc[i].pos_ == "ADJ":
        i -= 1
    if i < 0:
        return None
    if doc[i].lower_ in THING_POSSESSIVES:
        return doc[i]
    return doc[i - 1] if i > 0 and [doc[i].text] in POSSESSIVE else None

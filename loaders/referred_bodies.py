"""A body named right after a reference's possessive: "Hezbollah fired rockets. The group's Executive Council met",
"The party ... its Central Military Commission": the body is MEMBER_OF the organisation the reference stands for, as
"Hezbollah's Radwan Force" is (``organisation-possessive`` in ``loaders/extract.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from loaders.doc_tree import span_root
from loaders.possessive import POSSESSIVE
from loaders.syntax import refers_back

if TYPE_CHECKING:
    from loaders.extract import DocReader

QUALIFYING_DEPS = {"compound", "nmod", "amod"}  # a name that qualifies the noun after it: "its Telegram channel"
THING_POSSESSIVES = {"its"}  # "their" stands for people as often as for a group


def referred_bodies(reader: DocReader, sent: Span) -> None:
    """Each organisation's name in the sentence that a reference's possessive opens and qualifies, adjectives aside,
    and that qualifies no noun after it ("its Telegram channel" names no body of the group), nor follows a word of a
    counterpart ("its rival ISWAP"): MEMBER_OF the organisation the reference stands for."""
    doc, index = reader.doc, reader.index
    for body in index.inside(sent):
        if body.label != "Organization" or span_root(doc, body.start, body.end).dep_ in QUALIFYING_DEPS:
            continue
        reference = possessive_reference(doc, body.start)
        if reference is None or not body.start <= reference.head.i < body.end or not refers_back(reference, index):
            continue  # "its ISIL and Al-Qaida sanctions list": the list's owner, not ISIL's
        if any(t.lower_ in reader.cues.counterpart_nouns for t in doc[reference.i + 1 : body.start]):
            continue  # "Boko Haram and its rival ISWAP": a foe (or an ally), not a body of the group
        owner = index.antecedent(reference)
        if owner is not None and owner.label == "Organization" and owner.key != body.key:
            reader.emit(body, "MEMBER_OF", owner, doc[body.start], "organisation-possessive:reference", 0.7, "asserted")


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

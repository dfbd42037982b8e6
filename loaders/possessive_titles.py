"""Titles written with a possessive, read from the words themselves where the parse breaks them: "David Cohen, the
Treasury's under secretary for terrorism", "Iran's ambassador to Damascus, Hossein Akbar" (WORKS_FOR), "X, Hamas's
senior figure" (MEMBER_OF, a figure of an armed group), "X, Hezbollah's second-in-command" (DEPUTY_OF), "Hezbollah's
then secretary-general, X" (LEADS: a head's title with no word before it but words of time). Other titles of a head
("Hamas's military chief") are left to the parse-based rules, which tell the head of a part from the head of the
whole."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from loaders.mentions import Mention
from loaders.role_types import figure_type, role_types

if TYPE_CHECKING:
    from loaders.extract import DocReader

POSSESSIVE_MARKS = {"'s", "’s", "'", "’"}
BODIES = {"Organization", "Country"}
MAX_TITLE = 4  # words of a title after the possessive
ENDS_TITLE = {"ADP", "VERB", "AUX", "DET", "PRON", "CCONJ"}
TYPES_READ = {"WORKS_FOR", "DEPUTY_OF"}  # a deputy is one whatever the parse; a head's title is the parse's to read


def possessive_titles(reader: DocReader, sent: Span) -> None:
    """ "PERSON, the BODY's TITLE" and "BODY's TITLE [to PLACE], PERSON": the person works for the body."""
    mentions = reader.index.inside(sent)
    for a, b in itertools.pairwise(mentions):
        if a.label == "Person" and b.label in BODIES and _words(reader, a.end, b.start) in ([","], [",", "the"]):
            rel_type, end = _title_after(reader, b, sent)
            if rel_type and not _runs_into_a_name(reader, end, sent):  # not "A, Niger's General B": B's title
                reader.emit(a, rel_type, b, reader.doc[b.start], "possessive-title", 0.75)
        elif a.label in BODIES:
            rel_type, end = _title_after(reader, a, sent)
            person = _named_after(reader, end, sent, mentions) if rel_type else None
            if rel_type and person is not None:
                reader.emit(person, rel_type, a, reader.doc[a.start], "possessive-title", 0.75)


def _words(reader: DocReader, start: int, end: int) -> list[str]:
    return [t.lower_ for t in reader.doc[start:end]]


def _title_after(reader: DocReader, body: Mention, sent: Span) -> tuple[str | None, int]:
    """The type of the title written after "BODY's" (WORKS_FOR, MEMBER_OF, DEPUTY_OF, else None) and where it
    ends."""
    doc, i = reader.doc, body.end
    if i >= sent.end or doc[i].lower_ not in POSSESSIVE_MARKS:
        return None, i
    words: list[str] = []
    j = i + 1
    while j < sent.end and len(words) < MAX_TITLE and reader.index.at(doc[j]) is None:
        if _joining_hyphen(doc, j, sent):
            j += 1  # "second-in-command": a title's words joined by hyphens
            continue
        if not doc[j].is_alpha:
            break
        if doc[j].pos_ in ENDS_TITLE and doc[j].lower_ not in reader.cues.role_words:
            break  # "for terrorism" ends the title; "under" of "under secretary" is in it
        words.append(doc[j].lower_)
        j += 1
    if not words or doc[j - 1].lower_ not in reader.cues.role_words:
        return None, j  # "Iran's foreign minister" ends with a role word; "Iran's oil exports" does not
    start, found = next(
        ((n, t) for n in range(len(words)) if (t := reader.cues.role_of(tuple(words[n:]))) is not None), (0, None)
    )
    if found == "LEADS" and _whole_head(words[:start]) and j < sent.end and doc[j].text == ",":
        return found, j  # "Hezbollah's then secretary-general, X", not "the RSF's commander for Central Darfur"
    if found not in TYPES_READ:
        return None, j
    return figure_type(found, words[-1], body), j  # "deputy permanent representative" works for it too


def _whole_head(before: list[str]) -> bool:
    """Whether the words before a head's title leave it the head of the whole: none, or only words of time ("then",
    "former", "acting"); not "military" (chief) nor "regional" (commander), the head of a part."""
    cues = role_types()
    return all(w in cues.tenure_words | cues.former_words for w in before)


def _runs_into_a_name(reader: DocReader, end: int, sent: Span) -> bool:
    """Whether a title after a possessive runs straight into a person's name, so that it is that person's title and
    not one set off after the name before the comma: "Mali's Colonel A, Niger's General B and ...", "Crown Prince A,
    Abu Dhabi's then crown prince B"."""
    named = reader.index.at(reader.doc[end]) if end < sent.end else None
    return named is not None and named.label == "Person" and named.start == end


def _joining_hyphen(doc: Doc, i: int, sent: Span) -> bool:
    """Whether the token at ``i`` is a hyphen with no space either side, between two words of the sentence."""
    return (
        doc[i].text == "-"
        and sent.start < i < sent.end - 1
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and doc[i - 1].is_alpha
        and doc[i + 1].is_alpha
    )


def _named_after(reader: DocReader, end: int, sent: Span, mentions: list[Mention]) -> Mention | None:
    """The person named after a title and a comma, past a "to PLACE" or "for BODY" that ends the title."""
    doc = reader.doc
    if end < sent.end and doc[end].lower_ in reader.cues.title_scope_preps:
        start = end + 2 if end + 1 < sent.end and doc[end + 1].lower_ == "the" else end + 1
        after = next((m for m in mentions if m.start == start), None)
        if after is None:
            return None
        end = after.end
    if end + 1 >= sent.end or doc[end].text != ",":
        return None
    person = reader.index.at(doc[end + 1])
    return person if person is not None and person.label == "Person" and person.start == end + 1 else None

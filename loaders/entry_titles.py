"""The titles in the entries of a list of designated people, a person a line: "1. **SALAMI, Hossein** (a.k.a. Hosein
SALAMI) — Commander-in-Chief of the IRGC since April 2019, succeeding Mohammad Ali Jafari." or a sanctions notice's
"- SOE WIN, DOB 1960; nationality Burma; Gender Male; Deputy Commander-in-Chief of the Burmese Military;
Vice-Chairman, State Administration Council; [BURMA-EO14014]".

An entry is a line (its bullet or number the reader drops) that names its person, and no more than the person's
birth and nationality, before the first of its parts, which semicolons and dashes set off. Each part that opens
with a role, then "of" or a comma and a named body, gives the person that role in the body ("Deputy
Commander-in-Chief of X": DEPUTY_OF X; "Member, Y": MEMBER_OF Y); the head of a body whose name opens with its
whole's ("Commander of the IRGC Ground Forces") is a member of the whole; a part that also names one the person
succeeded ("succeeding Z") gives Z the head's role too (former heads count). The parser reads such lines as no
sentence, so they are read as lines. The cue words are the ``entry_titles`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from graph.seeds import load_seed_yaml
from loaders.doc_words import text_of, words_of
from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.extract import DocReader

BODIES = {"Organization", "Country"}
PART_WORD_POS = {"NOUN", "VERB", "ADJ"}  # the words after a body's name that make it a part's: "the X negotiating team"
LONGEST_ROLE = 4  # how many words a part's role may have ("Deputy Commander-in-Chief")
LONGEST_HEAD = 30  # how many tokens may name an entry's person ("SALAMI, Hossein (a.k.a. Hosein SALAMI)")


@dataclass(frozen=True)
class EntryCues:
    """The cue words of the ``entry_titles`` block."""

    separators: frozenset[str]  # ";": what sets an entry's parts off
    spaced_separators: frozenset[str]  # "-", "—": what sets them off when spaces stand either side
    role_ends: frozenset[str]  # "of", ",": what ends a part's role before its body


@cache
def entry_cues() -> EntryCues:
    """The ``entry_titles`` block of ``seeds/relations.yaml``, loaded once per process."""
    block = load_seed_yaml("relations.yaml")["entry_titles"]  # a missing key is a one-line SeedKeyError
    return EntryCues(
        frozenset(block["separators"]),
        frozenset(block["spaced_separators"]),
        frozenset(block["role_ends"]),
    )


def entry_titles(reader: DocReader) -> None:
    """Every entry of a list of people gives its person the roles its parts name."""
    doc, text = reader.doc, text_of(reader.doc)
    cues = entry_cues()
    marks = cues.separators | cues.spaced_separators
    start = 0
    for line in text.split("\n"):
        separated = any(mark in line for mark in marks)  # a line with no separator has no parts: no span made
        span = doc.char_span(start, start + len(line), alignment_mode="contract") if separated else None
        start += len(line) + 1
        if span is not None and len(span) > 2:
            _read_entry(reader, span)


def _read_entry(reader: DocReader, line: Span) -> None:
    """The person an entry names before its first part holds the role each part names."""
    cuts = [t.i for t in _separator_words(reader, line) if _sets_off(t) and not _in_brackets(t, line)]
    if not cuts or cuts[0] - line.start > LONGEST_HEAD:
        return
    person = _entry_person(reader, line.doc[line.start : cuts[0]])
    if person is None:
        return
    for part_start, part_end in zip(cuts, [*cuts[1:], line.end], strict=True):
        _read_part(reader, person, line.doc[part_start + 1 : part_end])


def _separator_words(reader: DocReader, line: Span) -> list[Token]:
    """The words of a line after its first that are written as a separator, plain or spaced (``separators``,
    ``spaced_separators``), found in the document's strings rather than by making every word's ``Token``."""
    cues, doc, text = entry_cues(), line.doc, reader.words.text
    marks = cues.separators | cues.spaced_separators
    return [doc[i] for i in range(line.start + 1, line.end) if text[i] in marks]


def _sets_off(token: Token) -> bool:
    """Whether a word sets an entry's parts off: a semicolon, or a dash with a space either side."""
    cues = entry_cues()
    spaced = bool(token.whitespace_) and token.i > 0 and bool(token.nbor(-1).whitespace_)
    return token.text in cues.separators or (spaced and token.text in cues.spaced_separators)


def _in_brackets(token: Token, line: Span) -> bool:
    """Whether a word stands inside brackets the line opened before it ("(a.k.a. A; B)")."""
    before = words_of(line.doc).text[line.start : token.i]
    return before.count("(") > before.count(")")


def _entry_person(reader: DocReader, head: Span) -> Mention | None:
    """The person an entry's head names: the known one, else the fullest of its forms ("SALAMI, Hossein (a.k.a.
    Hosein SALAMI)"); none when the head says more than a name, its birth and its nationality (a verb, a body)."""
    named = reader.index.within(head)
    people = [m for m in named if m.label == "Person"]
    if not people or any(m.label == "Organization" for m in named) or any(t.pos_ in {"VERB", "AUX"} for t in head):
        return None
    return max(people, key=lambda m: (m.actor_id is not None, m.end - m.start))


def _read_part(reader: DocReader, person: Mention, part: Span) -> None:
    """A part that opens with a role, then "of" or a comma and a body: the person holds the role in the body, and
    one the part says he succeeded held the head's role too."""
    cues = entry_cues()
    end = next((t.i for t in part if t.lower_ in cues.role_ends), None)
    words = [t.lower_ for t in part.doc[part.start : end] if t.text != "-"] if end is not None else []
    if not words or len(words) > LONGEST_ROLE or not all(w.isalpha() for w in words):
        return
    found = next((r for i in range(len(words)) if (r := reader.cues.role_of(tuple(words[i:]))) is not None), None)
    if found is None:
        return
    body = _body_at(reader, part, end + 1)
    if body is None:
        return
    rel_type = reader._role_type(found, words, definite_of=True)  # "Deputy Commander-in-Chief of X": his deputy
    if rel_type in {"LEADS", "DEPUTY_OF"} and _qualifies_a_noun(body, part):
        rel_type = "MEMBER_OF"  # "head of the X negotiating delegation": the head of a part of X is X's member
    cue = part[0]
    reader.emit(person, rel_type, body, cue, "entry-title", 0.8, "asserted")
    whole = _whole_named_in(reader, body) if rel_type in {"LEADS", "DEPUTY_OF"} else None
    if whole is not None:  # "Commander of the IRGC Ground Forces": one of the IRGC's
        reader.emit(person, "MEMBER_OF", whole, cue, "entry-title-whole", 0.8, "asserted")
    if rel_type == "LEADS":
        for predecessor in _succeeded(reader, part):
            reader.emit(predecessor, "LEADS", body, cue, "entry-title-predecessor", 0.8, "asserted")


def _body_at(reader: DocReader, part: Span, i: int) -> Mention | None:
    """The body named right at a position of a part ("the IRGC", "State Administration Council")."""
    doc = part.doc
    if i < part.end and doc[i].lower_ == "the":
        i += 1
    found = reader.index.at(doc[i]) if i < part.end else None
    if found is None or found.start != i or found.label not in BODIES or _modifies_part(doc, found):
        return None
    return found


def _modifies_part(doc: Doc, body: Mention) -> bool:
    """Whether a body's name only qualifies a common noun after it, a part of the body: "head of the X negotiating
    delegation" heads the delegation, not X."""
    after = doc[body.end] if body.end < len(doc) else None
    return after is not None and after.is_lower and after.is_alpha and after.pos_ in PART_WORD_POS


def _qualifies_a_noun(body: Mention, part: Span) -> bool:
    """Whether the body's name runs on into lowercase words of a noun phrase it qualifies ("the ELN negotiating
    delegation"), read from the words: the parser reads an entry's line as no sentence."""
    after = part.doc[body.end] if body.end < part.end else None
    return after is not None and after.is_lower and after.is_alpha and after.pos_ in {"NOUN", "VERB", "ADJ"}


def _whole_named_in(reader: DocReader, body: Mention) -> Mention | None:
    """The organisation a body's name opens with, whose part it is ("IRGC Ground Forces": the IRGC)."""
    if body.label != "Organization":
        return None
    return reader._named_within(body, [t for t in reader.doc[body.start : body.end] if t.lower_ != "the"])


def _succeeded(reader: DocReader, part: Span) -> list[Mention]:
    """The person a part names right after a verb of succession ("succeeding Z")."""
    verbs = [t for t in part if t.lemma_.lower() in reader.cues.succession_verbs and t.tag_ == "VBG"]
    named = [reader.index.at(v.nbor()) for v in verbs if v.i + 1 < part.end]
    return [m for m in named if m is not None and m.label == "Person"]

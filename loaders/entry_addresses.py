"""The place fields of a designation list's entries: "- LIWA AL-NASR; a.k.a. NASR BRIGADE; Location: Egypt." or, a
field a line under the entry's name, "1. **KORVA MILITIA**" ... "Address: Tarhuna, Libya". The organisation an entry
opens with is based in each place its field names (a person's entry, "Location: Boise, Idaho", places no body). The
field names are ``entry_place_fields`` of ``seeds/relations.yaml``; lines are read as lines, as the parser reads such
entries as no sentence. An entry of one line that sets its places right after its name, "- ACME TRADING LLC, Dubai,
United Arab Emirates; Linked To: ..." or "1. X, S.A. DE C.V., Monterrey, Nuevo León, Mexico [SDGT].", or after its
aliases in brackets or a semicolon ("- X (a.k.a. "XB"), Yangon, Burma;", "- **X**; Bangui, Central African
Republic."), bases the organisation in the first of them, the narrowest (the wider ones are where that place lies).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.seeds import load_seed_yaml
from loaders.doc_words import text_of
from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.extract import DocReader

PLACES = {"Location", "Country"}
ACTORS = {"Organization", "Person"}
ENTRY_MARKS = re.compile(r"^[\s*\-•\d.)]*")  # the list's marks before an entry's name: "- ", "1. ", "**"
ENTRY_END = re.compile(r";\s*[A-Z][\w .'/-]{0,30}:|\[[A-Z0-9][A-Z0-9 .-]*\]")  # "; Linked To:", "[SDGT]"
NAME_TO_PLACE = re.compile(r"^\.?\**,(?:[^,;\[\]a-z]*,)?\s*$")  # ", ", ".,", a legal form: ", S.A. DE C.V., "
ALIASES_TO_PLACE = re.compile(r"^\.?\**\s*(?:\([^()]*\)\**\s*[,;]|;)\s*")  # "** (a.k.a. X; a.k.a. Y), ", "**; "
LIST_MARK = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s")  # "- ", "* ", "1. ": a line of a list
NAME_SEMICOLON = re.compile(r"^[^;,()]{3,120}(?:\([^()]*\))?;\s*[A-Z]")  # "X; Bangui, ...", its list mark read away
FIELD_LABEL = re.compile(r"^[\s*\-•\d.)]*[A-Za-z][\w .'/-]{0,30}:")  # "- Aliases:", "Type of entity:": a field's line


@cache
def place_field(fields: frozenset[str]) -> re.Pattern[str]:
    """A field that names where an entry's body is, its value to the next field, the end of its sentence or line.

    >>> value = place_field(frozenset({"location"})).search("- HASM; a.k.a. X; Location: Egypt; Gaza.")
    >>> value.group(1)
    'Egypt; Gaza'
    """
    names = "|".join(sorted(map(re.escape, fields)))
    return re.compile(rf"(?i)(?<![\w])(?:{names})\s*:\s*(.+?)(?=[;.]\s*[A-Z][\w ]{{0,30}}:|\.\s+[A-Z]|\.?\s*$)")


@cache
def _fields() -> frozenset[str]:
    """The seed's names of the fields that tell where an entry's body is."""
    return frozenset(load_seed_yaml("relations.yaml")["entry_place_fields"])


def entry_addresses(reader: DocReader) -> None:
    """Every place field of an entry bases the organisation the entry opens with in the places it names."""
    text, start = text_of(reader.doc), 0
    entry: int | None = None  # where the entry read starts
    pattern = place_field(_fields())
    for line in text.split("\n"):
        if not line.strip():
            entry = None
        elif not FIELD_LABEL.match(line):  # a line of its own, not "- Aliases: ...": the name of a new entry
            entry = start
        for field in pattern.finditer(line) if entry is not None else ():
            body = _entry_actor(reader, entry, start + field.start())
            if body is not None and body.label == "Organization":
                _base(reader, body, start + field.start(1), start + field.end(1))
        if ENTRY_END.search(line) or LIST_MARK.match(line) or NAME_SEMICOLON.match(line):
            _line_entry(reader, line, start)
        start += len(line) + 1


def _line_entry(reader: DocReader, line: str, start: int) -> None:
    """An entry of one line whose name opens it and whose places follow the name's comma, or its aliases in brackets
    and a comma or a semicolon ("- X (a.k.a. "XB"), Yangon, Burma;", "- **X**; Bangui, Central African Republic."):
    the organisation is based in the first place (not a person's entry, "- DOE, John, Paris, France; DOB ...").

    >>> from loaders.entry_addresses import NAME_TO_PLACE
    >>> bool(NAME_TO_PLACE.match(", S.A. DE C.V., ")), bool(NAME_TO_PLACE.match(", a firm in "))
    (True, False)
    >>> [bool(ALIASES_TO_PLACE.match(t)) for t in (' (a.k.a. "XB"), ', "**; ", ", ", " and ")]
    [True, True, False, False]
    """
    opening = start + ENTRY_MARKS.match(line).end()
    after = [m for m in reader.index.mentions if opening <= m.start_char < start + len(line)]
    if len(after) < 2 or after[0].start_char != opening or after[0].label != "Organization":
        return
    body, text = after[0], text_of(reader.doc)
    place = next((m for m in after[1:2] if NAME_TO_PLACE.match(text[body.end_char : m.start_char])), None)
    aliased = ALIASES_TO_PLACE.match(text[body.end_char : start + len(line)])
    if place is None and aliased is not None:  # the name right after the aliases' bracket and its comma, or a ";"
        place = next((m for m in after if m.start_char == body.end_char + aliased.end()), None)
    if place is not None and place.label in PLACES:
        reader.emit(body, "BASED_IN", place, reader.doc[place.start], "entry-line-place", 0.75, "asserted")


def _entry_actor(reader: DocReader, start: int, end: int) -> Mention | None:
    """The organisation or person an entry names first, its name or an alias (a person's entry places no body)."""
    return next((m for m in reader.index.mentions if start <= m.start_char < end and m.label in ACTORS), None)


def _base(reader: DocReader, body: Mention, start: int, end: int) -> None:
    """The body is based in each place named between two character offsets."""
    for place in (m for m in reader.index.mentions if start <= m.start_char < end and m.label in PLACES):
        reader.emit(body, "BASED_IN", place, reader.doc[place.start], "entry-address", 0.75, "asserted")

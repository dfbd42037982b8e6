"""The people a page credits work for its outlet.

A byline names the authors and, after a comma, often their outlet ("By Jane Roe and John Doe, Sahel Observer");
a wire dateline names it in brackets ("MOGADISHU, Aug 3 (Reuters) -"); the credit line at the end names who
reported, wrote and edited ("(Reporting by Jane Roe in Bamako; Editing by John Doe)"). Every person a byline or
a credit line names WORKS_FOR the outlet the byline, else the dateline, else the masthead at the page's head names
("**Sahel Observer** | Regional news | 27 May 2022", "Policy Brief No. 41 | Horn Security Programme"); a page that
names no outlet (only "By Staff reporter", or authors' titles such as "Research Analyst") gives nothing. A byline may
be set in emphasis ("*By Jane Roe*"), follow a masthead's bar ("Sahel Observer | By Jane Roe") or open with the
``author_line_openers`` of ``seeds/relations.yaml`` ("**Authors:** Jane Roe, Senior Fellow; John Doe").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.bylines import BYLINE_LINE, DATELINE_OUTLET, author_lines, credit_line, outlet_first_credit, photo_credit
from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.extract import DocReader


MASTHEAD_PARTS = re.compile(r"\||[ \t][—–][ \t]")  # a bar, a spaced dash: "Sahel Observer | Regional news"
BODY_LINE = 250  # characters: the first longer line is the story's, and the page's head ends before it
NOT_PUBLISHERS = {"armed_group", "military", "political_party"}  # "Explainer | Hezbollah": the page's topic


def credited_outlet(reader: DocReader) -> None:
    """WORKS_FOR from each person a byline or a credit line names to the outlet the page names."""
    text = reader.facts.text
    _photographers(reader, text)
    bylines = [m.span() for m in BYLINE_LINE.finditer(text)] + [m.span() for m in author_lines().finditer(text)]
    outlet = (
        _first_organisation(reader, bylines)
        or _first_organisation(reader, [m.span(1) for m in DATELINE_OUTLET.finditer(text)])
        or masthead_outlet(reader, text)
    )
    if outlet is None:
        return
    credits = bylines + [m.span() for m in credit_line().finditer(text)]
    people = [m for m in reader.index.mentions if m.label == "Person" and _inside(m, credits)]
    for person in (m for m in people if not names_the_outlet(m, outlet)):
        reader.emit(person, "WORKS_FOR", outlet, reader.doc[person.start], "credit-outlet", 0.7, "asserted")


def names_the_outlet(person: Mention, outlet: Mention) -> bool:
    """Whether a name a credit line gives opens with the outlet's first word: the outlet's own staff or desk
    ("Writing by Reuters Staff", "Additional reporting by Sahel Wire Dakar bureau"), no person working for it.

    >>> outlet = Mention(0, 3, 0, 17, "Sahel Wire Service", "Organization", "Sahel Wire Service")
    >>> desk = Mention(9, 11, 60, 70, "Sahel Wire", "Person", "Sahel Wire")
    >>> reporter = Mention(5, 7, 30, 44, "Moussa Traoré", "Person", "Moussa Traoré")
    >>> names_the_outlet(desk, outlet), names_the_outlet(reporter, outlet)
    (True, False)
    """
    own = {name.split()[0].lower() for name in (outlet.text, outlet.name)}
    return bool({name.split()[0].lower() for name in (person.text, person.name)} & own)


def _photographers(reader: DocReader, text: str) -> None:
    """WORKS_FOR from the photographer a photo credit names to the outlet after its slash ("(Photo: Jane
    Roe/Reuters)"), or to the news outlet before it in a caption's credit ("Photo: AFP / Jane Roe*")."""
    credits = [(found.span(1), found.span(2), False) for found in photo_credit().finditer(text)]
    credits += [(found.span(2), found.span(1), True) for found in outlet_first_credit().finditer(text)]
    for taker, owner, outlet_first in credits:
        people = [m for m in reader.index.mentions if m.label == "Person" and _inside(m, [taker])]
        outlet = _first_organisation(reader, [owner])
        if outlet is None or (outlet_first and outlet.kind != "media"):
            continue  # "Photo: FCDO / X": a handout, no outlet's photographer
        for person in people:
            reader.emit(person, "WORKS_FOR", outlet, reader.doc[person.start], "credit-photo", 0.7, "asserted")


def masthead_outlet(reader: DocReader, text: str) -> Mention | None:
    """The organisation a masthead at the page's head names: a line, before the story's first paragraph, of parts
    set apart by a bar or a spaced dash ("**Sahel Observer** | Regional news | 27 May 2022", "Policy Brief No. 41 |
    Horn Security Programme")."""
    long_line = re.search(rf"^[^\n]{{{BODY_LINE},}}$", text, re.MULTILINE)
    head = text[: long_line.start()] if long_line else text
    lines = [m.span() for m in re.finditer(r"^[^\n]+$", head, re.MULTILINE) if MASTHEAD_PARTS.search(m.group())]
    return _first_organisation(reader, lines)


def _inside(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(start <= mention.start_char and mention.end_char <= end for start, end in spans)


def _first_organisation(reader: DocReader, spans: list[tuple[int, int]]) -> Mention | None:
    """The first organisation named inside the spans that is no author's title read as a name ("By A, Senior
    Fellow, and B, Research Analyst": a job, not an outlet), nor an armed group, a force or a party ("By August the
    Taliban held Kabul": a sentence, no byline)."""
    found = (m for m in reader.index.mentions if m.label == "Organization" and _inside(m, spans))
    return next((m for m in found if not _a_title(reader, m) and m.kind not in NOT_PUBLISHERS), None)


def _a_title(reader: DocReader, mention: Mention) -> bool:
    """Whether a name ends in a word of a person's role ("Research Analyst", "Senior Editor")."""
    return reader.cues.is_person_role(reader.doc[mention.end - 1].lower_)

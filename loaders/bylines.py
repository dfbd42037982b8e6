"""The authors a byline names ("By Jane Roe" on a line of its own, "By A and B", "By A, reporting from X") are
people, whom the NER, reading a line with no sentence around it, often misses or takes for a place or a body; a
byline of an outlet's staff ("By Staff Reporter", "By Reuters Staff", ``seeds/relations.yaml``,
``byline_staff_words``) names no person, only the outlet if it names one. A newsroom's desk in a byline or a
masthead ("By Staff reporter, Latin America desk") names no actor; the outlet a masthead of the staff names beside
them ("Sahel Times | Staff reporter | 28 June 2024") is an organisation, though the line reads as a menu's.

>>> from loaders.nlp import load_nlp
>>> doc = load_nlp()("By Tarek Wanjiru Ossei\\nGunmen attacked the town on Monday.")
>>> [(m.text, m.label) for m in byline_authors(doc, doc.text, [])]
[('Tarek Wanjiru Ossei', 'Person')]
>>> doc = load_nlp()("By Staff Reporter\\nGunmen attacked the town on Monday.")
>>> byline_authors(doc, doc.text, [])
[]
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc

from graph.gazetteer import load_gazetteer
from graph.seeds import load_seed_yaml
from loaders.cues import load_cues
from loaders.mentions import Mention
from loaders.person_names import name_particles

PLACE_LABELS = frozenset({"Location", "Country"})
_LOWER = "a-zß-öø-ÿ"  # lowercase letters, accented ones too ("Traoré")


@cache
def _name() -> str:
    """A pattern of one author's name: capitalised words, a name particle between two of them ("Ana Lucía dos Santos",
    ``name_particles``), or words in capitals."""
    particle = "|".join(sorted(name_particles(), key=len, reverse=True))
    words = rf"[A-Z][{_LOWER}]+(?:-[A-Z][{_LOWER}]+)?(?:[ \t]+(?:(?:{particle})[ \t]+)?[A-Z][{_LOWER}'’.-]+){{1,3}}"
    return rf"(?:{words}|[A-Z]{{2,}}(?:[ \t]+[A-Z][A-Z'’.-]+){{1,3}})"


@cache
def byline() -> re.Pattern[str]:
    """A byline of authors on a line of its own or after a masthead's bar, with where they report from, an outlet,
    a place or a date after it: "By Jane Roe and John Doe, Reuters", "By Ana Lucía dos Santos | Caracas", "Sahel
    Times | By Jane Roe in Gao".

    >>> byline().search("Sahel Times | Region | By Jane Roe and John Doe in Gao").group(1)
    'Jane Roe and John Doe'
    """
    name = _name()
    authors = rf"{name}(?:(?:[ \t]*,[ \t]*{name})*[ \t]+(?:and|&)[ \t]+{name})?"
    tail = r"(?:[ \t]+in[ \t]+[A-Z][^\n,|]*)?(?:[ \t]*[,|][^\n]*)?[ \t]*$"
    return re.compile(rf"(?:^|\|)[ \t]*By[ \t]+({authors}){tail}", re.MULTILINE)


@cache
def author_lines() -> re.Pattern[str]:
    """A byline: "By Jane Roe" opening a short line, set in emphasis or not ("*By Jane Roe*"), after a masthead's bar
    ("Sahel Observer | By Jane Roe and John Doe in Gao"), or after one of ``author_line_openers`` ("**Authors:** Jane
    Roe, Senior Fellow; John Doe").

    >>> [bool(author_lines().search(s)) for s in ("*By Jane Roe*", "Sahel Observer | By Jane Roe", "Authors: J Roe")]
    [True, True, True]
    >>> [bool(author_lines().search(s)) for s in ("Gunmen killed 12 people by the river", "By 2016, " + "x" * 200)]
    [False, False]
    """
    openers = "|".join(re.escape(w) for w in load_seed_yaml("relations.yaml")["author_line_openers"])
    return re.compile(rf"(?:^|\|)[ \t*_]*(?:By[ \t]|(?i:{openers})[*_]*:)[^\n|]{{3,150}}(?=\||$)", re.MULTILINE)


BYLINE_LINE = re.compile(r"^[ \t]*By[ \t]+[^\n]{3,150}$", re.MULTILINE)
OUTLET_TAIL = re.compile(r"^[ \t]*By[ \t]+[^\n|]*,[ \t]*([A-Z][^,|\n]*?)[ \t]*(?:\|[^\n]*)?$", re.MULTILINE)
_OUTLET_WORD = re.compile(r"(?:[A-Z][\w'’.&-]*|of|the|and|for|de|del|al|&)")
MASTHEAD = re.compile(r"^[^\n|]*\|[^\n]*$", re.MULTILINE)
PART = re.compile(r"[^|,\n]+")
MAX_MASTHEAD_WORDS = 12  # a longer line with a bar is a sentence's or a menu's
MAX_OUTLET_WORDS = 6
DATELINE_OUTLET = re.compile(r"^[ \t]*[A-Z][A-Z .'’/-]+,[^\n(]{0,40}?\(([^)\n]{2,40})\)[ \t]*[-—–]", re.MULTILINE)
_BRACKETED_OUTLET = re.compile(r"[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}")
STAFF_BYLINE = re.compile(r"^[ \t]*By[ \t]+([A-Z][\w'’.&-]*(?:[ \t]+[A-Z][\w'’.&-]*){0,5})[ \t]*$", re.MULTILINE)


@cache
def _credited() -> re.Pattern[str]:
    """A name after "by" or "and" in a credit line ("by A in X and B in Y"), not one a lowercase noun follows ("by
    Asia Wire correspondents": an outlet's staff)."""
    return re.compile(rf"\b(?:by|and)[ \t]+({_name()})(?![\w-])(?![ \t]+(?!in\b|and\b)[a-z])")


@cache
def credit_line() -> re.Pattern[str]:
    """A page's credit line: "(Reporting by A in X and B in Y; additional reporting by C; Editing by D)", a live
    page's "*Live coverage by A in X and B in Y*" (``credit_roles``).

    >>> bool(credit_line().match("*Live coverage by Jane Roe in Bamako and John Doe in Dakar*"))
    True
    """
    roles = "|".join(re.escape(r) for r in load_seed_yaml("relations.yaml")["credit_roles"])
    opener = rf"(?:^|\|)[ \t(*_]*(?:(?:additional|live)[ \t]+)?(?:{roles})[ \t]+by\b[^\n]*"
    return re.compile(opener, re.IGNORECASE | re.MULTILINE)


@cache
def photo_credit() -> re.Pattern[str]:
    """A photo credit in brackets, the photographer then the outlet after a slash: "(Photo: Jane Roe/Reuters)"
    (``photo_credit_words``).

    >>> found = photo_credit().search("Troops on patrol in 2021. (Photo: Tarek Ossei/Reuters)")
    >>> found.group(1), found.group(2)
    ('Tarek Ossei', 'Reuters')
    """
    words = sorted(load_seed_yaml("relations.yaml")["photo_credit_words"], key=len, reverse=True)
    opener = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)
    return re.compile(rf"\((?i:{opener})[ \t]*:[ \t]*({_name()})[ \t]*/[ \t]*([^()/\n]{{2,40}}?)[ \t]*\)")


@cache
def outlet_first_credit() -> re.Pattern[str]:
    """A caption's photo credit that names the outlet, then the photographer after a slash, up to the caption's end:
    "Photo: AFP / Jane Roe*" (``photo_credit_words``); the outlet is group 1, the photographer group 2.

    >>> found = outlet_first_credit().search("*Mourners in Beirut on Friday. Photo: AFP / Tarek Ossei*")
    >>> found.group(1), found.group(2)
    ('AFP', 'Tarek Ossei')
    """
    words = sorted(load_seed_yaml("relations.yaml")["photo_credit_words"], key=len, reverse=True)
    opener = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)
    part = r"[A-Z][^/()*:\n]{1,40}?"
    return re.compile(rf"\b(?i:{opener})[ \t]*:[ \t]*({part})[ \t]*/[ \t]*({part})[ \t]*(?=\*|\)|$)", re.MULTILINE)


def credited_photographer(name: str) -> bool:
    """Whether the part after an outlet-first credit's slash is one photographer's name: "Tarek Ossei", not "Getty
    Images", "Crown Copyright" nor "Staff" (``photo_credit_not_people``)."""
    stops = frozenset(load_seed_yaml("relations.yaml")["photo_credit_not_people"])
    return re.fullmatch(_name(), name) is not None and not any(w.lower() in stops for w in name.split())


@cache
def staff_words() -> frozenset[str]:
    """Words that make a byline an outlet's, not a person's ("Staff", "Reporter", "Correspondent")."""
    return frozenset(w.lower() for w in load_seed_yaml("relations.yaml")["byline_staff_words"])


@cache
def desk_words() -> frozenset[str]:
    """Words that make a byline's or a masthead's part a newsroom's section ("Latin America desk")."""
    return frozenset(w.lower() for w in load_seed_yaml("relations.yaml")["byline_desk_words"])


EMPHASIS = " \t*_"  # marks around a part set in bold or italics: "**Sahel Times** | Regional news"


def _parts(line: re.Match[str]) -> list[tuple[int, int, list[str]]]:
    """The parts of a header line between bars and commas, without the marks of emphasis around them ("**Sahel
    Times**"): their offsets in the text, then their words."""
    found = []
    for part in PART.finditer(line.group()):
        words = part.group().strip(EMPHASIS).split()
        if words:
            start = line.start() + part.start() + len(part.group()) - len(part.group().lstrip(EMPHASIS))
            found.append((start, start + len(part.group().strip(EMPHASIS)), words))
    return found


def _staff_lines(text: str) -> list[tuple[re.Match[str], bool]]:
    """The bylines, and the short lines with a bar one part of which is the staff's, two or three words one a
    staff's ("Staff reporter", "Tripoli bureau"; not a menu's "Newsroom"): each line, then whether it is a byline."""
    lines = [(found, True) for found in BYLINE_LINE.finditer(text)]
    for found in MASTHEAD.finditer(text):
        staff = any(
            len(words) in {2, 3} and any(w.lower() in staff_words() for w in words) for *_, words in _parts(found)
        )
        if staff and len(found.group().split()) <= MAX_MASTHEAD_WORDS:
            lines.append((found, False))
    return lines


def names_an_outlet(words: list[str]) -> bool:
    """Whether a masthead's part may be an outlet's name: two to six capitalised words (or "of", "the" ...), none
    a staff's or a desk's, and no known actor ("Staff reporter | South Sudan" names a place)."""
    return (
        2 <= len(words) <= MAX_OUTLET_WORDS
        and words[0][0].isupper()
        and all(_OUTLET_WORD.fullmatch(w) for w in words)
        and not any(w.lower() in staff_words() | desk_words() for w in words)
        and load_gazetteer().lookup(" ".join(words)) is None
    )


def newsroom_parts(doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without the names of a desk in a byline or a masthead ("By Staff reporter, Latin America desk"),
    and with the outlet a masthead of the staff names as an organisation ("Sahel Times | Staff reporter | 28 June
    2024", "Tripoli bureau | Sahel Times").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Kivu Herald | Staff reporter | 2 May 2024\\nRebels took the town.")
    >>> [(m.name, m.label) for m in newsroom_parts(doc, doc.text, [])]
    [('Kivu Herald', 'Organization')]
    """
    for line, byline in _staff_lines(text):
        for start, end, words in _parts(line):
            inside = [m for m in mentions if start <= m.start_char and m.end_char <= end]
            if words[-1].lower() in desk_words():
                mentions = [m for m in mentions if m not in inside]
            elif not byline and names_an_outlet(words) and (span := doc.char_span(start, end)) is not None:
                outlet = Mention(span.start, span.end, start, end, span.text, "Organization", span.text, "media")
                mentions = sorted([*(m for m in mentions if m not in inside), outlet], key=lambda m: m.start)
    return mentions


def _masthead_name(words: list[str]) -> list[str]:
    """A masthead part's words without a newsroom's section written after the outlet's name in lower case
    ("Levant Today live desk": "Levant Today"); any other part's words as they are."""
    named = list(itertools.takewhile(lambda w: not w.islower(), words))
    rest = words[len(named) :]
    return named if rest and rest[-1].lower() in desk_words() and all(w.islower() for w in rest) else words


def credited_mastheads(doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with the first part of a masthead that credits authors after a bar or on the line after it an
    outlet ("Sahel Times | Region | By Jane Roe", "Levant Today live desk | Coverage by Jane Roe and John Doe",
    "Sahel Times | Region | 2 May 2024" over "By Jane Roe"), where it may name one (``names_an_outlet``).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Kivu Herald live desk | Coverage by Jane Roe\\nRebels took the town.")
    >>> [(m.name, m.label) for m in credited_mastheads(doc, doc.text, [])]
    [('Kivu Herald', 'Organization')]
    """
    credited = {found.start() for pattern in (byline(), credit_line()) for found in pattern.finditer(text)}
    for line in MASTHEAD.finditer(text):
        bars = {line.start() + at for at, char in enumerate(line.group()) if char == "|"}
        parts = _parts(line)
        if not (bars & credited or _byline_after(text, line.end())) or len(parts) < 2:
            continue
        start, _, words = parts[0]
        named = _masthead_name(words)
        if names_an_outlet(named):
            mentions = as_outlet(doc, mentions, start, start + len(" ".join(named)))
    return mentions


def _byline_after(text: str, end: int) -> bool:
    """Whether the next line with words after a masthead's is a byline ("**Sahel Times** | Regional news | 2 May
    2024", then "*By Jane Roe*"): the masthead is the authors' outlet's."""
    following = re.match(r"\s*([^\n]*)", text[end:]).group(1)
    return bool(author_lines().match(following))


@cache
def title_words() -> frozenset[str]:
    """Last words of an author's title in a byline ("Senior Fellow"), besides the roles only people hold."""
    return frozenset(w.lower() for w in load_seed_yaml("relations.yaml")["byline_title_words"])


def without_authors_titles(doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without the unknown names in a byline that end in an author's title ("By Clara Voss, Senior
    Fellow, and Omar Haddad, Research Analyst": "Senior Fellow" and "Research Analyst" are no actors).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("By Clara Voss, Senior Fellow\\nRebels took the town.")
    >>> title = Mention(4, 6, 15, 28, "Senior Fellow", "Person", "Senior Fellow")
    >>> without_authors_titles(doc, doc.text, [title])
    []
    """
    cues = load_cues()
    lines = [m.span() for m in BYLINE_LINE.finditer(text)]
    return [
        m
        for m in mentions
        if m.actor_id
        or not any(start <= m.start_char and m.end_char <= end for start, end in lines)
        or not (doc[m.end - 1].lower_ in title_words() or cues.is_person_role(doc[m.end - 1].lower_))
    ]


def byline_authors(doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with the authors of each byline as people (added where the NER missed them, relabelled where
    it took them for an unknown place or body) and a staff byline's words as its outlet, never a person. ``text``
    is ``doc.text``, read once by the caller (spaCy puts it together from the tokens at each reading)."""
    mentions = newsroom_parts(doc, text, _outlets_after_authors(doc, text, _staff_bylines(doc, text, mentions)))
    for line in credit_line().finditer(text):  # "(Reporting by Jane Roe in Bamako; Editing by John Doe)"
        for found in _credited().finditer(line.group()):
            at = line.start() + found.start(1)
            mentions = _as_person(doc, mentions, at, at + len(found.group(1)))
    for found in photo_credit().finditer(text):  # "(Photo: Jane Roe/Reuters)"
        mentions = _as_person(doc, mentions, *found.span(1))
    for found in outlet_first_credit().finditer(text):  # "Photo: AFP / Jane Roe*"
        if credited_photographer(found.group(2)):
            mentions = _as_person(doc, mentions, *found.span(2))
    author_name = re.compile(_name())
    for found in byline().finditer(text):
        if any(w.lower() in staff_words() for w in found.group(1).split()):
            continue
        for author in author_name.finditer(found.group(1)):
            mentions = _as_person(doc, mentions, found.start(1) + author.start(), found.start(1) + author.end())
    mentions = credited_mastheads(doc, text, dateline_outlet(doc, text, mentions))
    return outlets_throughout(without_authors_titles(doc, text, mentions))


def dateline_outlet(doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with the name in brackets of a wire dateline ("MAIDUGURI, Nigeria, June 7 (Meridian) -") an
    outlet wherever the page writes it, where the NER read it as a place, a person or nothing; a known actor there
    stays.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("KANO, Nigeria, May 2 (Harmattan) - Gunmen attacked the town. Harmattan saw them.")
    >>> [(m.text, m.label, m.kind) for m in dateline_outlet(doc, doc.text, []) if m.text == "Harmattan"]
    [('Harmattan', 'Organization', 'media')]
    """
    for found in DATELINE_OUTLET.finditer(text):
        name = found.group(1)
        start, end = found.span(1)
        known = any(m.actor_id and m.start_char < end and start < m.end_char for m in mentions)
        if _BRACKETED_OUTLET.fullmatch(name) and load_gazetteer().lookup(name) is None and not known:
            mentions = as_outlet(doc, mentions, start, end)
    return mentions


def as_outlet(doc: Doc, mentions: list[Mention], start: int, end: int, kind: str = "media") -> list[Mention]:
    """The mentions with the name at these offsets an outlet (or a publisher of another ``kind``): the unknown
    mentions of that name anywhere relabelled, any other mention overlapping it dropped, and one added where the NER
    read none there."""
    span = doc.char_span(start, end)
    if span is None:
        return mentions
    mentions = [
        replace(m, label="Organization", kind=kind)
        if m.name == span.text and not m.actor_id and not m.refers_back
        else m
        for m in mentions
        if not (m.start_char < end and start < m.end_char and (m.start_char, m.end_char) != (start, end))
    ]
    if any((m.start_char, m.end_char) == (start, end) for m in mentions):
        return mentions
    outlet = Mention(span.start, span.end, start, end, span.text, "Organization", span.text, kind)
    return sorted([*mentions, outlet], key=lambda m: m.start)


def outlets_throughout(mentions: list[Mention]) -> list[Mention]:
    """The mentions, with every unknown name of an outlet the page names (in its byline or masthead) in two words or
    more that outlet wherever it is written: "By Staff reporter | Valle Hondo Diario" and a photo's credit "(Valle
    Hondo Diario)", which the NER reads as a person's name, are one organisation.

    >>> outlet = Mention(0, 2, 0, 11, "Valle Hondo", "Organization", "Valle Hondo", "media")
    >>> credit = Mention(9, 11, 40, 51, "Valle Hondo", "Person", "Valle Hondo")
    >>> [(m.label, m.kind) for m in outlets_throughout([outlet, credit])]
    [('Organization', 'media'), ('Organization', 'media')]
    """
    outlets = {  # of two words or more: a lone word there is more often a place the NER read as the outlet
        m.name for m in mentions if not m.actor_id and m.label == "Organization" and m.kind == "media" and " " in m.name
    }
    return [
        replace(m, label="Organization", kind="media")
        if m.name in outlets and not m.actor_id and not m.refers_back and m.label != "Organization"
        else m
        for m in mentions
    ]


def _as_person(doc: Doc, mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The mentions with the name at these offsets a person: an unknown mention of it relabelled, or one added; a
    place or body read in its later words ("Paul Jordan", "Louise Ireland") or an unknown person's name read in its
    first words only ("Ana Lucía" of "Ana Lucía dos Santos") gives way to it, a place or body read in its first word
    ("Sudan Tribune") keeps it from being a person."""
    span = doc.char_span(start, end)
    surname = [  # "Santos" of "Ana Lucía dos Santos"; "Ana Lucía", an unknown person's name the NER cut short
        m
        for m in mentions
        if (start < m.start_char or (m.label == "Person" and not m.actor_id and m.end_char < end))
        and start <= m.start_char
        and m.end_char <= end
    ]
    overlapping = [m for m in mentions if m.start_char < end and start < m.end_char and m not in surname]
    if span is None or any(m.actor_id or (m.start_char, m.end_char) != (start, end) for m in overlapping):
        return mentions
    mentions = [m for m in mentions if m not in surname]
    if overlapping:
        return [replace(m, label="Person", kind=None) if m in overlapping else m for m in mentions]
    added = Mention(span.start, span.end, span.start_char, span.end_char, span.text, "Person", span.text)
    return sorted([*mentions, added], key=lambda m: m.start)


def _staff_bylines(doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without the unknown names a staff byline's words gave ("Staff Reporter", "World Israel News
    Staff"), and with its outlet named ("World Israel News") where no known actor is named in it ("Reuters")."""
    for found in STAFF_BYLINE.finditer(text):
        staff = any(w.lower() in staff_words() for w in found.group(1).split())
        if not staff or load_gazetteer().lookup(found.group(1)):
            continue
        start, end = found.start(1), found.end(1)
        inside = [m for m in mentions if m.start_char < end and start < m.end_char]
        if any(m.actor_id for m in inside):
            continue
        mentions = [m for m in mentions if m not in inside]
        words = list(re.finditer(r"\S+", found.group(1)))
        named = list(itertools.takewhile(lambda w: w.group().lower() not in staff_words(), words))
        span = doc.char_span(start, start + named[-1].end()) if named else None
        if span is not None and all(w.group().lower() in staff_words() for w in words[len(named) :]):
            name = span.text
            outlet = Mention(span.start, span.end, span.start_char, span.end_char, name, "Organization", name, "media")
            mentions = sorted([*mentions, outlet], key=lambda m: m.start)
    return mentions


def _placed_elsewhere(name: str, start: int, end: int, mentions: list[Mention], places: set[str]) -> bool:
    """Whether a mention of the name outside these offsets reads as a place's."""
    return name in places and any(
        m.name == name and m.label in PLACE_LABELS and not (m.start_char < end and start < m.end_char) for m in mentions
    )


def _outlets_after_authors(doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
    """The outlet a byline names after its last comma ("By Jane Roe and John Doe, Sahel Observer | 4 May") as one
    organisation, where the NER read it in parts or as a person; a known actor there ("Reuters", "Bamako") stays, and
    so does a name the page reads as a place elsewhere: the reporter's town ("By a Kivu Herald correspondent, Bunia"
    over "fighting in Bunia")."""
    places = {m.name for m in mentions if m.label in PLACE_LABELS}
    for found in OUTLET_TAIL.finditer(text):
        words = found.group(1).split()
        if not 1 <= len(words) <= 6 or not all(_OUTLET_WORD.fullmatch(w) for w in words):
            continue
        if any(w.lower() in staff_words() | desk_words() for w in words):
            continue  # "By Jane Roe, Staff Reporter": a role, not an outlet; "By Staff reporter, West Bank Desk"
        start, end = found.span(1)
        span = doc.char_span(start, end)
        inside = [m for m in mentions if m.start_char < end and start < m.end_char]
        if span is None or any(m.actor_id and (m.start_char, m.end_char) == (start, end) for m in inside):
            continue
        if _placed_elsewhere(span.text, start, end, mentions, places):
            continue
        outlet = Mention(span.start, span.end, start, end, span.text, "Organization", span.text, "media")
        mentions = sorted([*(m for m in mentions if m not in inside), outlet], key=lambda m: m.start)
    return mentions

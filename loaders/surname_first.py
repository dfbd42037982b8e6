"""Names a listing writes surname first, in capitals: "AL-SARAJI, Hashim Finyan Rahim (a.k.a. AL-WALAI, Abu Alaa)",
"GHAIRAT, Hushang; Russia; nationality Afghanistan", "(Linked To: AL-JAMAL, Sa'id Ahmad Muhammad)", "2. POPOV,
Pavel Anatolyevich. Position: ...". A sanctions
notice lists its people so; the NER reads the two halves apart (a body "GHAIRAT", a person "Hushang"), so each such
name is one person, named in the order prose writes it ("Hashim Finyan Rahim al-Saraji"), its listed form kept as
written. Only where a listing's entry opens (a line's start, after its number or bullet, after "a.k.a." or "Linked
To:"), and never a dateline
("ERBIL, Iraq, Jan 16 (AFP)": a known place on either side).

>>> from loaders.nlp import load_nlp
>>> from graph.gazetteer import load_gazetteer
>>> doc = load_nlp()("GHAIRAT, Hushang (a.k.a. GHEIRAT, Houshang); Russia.\\nERBIL, Iraq, Jan 16 (AFP) - A strike.")
>>> [(m.text, m.name) for m in listed_surnames(doc, [], load_gazetteer())]
[('GHAIRAT, Hushang', 'Hushang Ghairat'), ('GHEIRAT, Houshang', 'Houshang Gheirat')]
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from graph.gazetteer import Gazetteer
from loaders.doc_words import text_of
from loaders.mentions import Mention, hyphened_particles
from loaders.months import month_words
from loaders.relative_days import weekdays


def _latin_letters(upper: bool) -> str:
    """A character class's letters of one case: ASCII's and the accented Latin ones ("Ñ", "Ú", "Ş"; "é", "ñ"), so
    that "TREVIÑO GARZA, Marisol" and "CANTÚ ROBLES, Julio César" read as "ALI, Hassan" does.

    >>> "Ñ" in _latin_letters(True), "ñ" in _latin_letters(True), "é" in _latin_letters(False)
    (True, False, True)
    """
    accented = (chr(c) for c in range(0xC0, 0x250))
    return ("A-Z" if upper else "a-z") + "".join(
        c for c in accented if c.isalpha() and (c.isupper() if upper else c.islower())
    )


_UPPER, _LOWER = _latin_letters(True), _latin_letters(False)
_CAPITAL_WORD = rf"[{_UPPER}][{_UPPER}'\-]*[{_UPPER}]"
_GIVEN_WORD = rf"[{_UPPER}][{_LOWER}'\-]+\.?"
_SURNAME_FIRST = re.compile(
    rf"(?P<surname>{_CAPITAL_WORD}(?: {_CAPITAL_WORD}){{0,2}}), (?P<given>{_GIVEN_WORD}(?: {_GIVEN_WORD}){{0,3}})"
    r"(?=\s*(?:[(;,)\]]|\.\s|$))",
    re.MULTILINE,
)
_ENTRY_OPENERS = re.compile(r"(?:^|\n)[ \t]*(?:\d+\.|[-*•])?[ \t]*$|(?:a\.k\.a\.?|linked to:)\s*$", re.IGNORECASE)
_OPENER_REACH = 20  # characters before a name read for what opens its entry


@cache
def _not_given_names() -> frozenset[str]:
    """Words after a capitalised word and a comma that are no given name: a dateline's month or weekday."""
    return month_words() | frozenset(weekdays())


def listed_surnames(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The mentions, with a person for each name a listing writes surname first, in place of what the NER found in
    it."""
    text = text_of(doc)
    found: list[Mention] = []
    for match in _SURNAME_FIRST.finditer(text):
        surname, given = match["surname"], match["given"]
        if not _ENTRY_OPENERS.search(text[max(0, match.start() - _OPENER_REACH) : match.start()]):
            continue
        if given.split()[0].rstrip(".").lower() in _not_given_names():
            continue
        if gazetteer.lookup(surname) or gazetteer.lookup(_prose_case(surname)) or gazetteer.lookup(given):
            continue  # "KABUL, Afghanistan (AP)"
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or _address_goes_on(text, match.end(), gazetteer):
            continue  # "6. RANCHO SAN IGNACIO, Anáhuac, Nuevo León, Mexico": a ranch, then the town it is near
        name = f"{given} {_prose_case(surname)}"
        found.append(Mention(span.start, span.end, span.start_char, span.end_char, span.text, "Person", name))
    if not found:
        return mentions
    kept = [m for m in mentions if not any(m.start < f.end and f.start < m.end for f in found)]
    return sorted(kept + found, key=lambda m: (m.start, m.end))


def _prose_case(surname: str) -> str:
    """A surname in capitals as prose writes it: "AL-SARAJI" "al-Saraji", "BEN PAZI" "Ben Pazi", "JA'FARI" "Ja'fari".

    >>> _prose_case("AL-SARAJI"), _prose_case("BEN PAZI"), _prose_case("JA'FARI")
    ('al-Saraji', 'Ben Pazi', "Ja'fari")
    """
    words = []
    for word in surname.split():
        particle, hyphen, rest = word.partition("-")
        if hyphen and particle.lower() in hyphened_particles():
            words.append(f"{particle.lower()}-{rest[:1]}{rest[1:].lower()}")
        else:
            words.append(word[:1] + word[1:].lower())
    return " ".join(words)


ADDRESS_PARTS = re.compile(r"\s*,\s*([^,;()\[\]\n]+)")
ADDRESS_REACH = 2  # comma parts read after the given names: "Anáhuac, Nuevo León, Mexico"


def _address_goes_on(text: str, end: int, gazetteer: Gazetteer) -> bool:
    """Whether the words after a listed name go on, comma after comma, to a known place or state: an entity's address
    ("RANCHO X, Anáhuac, Nuevo León, Mexico"), not a person's given names ("DARWISH, Karim Adel (a.k.a. ...)").

    >>> from graph.gazetteer import load_gazetteer
    >>> text = "RANCHO LUNA, Anahuac, Nuevo Leon, Mexico. DARWISH, Karim (a.k.a. X)."
    >>> _address_goes_on(text, 20, load_gazetteer()), _address_goes_on(text, 56, load_gazetteer())
    (True, False)
    """
    for _ in range(ADDRESS_REACH):
        part = ADDRESS_PARTS.match(text, end)
        if part is None:
            return False
        known = gazetteer.lookup(part[1].strip().rstrip("."))
        if known is not None and known.label in {"Location", "Country"}:
            return True
        end = part.end()
    return False

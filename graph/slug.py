"""Deterministic node ids and name keys.

>>> slugify("Abu Mahdi al-Muhandis")
'abu-mahdi-al-muhandis'
>>> slugify("Kata'ib Hizballah")
'kataib-hizballah'
>>> name_key("the Popular Mobilization Units'")
'popular mobilization units'
>>> name_key("Kata'ib  Hizballah")
'kataib hizballah'
>>> name_key("the U.S. Department of State")
'us department of state'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = re.compile(r"['’‘`ʼ]")
_NON_WORD = re.compile(r"[^\w]+")


# Letters that are no accented Latin letter, so have no ASCII letter left once accents are dropped: the Turkish
# dotless i ("İmralı" is "Imrali", not "Imral"), the Polish l, the Nordic o and ligatures.
_UNACCENTED = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "ß": "ss",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
        "đ": "d",
        "Đ": "D",
        "ħ": "h",
        "Ħ": "H",
        "þ": "th",
        "Þ": "Th",
    }
)


@lru_cache(maxsize=1 << 16)
def ascii_form(text: str) -> str:
    """The text with its letters' accents dropped, a letter that is not an accented one spelled in ASCII, and any
    other non-ASCII character left out (remembered a text: names are folded again and again).

    >>> ascii_form("G-Pèp"), ascii_form("İmralı"), ascii_form("Łódź")
    ('G-Pep', 'Imrali', 'Lodz')
    """
    return unicodedata.normalize("NFKD", text.translate(_UNACCENTED)).encode("ascii", "ignore").decode()


def slugify(name: str) -> str:
    """A lowercase ASCII slug of a canonical name: the node id."""
    text = _APOSTROPHES.sub("", ascii_form(name).lower())
    return _NON_WORD.sub("-", text).strip("-") or "unnamed"


_DOTTED = re.compile(r"\b([A-Za-z])\.(?=[A-Za-z]\.)")  # the dots of "U.S.", "U.N."
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")  # en and em dashes, the minus: a hyphen's place between two words


@lru_cache(maxsize=1 << 16)
def name_key(surface: str) -> str:
    """The form names are compared in: lowercase, no punctuation ("U.S." is "us"), no leading 'the'; a dash between
    two words parts them as a hyphen does ("Jammu–Srinagar highway" is "Jammu-Srinagar highway", where dropping
    the dash as a non-ASCII character glued the words). Kept per surface: the same names are looked up again and
    again, in the gazetteer and across the rules.

    >>> name_key("the Lamu–Garissa road") == name_key("Lamu-Garissa road")
    True
    """
    text = _APOSTROPHES.sub("", ascii_form(_DOTTED.sub(r"\1", _DASHES.sub("-", surface))).lower())
    text = _NON_WORD.sub(" ", text).strip()
    return re.sub(r"^the\s+", "", text)

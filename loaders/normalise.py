r"""Text normalisation applied to every document before anything else; offsets refer to its output.

>>> normalise("Iraq.The  attack\u00a0was \u201cserious\u201d.")
'Iraq. The attack was "serious".'
>>> normalise('Iran backs it,[2] said X, "through the IRGC."[5] In 2018 [1] of them[12].')
'Iran backs it, said X, "through the IRGC." In 2018 [1] of them.'
>>> split_date_line("date 2019-12-28 A US contractor was killed.")
('2019-12-28', 'A US contractor was killed.')
>>> clean("Kataib\x01 Hezbollah\ud800\x0cbacked\uffff")
'Kataib Hezbollah backed'
"""

from __future__ import annotations

import re
import unicodedata

# Curly quotes, dashes, ellipses and odd spaces, each with its plain form (which holds none of them)
_QUOTES = {
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u2032": "'",
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2013": "-",
    "\u2014": " - ",
    "\u2026": "...",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u200b": "",
}
# _GLUED and _FOOTNOTE open with the character they match and look behind from there: a pattern that opens with
# its look-behind is tried at every character of a page (the same matches, four to forty times slower).
# A sentence end glued to the next sentence: "Iraq.The", "do.\u201dOn" (quotes are straight by then).
_GLUED = re.compile(r"([.!?](?<=[a-z0-9)\]][.!?])[\"']?)(?=[\"']?[A-Z])")
# A footnote's number in brackets after a word or a sentence's end ("through the IRGC."[5] In 2018"), which the
# tokenizer glues to the word before it ("IRGC.\"[5"), so that neither the name nor the sentence's end is read.
_FOOTNOTE = re.compile(r"\[(?<=[\w.,;:!?\"')]\[)\d{1,3}\](?=[\s.,;:!?\"')]|$)")
# What XML 1.0, JSON consumers or a browser cannot take: C0 controls but tab, line feed and carriage
# return, DEL and the C1 controls, lone surrogates (undecodable bytes, JSON "\\ud800"), U+FFFE and U+FFFF.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_AS_SPACE = "\x0b\x0c\x85"  # vertical tab, form feed and next line separate words
# Runs of spaces and tabs, each written as one space; a lone space, one already, is no match (every space a match
# took a quarter of the time of normalising a page)
_SPACES = re.compile(r" [ \t\r\f\v]+|[\t\r\f\v][ \t\r\f\v]*")
_BLANK_LINES = re.compile(r"\n\s*\n\s*")
_DATE_LINE = re.compile(r"^\s*date[:\s]\s*(\d{4}-\d{2}-\d{2})\b\s*", re.IGNORECASE)


def clean(text: str) -> str:
    """``text`` without the characters of :data:`_UNSAFE` (page breaks become spaces), safe for every writer."""
    if _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(lambda m: " " if m.group() in _AS_SPACE else "", text)


def clean_data(value: object) -> object:
    r"""JSON-like data (dicts, lists, strings, numbers) with :func:`clean` applied to every string in it.

    >>> clean_data({"name\x01": ["Iran\ud800", 1, None]})
    {'name': ['Iran', 1, None]}
    """
    kind = type(value)  # exact types first: a large graph holds millions of values
    if kind is str:
        return clean(value)  # type: ignore[arg-type]
    if kind is dict:
        return {clean(k) if type(k) is str else clean_data(k): clean_data(v) for k, v in value.items()}  # type: ignore[union-attr]
    if kind is list or kind is tuple:
        return [clean_data(v) for v in value]  # type: ignore[union-attr]
    if kind is int or kind is float or value is None or kind is bool:
        return value
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, dict):
        return {clean_data(k): clean_data(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean_data(v) for v in value]
    return value


def straightened(text: str) -> str:
    """``text`` with each character of :data:`_QUOTES` in its plain form, one ``str.replace`` a character the text
    has (``str.translate`` looks up every character of the text: fifty times slower on news pages).

    >>> print(straightened("\u201cWe won\u2019t\u201d \u2013 he said\u2026"))
    "We won't" - he said...
    """
    for character, plain in _QUOTES.items():
        if character in text:
            text = text.replace(character, plain)
    return text


def normalise(text: str) -> str:
    """Unsafe characters dropped, NFC, straight quotes, footnote numbers dropped, plain spaces, glued sentences split,
    runs of whitespace collapsed."""
    text = straightened(unicodedata.normalize("NFC", clean(text)))
    text = _FOOTNOTE.sub("", text)
    text = _GLUED.sub(r"\1 ", text)
    text = _SPACES.sub(" ", text)
    text = _BLANK_LINES.sub("\n\n", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def split_date_line(text: str) -> tuple[str | None, str]:
    """Split a leading ``date YYYY-MM-DD`` off the text; return (date or None, rest)."""
    m = _DATE_LINE.match(text)
    if not m:
        return None, text
    return m.group(1), text[m.end() :]

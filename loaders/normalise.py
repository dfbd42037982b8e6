"""Text normalisation applied to every document before anything else; offsets refer to its output.

>>> normalise("Iraq.The  attack\u00a0was \u201cserious\u201d.")
'Iraq. The attack was "serious".'
>>> split_date_line("date 2019-12-28 A US contractor was killed.")
('2019-12-28', 'A US contractor was killed.')
"""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans(
    {
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
)
# A sentence end glued to the next sentence: "Iraq.The", "do.\u201dOn" (quotes are straight by then).
_GLUED = re.compile(r"(?<=[a-z0-9)\]])([.!?][\"']?)(?=[\"']?[A-Z])")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*")
_DATE_LINE = re.compile(r"^\s*date[:\s]\s*(\d{4}-\d{2}-\d{2})\b\s*", re.IGNORECASE)


def normalise(text: str) -> str:
    """NFC, straight quotes, plain spaces, glued sentences split, runs of whitespace collapsed."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES)
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

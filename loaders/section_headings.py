"""The heading of the section a word stands in: a short line set apart as a paragraph of its own, below the page's
prose ("How has the US responded?", "Response from Islamabad", "07:50 - UK jets shot down drones, Sunak says"). A
section's heading often names the state its paragraphs speak for, where a title below names none ("President X").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from loaders.doc_words import text_of
from loaders.paragraphs import MAX_HEADING_WORDS
from loaders.reference_scope import is_aside_line

PARAGRAPH = re.compile(r"(?:[^\n]*\S[^\n]*(?:\n|$))+")  # a run of lines with words, between blank lines
WORDS = re.compile(r"[^\W_]+")
PROSE_END = re.compile(r"[.!:;,\"'”’)\]]\s*$")  # a line that ends as a sentence or a clause does


def _is_heading(paragraph: str) -> bool:
    """Whether a paragraph is a single short line that does not end as prose does (a question mark may end it), and
    no aside ("Related: X", a caption, a byline).

    >>> [_is_heading(s) for s in ("How has the US responded?", "The US responded.", "Related: Peru votes")]
    [True, False, False]
    """
    lines = paragraph.strip().split("\n")
    words = len(WORDS.findall(lines[0]))
    return (
        len(lines) == 1
        and 0 < words <= MAX_HEADING_WORDS
        and not PROSE_END.search(lines[0])
        and not is_aside_line(lines[0])
    )


def section_heading(doc: Doc, at: int) -> tuple[int, int] | None:
    """The characters of the heading nearest above the paragraph holding character ``at``, when prose stands above
    that heading (the page's title and the lines around it head no section).

    >>> import spacy
    >>> doc = spacy.blank("en")("Title\\n\\nA sentence of prose.\\n\\nWhat does Peru say?\\n\\nIts president spoke.")
    >>> start, end = section_heading(doc, doc.text.index("Its"))
    >>> doc.text[start:end]
    'What does Peru say?'
    >>> section_heading(doc, doc.text.index("A sentence")) is None
    True
    """
    paragraphs = [p for p in PARAGRAPH.finditer(text_of(doc)) if p.start() <= at]
    for i in range(len(paragraphs) - 2, 0, -1):
        if _is_heading(paragraphs[i].group()):
            above = paragraphs[:i]
            if any(not _is_heading(p.group()) and PROSE_END.search(p.group()) for p in above):
                return paragraphs[i].start(), paragraphs[i].start() + len(paragraphs[i].group().rstrip())
            return None
    return None

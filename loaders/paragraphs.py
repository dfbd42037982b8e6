"""Paragraph breaks and heading lines end sentences: boundaries the parser must keep.

spaCy's parser reads a heading, a byline or a caption and the paragraph after it as one
sentence when no full stop stands between them ("Militia leader killed in strike\\n\\nA drone
strike killed ..."), which glues names across them. This component, placed before the parser,
starts a sentence at the first word after a blank line, after a wire story's dateline, a live blog's entry
stamp or a timeline item's date ("2-3 July 2019 - An airstrike ..."), and after a line shaped like a heading
above a single line break ("Drone strike kills three near Erbil\\nERBIL, Iraq (AP) - A drone ..."); the parser keeps
boundaries set before it and decides the rest. A line of hard-wrapped prose is not a heading (:func:`heading_line`),
so a sentence wrapped over lines still reads as one.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("paragraph_breaks")
>>> [t.is_sent_start for t in nlp("Strike near Baghdad\\n\\nA drone hit")][3:]
[None, True, None, None]
>>> [t.is_sent_start for t in nlp("Strike near Baghdad\\nA drone hit the base.")][3:6]
[None, True, None]

A wire story's dateline ("MOGADISHU, March 3 (Reuters) - ") ends before the story's first word:

>>> [t.text for t in nlp("KABUL, Dec 12 (Reuters) - A bomb hit Kabul.") if t.is_sent_start]
['KABUL', 'A']

and so does a live blog's entry stamp:

>>> [t.text for t in nlp("Saturday, 18:30 — The UN called for calm.") if t.is_sent_start]
['Saturday', 'The']
"""

from __future__ import annotations

import re
from itertools import chain

from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from loaders.doc_words import span_text, text_of, token_strings
from loaders.page_labels import menu_separators
from loaders.timeline_leads import timeline_items_of

MAX_HEADING_WORDS = 16  # a headline, a byline, a caption: a longer line is prose
# Parts of speech (Penn tags) a line ends with only in the middle of a sentence: "... carried out by\nKataib
# Hezbollah", "the Islamic\nRevolutionary Guard Corps", "Iran's\nproxies" (the grammar's vocabulary, not a word list).
OPEN_ENDS = frozenset({"IN", "TO", "DT", "PDT", "CC", "PRP$", "POS", "WDT", "WP", "WP$", "MD", "EX", "JJ", "HYPH"})
PROPER = frozenset({"NNP", "NNPS"})
SENTENCE_ENDS = (".", "!", "?")
CLOSING = "\"')]"
WORD = re.compile(r"\S+")
# A wire story's dateline at a line's start: the place in capitals (several, with "/"), maybe its country or region,
# a date and the agency in brackets, then a dash or a colon: "BOSASO, Somalia, Jan 3 (Reuters) - ", "NIAMEY — ",
# "AZAZ / MANBIJ, September 6, 2023 – ", "RAIPUR: ". Read with the story's first sentence, the parser makes the place
# its subject ("MOGADISHU ... - Al-Shabaab fighters attacked": the fighters in apposition to the city).
DATELINE = re.compile(
    r"^[A-Z][A-Z'’.-]+(?:[ /]+[A-Z][A-Z'’.-]+)*"  # MOGADISHU, RIO DE JANEIRO, PESHAWAR/KABUL, AZAZ / MANBIJ
    r"(?:, (?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*|[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?))*"  # , Somalia, Jan 3
    r"(?: \([^()\n]{2,40}\))?"  # (Reuters)
    r"(?: ?[-–—:]) ",
    re.MULTILINE,
)
# A live blog's entry stamp at a line's start: maybe a weekday, a time of day, maybe a time zone, then a dash:
# "Saturday, 18:30 — ", "16:05 GMT - ". Read with the entry's first sentence, the parser hangs the sentence on the
# time, and no rule reads its subject or its verb.
ENTRY_STAMP = re.compile(
    r"^(?:[A-Z][a-z]+day,? )?\d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})? ?[-–—] ",
    re.MULTILINE,
)


def heading_line(line: Span, following: Token, longest: int) -> bool:
    r"""Whether a line that starts a paragraph, above ``following`` (the next line's first word), is shaped like a
    heading: at most :data:`MAX_HEADING_WORDS` words and no sentence's end inside, a capital or a digit first, and
    a word last that can end a phrase (no final punctuation, comma, hyphen, preposition or determiner); broken
    before a word that would have fitted in the text's ``longest`` line, so not hard-wrapped prose; and not a name
    broken over two lines ("the Popular\nMobilization Forces"). The next line must start as a sentence does, with a
    capital or a digit (after a quote, maybe).

    >>> import spacy
    >>> doc = spacy.blank("en")("Drone strike kills three near Erbil\nERBIL, Iraq - A drone hit")
    >>> heading_line(doc[:6], doc[7], longest=80), heading_line(doc[:6], doc[7], longest=40)
    (True, False)
    """
    text = line.text
    next_word = WORD.match(text_of(following.doc), following.idx)
    if not text or next_word is None or len(text) + 1 + len(next_word.group()) > longest:
        return False
    words = sum(not t.is_punct for t in line)
    if not 0 < words <= MAX_HEADING_WORDS or any(t.text in SENTENCE_ENDS for t in line[:-1]):
        return False
    first = next((c for c in next_word.group() if c.isalnum()), "")
    if not (text[0].isupper() or text[0].isdigit()) or not (first.isupper() or first.isdigit()):
        return False
    last = line[-1]
    name_broken = last.tag_ in PROPER and following.tag_ in PROPER and following.is_title and not menu_line(line)
    return last.text[-1].isalnum() and last.tag_ not in OPEN_ENDS and not name_broken


def menu_line(line: Span) -> bool:
    r"""Whether a line is a breadcrumb's or a menu's, with two separators or more ("World | Africa | Somalia",
    ``menu_separators``): its last word ends it, never a name the next line goes on with ("Twin car bombs ...").

    >>> import spacy
    >>> doc = spacy.blank("en")("World | Africa | Somalia")
    >>> menu_line(doc[:]), menu_line(doc[:3])
    (True, False)
    """
    return sum(t.text in menu_separators() for t in line) >= 2


def stopped_line(line: Span, following: Token) -> bool:
    r"""Whether a line ends with a full stop, a question or an exclamation mark of its own (maybe inside a quote or
    a bracket; not an abbreviation's) and the next line starts as a sentence does, with a capital, a digit or a
    quote: "... for information about him.\nEnemies: The group ...".

    >>> import spacy
    >>> doc = spacy.blank("en")("A reward was offered.\nEnemies: the West.\nthe end")
    >>> stopped_line(doc[:5], doc[6]), stopped_line(doc[6:11], doc[12])
    (True, False)
    """
    marks = token_strings(line.doc)[line.start : line.end]  # a copy, read from the page's words as strings
    while marks and marks[-1] in CLOSING:
        marks.pop()
    first = following.text[:1]
    return bool(marks) and marks[-1] in SENTENCE_ENDS and (first.isupper() or first.isdigit() or first in "\"'“‘")


def clause_starts(line: Span) -> list[Token]:
    r"""The words that open a headline's later clauses, each after a semicolon: "Jets pound Qandil; PKK vows to fight
    on" joins two reports, each a sentence of its own (read as one, the parser hangs the first on the second's verb).
    A line with a sentence's end inside or at its end is prose, whose semicolons join clauses and the items of lists.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> [t.text for t in clause_starts(nlp("Jets pound Qandil; PKK vows to fight on")[:])]
    ['PKK']
    >>> clause_starts(nlp("It named A, a judge; B, a mayor; and C.")[:])
    []
    """
    words = token_strings(line.doc)[line.start : line.end]  # no token made at each word of the line
    if any(w in SENTENCE_ENDS for w in words) or span_text(line).rstrip(CLOSING).endswith(SENTENCE_ENDS):
        return []
    return [line.doc[line.start + i + 1] for i, w in enumerate(words[:-1]) if w == ";"]


@Language.component("paragraph_breaks")
def start_sentences_after_breaks(doc: Doc) -> Doc:
    """Mark the first word after a blank line (a space token holding two line breaks) as a sentence start, and the
    first word of a line after a heading line (:func:`heading_line`) that starts a paragraph (the text's first
    line, after a blank line, a sentence's end or another heading: "Drone strike kills three\\nBy Jane Doe\\n"), and
    the first word of a line after a line that ends a sentence (:func:`stopped_line`), and each clause of a
    line that starts a paragraph and reads as a headline (:func:`clause_starts`)."""
    text = text_of(doc)
    longest = max(map(len, text.split("\n")))
    starts: list[int] = []  # the sentence starts found, written at once (each token's setter scans the page)
    stories = [m.end() for m in chain(DATELINE.finditer(text), ENTRY_STAMP.finditer(text))]  # the story's first word
    items = [item.start for item in timeline_items_of(doc)]  # "2-3 July 2019 - An airstrike ...": the item's first word
    for at in stories + items:
        first = doc.char_span(at, at + 1, alignment_mode="expand")
        if first is not None and first.start > 0:
            starts.append(first.start)
    pending = False  # the next word starts a sentence
    paragraph = True  # the line being read starts a paragraph
    line_start = 0
    words = token_strings(doc)
    for i, space in enumerate(doc.to_array(IS_SPACE).tolist() if len(doc) else []):  # a Token only where needed
        if not space:
            if pending:
                starts.append(i)
                pending = False
            continue
        breaks = words[i].count("\n")
        if not breaks:
            continue
        line = doc[line_start:i]
        if paragraph:  # "Jets pound X; PKK vows to fight on"
            starts += [start.i for start in clause_starts(line)]
        following = i + 1
        heading = paragraph and breaks == 1 and following < len(doc) and heading_line(line, doc[following], longest)
        pending = pending or breaks >= 2 or heading or (following < len(doc) and stopped_line(line, doc[following]))
        line_text = span_text(line)
        paragraph = breaks >= 2 or heading or (bool(line_text) and line_text.rstrip(CLOSING).endswith(SENTENCE_ENDS))
        line_start = following
    if starts:
        _start_sentences(doc, starts)
    return doc


def _start_sentences(doc: Doc, starts: list[int]) -> None:
    """Mark the tokens at ``starts`` as sentence starts, written as one array: ``token.is_sent_start = True`` checks
    the whole page for a parse at each token.

    >>> import spacy
    >>> doc = spacy.blank("en")("Iran funds Hezbollah Israel strikes Gaza")
    >>> _start_sentences(doc, [3])
    >>> [t.is_sent_start for t in doc]
    [True, None, None, True, None, None]
    """
    sent_starts = doc.to_array(SENT_START)
    sent_starts[starts] = 1
    doc.from_array([SENT_START], sent_starts.reshape(-1, 1))


def add_paragraph_breaks(nlp: Language) -> Language:
    """Put the component before the parser (or last, in a pipeline without one)."""
    nlp.add_pipe("paragraph_breaks", **({"before": "parser"} if "parser" in nlp.pipe_names else {}))
    return nlp

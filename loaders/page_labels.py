"""Names that a page's layout or wording shows are not actors, though the NER tags them.

- a kicker or section label before a colon at a line's start ("Explainer: Who are ...", "## Background: the
  alliance");
- anything on a breadcrumb or menu line ("Home | News & Events | Press Statements", "Home › Africa › Senegal", or
  a short line with one bar that labels the page: "POLICY BRIEF | Middle East Programme", not a byline), a known
  place too, or a name run across a separator bar or a dash with a space on each side (a live page's "19:48 GMT -
  Junta yet to respond": the time, then the entry's heading);
- a law's or an order's title ("the Unlawful Activities (Prevention) Act", "Executive Order 14115");
- a name cut before its end ("the Specially Designated Nationals and Blocked Persons List" read up to "and");
- a name that only qualifies a thing no actor is ("the Haigeng agreement", "the Grito ceremony") or a people
  ("the Masalit community");
- any word of a question-like heading in capitals ("WHO IS BEHIND IT", "WHAT HAPPENED"), known or not
  (:func:`heading_tokens`): "WHO" there asks, it is not the World Health Organization;
- a name read only in a line written in title case (a headline, a heading, a "Related:" link), never in the text
  outside it ("Council Renews Arms Embargo", "the Limits of Negotiation"): every word is capitalised there, so the
  NER takes phrases for names (:func:`title_case_lines`).

The head nouns are ``seeds/relations.yaml``'s ``page_labels`` block. Only names the gazetteer does not know are
judged here: a known actor before a colon or a bar is still that actor (a known place on a menu line is not, in
``loaders/mentions.py``).

>>> from loaders.nlp import load_nlp
>>> doc = load_nlp()("Explainer: Who are the rebels?\\nHome | News | Press Statements")
>>> [e.text for e in doc.ents if not_an_actor(e)], sorted(doc[i].text for i in menu_tokens(doc))
(['Explainer', 'Home | News'], ['Home', 'News', 'Press', 'Statements', '|', '|'])
>>> doc = load_nlp()("WHO IS BEHIND IT\\n\\nThe WHO said ISIS was.")
>>> sorted(doc[i].text for i in heading_tokens(doc))
['BEHIND', 'IS', 'IT', 'WHO']
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from spacy.tokens import Doc, Span

from graph.seeds import load_seed_yaml
from loaders.doc_words import kept, text_of, token_strings
from loaders.months import month_numbers

_WORD = re.compile(r"[^\W\d_]+")  # a run of letters


@cache
def _lists() -> dict[str, frozenset[str]]:
    return {key: frozenset(words) for key, words in load_seed_yaml("relations.yaml")["page_labels"].items()}


def menu_separators() -> frozenset[str]:
    """The marks that part a breadcrumb's or a menu's items ("|", "›", "»", ">")."""
    return _lists()["menu_separators"]


def not_an_actor(span: Span) -> bool:
    """Whether an unknown name is a page's label, a cut-off name, a qualifier of a thing or a people, a language
    spoken, or runs across a bar (the names on a menu line are :func:`menu_tokens`)."""
    return (
        _kicker(span)
        or any(t.text in _lists()["menu_separators"] for t in span)
        or _runs_across(span)
        or _names_a_field(span)
        or _bracketed_tag(span)
        or _month_of_a_date(span)
        or _no_latin_letter(span)
        or _cut_off(span)
        or _qualifies_a_thing(span)
        or _names_a_title(span)
        or _names_a_portfolio(span)
        or _spoken(span)
    )


DASHES = frozenset({"-", "–", "—", "--"})


def _runs_across(span: Span) -> bool:
    """Whether a name runs across a dash standing apart ("GMT - Junta" of "19:48 GMT - Junta yet to respond") or a
    semicolon ("Prince Y.; a.k.a" of a listing's aliases): two things, not one name ("Guinea-Bissau" is written
    without spaces).

    >>> from spacy.lang.en import English
    >>> doc = English()("19:48 GMT - Junta yet to respond in Guinea-Bissau")
    >>> _runs_across(doc[1:4]), _runs_across(doc[8:11])
    (True, False)
    """
    doc = span.doc
    dashes = (t.text in DASHES and t.whitespace_ and t.i > span.start and doc[t.i - 1].whitespace_ for t in span)
    return any(dashes) or any(t.text == ";" for t in span)


def _names_a_field(span: Span) -> bool:
    """Whether a name is, or opens with, the label of a field of a sanctions listing's entry ("Gender Male",
    "Organization Type", "DOB", ``listing_fields``): the entry's form, not an actor.

    >>> from spacy.lang.en import English
    >>> doc = English()("DOB 12 Mar 1959; Gender Male; Organization Type: Mining")
    >>> _names_a_field(doc[5:7]), _names_a_field(doc[8:10]), _names_a_field(doc[11:12])
    (True, True, False)
    """
    text = span.text  # read once: spaCy joins the span's tokens at each reading
    return any(text == f or text.startswith(f + " ") for f in _lists()["listing_fields"])


MIN_MONTH_LETTERS = 3  # "Aug", "Sept": a month's name cut short


def _month_of_a_date(span: Span) -> bool:
    """Whether a name is one word that spells a month, whole or cut short, before a day's number: a dateline's date
    ("SINJAR, Iraq, Aug 18 (MEW) -"), not a place (``months``).

    >>> from spacy.lang.en import English
    >>> doc = English()("SINJAR, Iraq, Aug 18 (MEW) - Augusta 18 men")
    >>> _month_of_a_date(doc[4:5]), _month_of_a_date(doc[11:12])
    (True, False)
    """
    doc = span.doc
    if len(span) != 1 or span.end >= len(doc) or not doc[span.end].like_num:
        return False  # the cheap tests first: this runs on every name the NER finds
    word = span.text.lower().rstrip(".")
    return len(word) >= MIN_MONTH_LETTERS and any(month.startswith(word) for month in month_numbers())


def _bracketed_tag(span: Span) -> bool:
    """Whether a name in capitals stands alone in square brackets: a sanctions programme's tag ("[BALKANS-EO14033]",
    "[SDGT]") after a listing's entry, not an actor.

    >>> from spacy.lang.en import English
    >>> doc = English()("Gender Male [BALKANS-EO14033].")
    >>> _bracketed_tag(doc[3:6])
    True
    """
    doc = span.doc
    alone = span.start > 0 and span.end < len(doc) and doc[span.start - 1].text == "[" and doc[span.end].text == "]"
    return alone and span.text.upper() == span.text


def _no_latin_letter(span: Span) -> bool:
    """Whether a name is written in another script only ("Милорад" of "(Cyrillic: ДОДИК, Милорад)"): a spelling the
    page gives beside the name it uses, which is read as that name.

    >>> from spacy.lang.en import English
    >>> doc = English()("Dodik (Cyrillic: Додик) and Đukanović")
    >>> _no_latin_letter(doc[4:5]), _no_latin_letter(doc[7:8])
    (True, False)
    """
    letters = [c for c in span.text if c.isalpha()]
    return bool(letters) and not any("LATIN" in unicodedata.name(c, "") for c in letters)


def _spoken(span: Span) -> bool:
    """A name a verb of speaking takes as its object, alone or in a list, or set after a noun of a language and a
    comma: a language ("some speak only Kanuri or Zarma", ``speaking_verbs``; "in the Basque language, Euskara",
    ``language_nouns``).

    >>> from spacy.lang.en import English
    >>> doc = English()("The name means freedom in the Basque language, Euskara.")
    >>> _spoken(doc[9:10])
    True
    """
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].text == "," and doc[span.start - 2].lower_ in _lists()["language_nouns"]:
        return True
    word = span.root
    while word.dep_ == "conj" and word.head != word:
        word = word.head
    return word.dep_ == "dobj" and word.head.lemma_.lower() in _lists()["speaking_verbs"]


def _names_a_title(span: Span) -> bool:
    """A name of two words or more ending in a law's or an order's noun, or in one and a number ("the Unlawful
    Activities (Prevention) Act", "Order 14115"), or the words the NER read before such a noun ("Hostile Networks" of
    "the Hostile Networks (Prevention) Act"): a title, not an actor."""
    words = [t for t in span if not t.is_punct]
    if len(words) > 1 and words[-1].like_num:
        words = words[:-1]
    if len(words) > 1 and words[-1].text in _lists()["title_nouns"]:
        return True
    doc, after = span.doc, span.end
    if after + 2 < len(doc) and doc[after].text == "(":
        after = next((t.i + 1 for t in doc[after : after + 6] if t.text == ")"), after)
    return after < len(doc) and doc[after].text in _lists()["title_nouns"] and not doc[after].is_sent_start


def _kicker(span: Span) -> bool:
    """A single word opening its line (after a heading's marks) and followed by a colon: a label, not a name."""
    doc = span.doc
    if len(span) != 1 or span.end >= len(doc) or doc[span.end].text != ":":
        return False
    i = span.start - 1
    while i >= 0 and "\n" not in doc[i].whitespace_ and "\n" not in doc[i].text:
        if not doc[i].is_punct:
            return False  # "... said Explainer:" is inside a line
        i -= 1
    return True


def menu_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of a breadcrumb's or a menu's lines: those with two separators or more ("Home | News | Statements",
    "Home › Africa › Senegal", ``menu_separators``), or with one bar in a short line with no full stop ("POLICY BRIEF
    | Middle East Programme"). Read once a document (the mentions and the echoed names both ask).

    >>> from spacy.lang.en import English
    >>> doc = English()("World › Asia › Central Asia\\nGunmen struck.")
    >>> sorted(doc[i].text for i in menu_tokens(doc))
    ['\\n', 'Asia', 'Asia', 'Central', 'World', '›', '›']
    """
    return kept(doc, "actorgraph_menu", _menu_tokens)


def _menu_tokens(doc: Doc) -> frozenset[int]:
    menu: set[int] = set()
    text = text_of(doc)
    if not any(bar in text for bar in _lists()["menu_separators"]):
        return frozenset()
    texts = token_strings(doc)  # a token's whitespace is a space at most: a line ends at a token with a line break
    line: list[int] = []
    for i, token_text in enumerate(texts):
        line.append(i)
        if "\n" in token_text:
            menu.update(line if _menu_line(doc, texts, line) else ())
            line = []
    menu.update(line if _menu_line(doc, texts, line) else ())
    return frozenset(menu)


def masthead(span: Span) -> bool:
    """Whether a name opens its line and fills it, or the line's first part before a bar or a dash, and is a body's
    head with "of" and a name (``of_name_heads``): a press release's masthead naming its author ("Council of the
    European Union | Press release", "U.S. DEPARTMENT OF THE TREASURY"), not a headline's phrase nor a menu's item.

    >>> from spacy.lang.en import English
    >>> doc = English()("Council of the Orsk Union | Press release\\nOrsk Union Ministers Meet")
    >>> masthead(doc[0:5]), masthead(doc[9:12])
    (True, False)
    """
    doc = span.doc
    opens = span.start == 0 or "\n" in doc[span.start - 1].whitespace_ or "\n" in doc[span.start - 1].text
    after = doc[span.end].text if span.end < len(doc) else "\n"
    closes = "\n" in span[-1].whitespace_ or "\n" in after or after in masthead_ends()
    heads = of_name_heads()
    headed = any(t.lower_ in heads and t.i + 1 < span.end and t.nbor().lower_ == "of" for t in span)
    return opens and closes and headed


@cache
def of_name_heads() -> frozenset[str]:
    """One-word heads of a body's name that go on with "of" and a name (``seeds/relations.yaml``)."""
    return frozenset(load_seed_yaml("relations.yaml")["of_name_heads"])


@cache
def masthead_ends() -> frozenset[str]:
    """The marks that may close a masthead's name on its line: a menu's separators and dashes."""
    return _lists()["menu_separators"] | _lists()["masthead_dashes"]


MAX_LABEL_LINE = 10  # words of a short line with one bar that labels the page


def _menu_line(doc: Doc, texts: list[str], line: list[int]) -> bool:
    """Whether a line's tokens are a menu's (see :func:`menu_tokens`); not a byline's ("By A, Outlet | 18 May").
    ``texts``: every token's text, so that most lines are read without making a ``Token``."""
    separators = _lists()["menu_separators"]
    bars = sum(texts[i] in separators for i in line)
    if bars != 1 or not any(texts[i] == "|" for i in line):
        return bars >= 2
    words = [i for i in line if doc[i].is_alpha]
    byline = bool(words) and doc[words[0]].lower_ == "by"
    return not byline and len(words) <= MAX_LABEL_LINE and not any(texts[i] == "." for i in line)


def heading_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of the lines in capitals that ask or announce like a section's heading: two words or more, every
    letter a capital, and a question word first (``question_words``) or a question mark last. Lines are read in the
    text (most pages have none), then found among the tokens.

    >>> from spacy.lang.en import English
    >>> doc = English()("Gunmen struck.\\nWHO IS BEHIND IT\\nThe WHO said so.")
    >>> sorted(doc[i].text for i in heading_tokens(doc))
    ['BEHIND', 'IS', 'IT', 'WHO']
    """
    return kept(doc, "actorgraph_headings", _heading_tokens)


def _heading_tokens(doc: Doc) -> frozenset[int]:
    found: set[int] = set()
    start = 0
    for line in text_of(doc).split("\n"):
        first = _WORD.search(line)  # the first word tells whether the line asks; most lines are read no further
        asks = line.rstrip().endswith("?") or (first is not None and first[0].lower() in _lists()["question_words"])
        words = _WORD.findall(line) if asks else []
        if len(words) >= 2 and all(w.isupper() for w in words):
            span = doc.char_span(start, start + len(line), alignment_mode="expand")
            found.update(t.i for t in span or () if not t.is_space)
        start += len(line) + 1
    return frozenset(found)


TITLE_CASE_SHARE = 0.75  # of a line's words of four letters or more capitalised: a headline in title case
MIN_HEADING_WORDS = 5  # words of four letters or more of a title-case line below the first ("Staff reporter, X Post"
# is a masthead's)
SENTENCE_END = re.compile(r"[a-z0-9]\.(?:\s|$)")  # "... 9 December 2024. (AFP)": a caption's sentence, no headline


def in_title_case(line: str) -> bool:
    """Whether most of a line's words of four letters or more are capitalised (a headline in title case).

    >>> in_title_case("Treasury Sanctions Deputy Commander Over Atrocities"), in_title_case("Troops raid a camp")
    (True, False)
    """
    words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) >= 4]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def in_capitals(line: str) -> bool:
    """Whether a line is two words or more, every letter a capital: a section's heading ("PROTESTS AND ARRESTS").

    >>> in_capitals("## PROTESTS AND ARRESTS"), in_capitals("KABUL"), in_capitals("KABUL, Afghanistan")
    (True, False, False)
    """
    words = re.findall(r"[^\W\d_]+", line)
    return len(words) >= 2 and all(w.isupper() for w in words)


def title_case_lines(doc: Doc) -> list[Span]:
    """The page's lines written in title case that are no sentences: the headline, and a headline repeated below a
    kicker, a heading or a "Related:" link ("CONFLICT BRIEF | Asia" then "After Lashio: the Limits of the Junta's
    Power"); most of their longer words capitalised, no full stop at their end, no byline; the first line with text
    below it, the others in capitals (:func:`in_capitals`) or with five words of four letters or more, and no
    sentence's full stop inside ("U.S." is none).

    >>> from spacy.lang.en import English
    >>> doc = English()("BRIEF | ASIA\\n\\nAfter Lashio: The Brotherhood and the Limits of Junta Power\\n\\nIt lost.")
    >>> [line.text for line in title_case_lines(doc)]
    ['BRIEF | ASIA', 'After Lashio: The Brotherhood and the Limits of Junta Power']
    """
    text = text_of(doc)
    found = []
    first = start = len(text) - len(text.lstrip())
    for line in text[start:].split("\n"):
        end = start + len(line.rstrip())
        headline = start == first  # the page's first line: a title-case line of any length
        if (
            (end < len(text.rstrip()) if headline else not SENTENCE_END.search(line.rstrip()))
            and not line.rstrip().endswith(".")
            and not line.lstrip().startswith("By ")
            and in_title_case(line)
            and (
                headline
                or in_capitals(line)
                or len([w for w in re.findall(r"[^\W\d_]+", line) if len(w) >= 4]) >= MIN_HEADING_WORDS
            )
            and (span := doc.char_span(start, end, alignment_mode="expand")) is not None
        ):
            found.append(span)
        start += len(line) + 1
    return found


def _cut_off(span: Span) -> bool:
    """A name ending in a word that cannot end one ("... Nationals and", "... State Sponsors of")."""
    return span[-1].lower_ in _lists()["cut_words"]


def _names_a_portfolio(span: Span) -> bool:
    """A name right before a minister's capitalised title ("Interior" of "Interior Minister Ali Yerlikaya", "Union
    Home" of "Union Home Minister X"): the portfolio of a person's title, not a body of its own. A body's letters are
    no portfolio ("NATO" of "NATO Secretary General X", "the ECCAS Secretary General": the body the title holder
    heads), nor is a name before a head's title ("Hezbollah Secretary-General X", ``head_title_tails``).

    >>> from spacy.lang.en import English
    >>> doc = English()("Interior Minister X met NATO Secretary General Y and Hezbollah Secretary-General Z.")
    >>> _names_a_portfolio(doc[0:1]), _names_a_portfolio(doc[4:5]), _names_a_portfolio(doc[9:10])
    (True, False, False)
    """
    doc = span.doc
    letters = span.text.replace(".", "")
    acronym = len(span) == 1 and len(letters) > 1 and letters.isupper()
    if span.end >= len(doc) or doc[span.end].text not in _lists()["portfolio_titles"] or acronym:
        return False
    after = span.end + 2 if span.end + 2 < len(doc) and doc[span.end + 1].text == "-" else span.end + 1
    return after >= len(doc) or doc[after].text not in _lists()["head_title_tails"]


def _qualifies_a_thing(span: Span) -> bool:
    """A name before a noun of an agreement, a ceremony or a people ("the Haigeng agreement", "Masalit community"),
    or before its acronym in brackets and such a noun ("the Specially Designated Nationals (SDN) List"), or that noun
    alone, the rest of a name cut before it ("Agreement" of "the Good Friday Agreement"). Not such a word before "as",
    a verb the tagger took for a noun ("the PKK, which Turkey and the European Union list as a terrorist group")."""
    if len(span) == 1 and span[0].lower_ in _lists()["thing_nouns"]:
        return True
    doc = span.doc
    if span.end >= len(doc):
        return False
    head = doc[span.end]
    if head.text == "(" and span.end + 3 < len(doc) and doc[span.end + 2].text == ")":
        return doc[span.end + 3].lower_ in _lists()["thing_nouns"]  # "the Blocked Persons (SDN) List"
    if head.pos_ != "NOUN" or head.lower_ not in _lists()["thing_nouns"] | _lists()["people_nouns"]:
        return False
    return not (span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "as")  # "X and Y list as terrorist": a verb

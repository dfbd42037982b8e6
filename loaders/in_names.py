"""Names of groups that run on with "in" and a place, spelled out before their acronym in brackets: "al-Qaeda in the
Islamic Maghreb (AQIM)", "the Islamic State in the Greater Sahara (ISGS)". The NER cuts such a name at "in" (the
parent, then the place or an organisation of the place's words) or misses the parent altogether ("Islamic" read as
a people's word); the acronym after it, whose letters are the initials of the name's words but its little ones
("in", "the", "and"), shows where the whole name opens.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("sentencizer")
>>> doc = nlp("Fighters of al-Qaeda in the Western Desert (AQWD) and of the Free Legion in Kivu (FLK) fled.")
>>> [s.text for s in names_in_places(doc)]
['al-Qaeda in the Western Desert', 'Free Legion in Kivu']
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from graph.gazetteer import is_acronym
from loaders.doc_words import token_strings

LITTLE_WORDS = frozenset({"in", "the", "of", "and", "for"})  # no letter of an acronym
ARTICLES = frozenset({"al", "el"})  # "al" of "al-Qaeda": a name's word, in small letters
MAX_NAME_TOKENS = 12  # "Islamic State in Iraq and the Levant": eight words, hyphens split "al-Qaeda" into three


def _letters(words: list[str]) -> str:
    """The acronym the name's words spell, its little words left out.

    >>> _letters("al - Qaeda in the Arabian Peninsula".split())
    'AQAP'
    """
    return "".join(w[0] for w in words if w.isalpha() and w.lower() not in LITTLE_WORDS).upper()


def _name_word(text: str) -> bool:
    lower = text.lower()
    return (
        text == "-"
        or lower in LITTLE_WORDS
        or lower in ARTICLES
        or (text[:1].isupper() and text.replace("'", "").isalpha())
    )


def _opening(doc: Doc, bracket: int, letters: str) -> int | None:
    """Where the name before a bracket opens: the earliest capitalised word (or "al" hyphened to one) from which the
    words up to the bracket spell the acronym, with "in" among them; None when no run of them does."""
    sentence_start = doc[bracket].sent.start
    start, found = bracket, None
    while start > max(sentence_start, bracket - MAX_NAME_TOKENS) and _name_word(doc[start - 1].text):
        start -= 1
        word = doc[start]
        opens = word.text[:1].isupper() and word.lower_ not in LITTLE_WORDS
        hyphened = word.lower_ in ARTICLES and start + 1 < bracket and doc[start + 1].text == "-"
        words = [t.text for t in doc[start:bracket]]
        if (opens or hyphened) and "in" in words and _letters(words) == letters:
            found = start
    return found


def names_in_places(doc: Doc) -> list[Span]:
    """Organisations' names with "in" and a place in them, written out before their acronym in brackets (module
    docstring)."""
    found = []
    texts = token_strings(doc)  # the words read as strings: no token made at each position
    for bracket in range(1, len(doc) - 2):
        if texts[bracket] != "(" or texts[bracket + 2] != ")" or not is_acronym(texts[bracket + 1]):
            continue
        start = _opening(doc, bracket, texts[bracket + 1].upper())
        if start is not None:
            found.append(Span(doc, start, bracket, label="ORG"))
    return found

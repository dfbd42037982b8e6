"""Names the NER ran together or ran on, cut back to the names they hold; ships' names, which name no actor.

- Two places joined by a word of place or by "and" are two places: "RCD Highway near Rakhshan Mill", "Jandola and
  Tank", "Barangay Igasan, Patikul" (``seeds/relations.yaml``, ``joined_names``); so are two names of any kind
  joined by "and" that end in the same word: "Moshe's Farm and Zvi's Farm", or that are one word each and never
  written in lower case on the page: "Haniyeh and Sinwar", "Qandil and Metina"; and so are a body's capitalised names
  run over commas right after a preposition of place: "captured in Necoclí, Antioquia".
- A name that runs on into a date ends before it: "Algiers April" is Algiers, "Easter Sunday 2019" Easter Sunday.
- A name written after a vessel's prefix ("MV Morning Tide", "HMS Diamond", "MV Yorktown") is a ship's.
- A demonym written as a language's ("known in Spanish as", "its French name") names no state.

Only names no known actor holds are cut: "Bosnia and Herzegovina" is one country.

>>> import spacy
>>> from spacy.tokens import Span, Token
>>> doc = spacy.blank("en")("Gunmen hit the RCD Highway near Rakhshan Mill in Algiers April 3 .")
>>> [(p.text, p.label_) for p in name_parts(Span(doc, 3, 8, label="ORG"))]
[('RCD Highway', 'LOC'), ('Rakhshan Mill', 'LOC')]
>>> [p.text for p in name_parts(Span(doc, 9, 11, label="GPE"))]
['Algiers']
>>> doc = spacy.blank("en")("Troops entered Kalat and Wadh, and Barangay Tanum, Patikul .")
>>> [[p.text for p in name_parts(Span(doc, *ends, label="GPE"))] for ends in [(2, 5), (7, 11)]]
[['Kalat', 'Wadh'], ['Barangay Tanum', 'Patikul']]
>>> [p.text for p in name_parts(Span(doc, 2, 5, label="ORG"))]  # two lone words, whatever the NER read them as
['Kalat', 'Wadh']
>>> doc = spacy.blank("en")("Officials of Tessar Mining and Trade met .")
>>> [p.text for p in name_parts(Span(doc, 2, 6, label="ORG"))]  # a body's "and" joins nothing
['Tessar Mining and Trade']
>>> doc = spacy.blank("en")("Settlers held Amos Farm and Levi Farm .")
>>> [p.text for p in name_parts(Span(doc, 2, 7, label="ORG"))]  # unless both names end in the same word
['Amos Farm', 'Levi Farm']
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from spacy.attrs import LOWER
from spacy.tokens import Span, Token

from graph.seeds import load_seed_yaml
from loaders.cues import load_cues
from loaders.doc_words import lowercase_words, token_strings
from loaders.months import month_words
from loaders.organisation_names import ends_in_body_head

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
YEAR = re.compile(r"(19|20)\d\d")
ARABIC_ARTICLES = frozenset({"al", "el", "-"})  # "al-Burhan" is written as three tokens, one name


@cache
def _lists() -> dict[str, frozenset[str]]:
    """The ``joined_names`` block of ``seeds/relations.yaml``, each list as a set, loaded once per process; its
    ``date_words`` are the months with their short forms (``month_abbreviations``)."""
    block = load_seed_yaml("relations.yaml")["joined_names"]
    lists = {key: frozenset(words) for key, words in block.items() if key != "month_abbreviations"}
    lists["date_words"] = month_words()
    return lists


def names_a_vessel(span: Span) -> bool:
    """Whether a name is a ship's: written after, or beginning with, a vessel's prefix ("MV Star", "HMS Diamond")."""
    prefixes, texts = _lists()["vessel_prefixes"], token_strings(span.doc)  # read by position, not by Token
    return texts[span.start] in prefixes or (span.start > 0 and texts[span.start - 1] in prefixes)


def names_a_language(span: Span) -> bool:
    """Whether a demonym names a language, not its state: "known in Spanish as", "its French name", "(Spanish abbr:"."""
    lists = _lists()
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return after in lists["language_after"] or (before in lists["language_before"] and after == "as")


def names_a_faith(span: Span) -> bool:
    """Whether a demonym names a church or a rite, not its state: "Greek Orthodox", "Armenian and Greek Orthodox
    congregations" (``faith_after``)."""
    doc = span.doc
    faiths = _lists()["faith_after"]
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if after in faiths:
        return True
    listed = after in {"and", "or", ","} and span.end + 2 < len(doc) and doc[span.end + 1].is_title
    return listed and doc[span.end + 2].lower_ in faiths


def _ends_in_date(span: Span) -> Span:
    """The span without the words of a date it ran into at its end."""
    dates = _lists()["date_words"]
    while len(span) > 1 and (
        span[-1].lower_.rstrip(".") in dates or YEAR.fullmatch(span[-1].text) or span[-1].is_digit
    ):
        if span[-1].is_digit and not YEAR.fullmatch(span[-1].text) and span[-2].lower_.rstrip(".") not in dates:
            break  # "Brigade 9", "Route 5": a number of the name; "April 3" is a date
        span = span[:-1]
    return span


def _cuts_at(token: Token, places: bool, parallel: bool = False) -> bool:
    """Whether a word inside a name joins two names: a lowercase word of place; in a place's name, "and" or a comma;
    "and" between two names ending in the same word (``parallel``: "Moshe's Farm and Zvi's Farm")."""
    lists = _lists()
    if token.is_lower and token.lower_ in lists["placing_joiners"]:
        return True
    return (places and token.text == ",") or ((places or parallel) and token.lower_ in lists["place_joiners"])


def _places_run(span: Span) -> bool:
    """Whether a body's name the NER ran over commas, right after a preposition of place, is places in a chain or a
    list, capitalised words all: "captured in Necoclí, Antioquia", "sites in Bristol, Leicester and Kent" (not "in
    the Foreign, Commonwealth and Development Office", a body's name ending in its head)."""
    doc = span.doc
    if span.label_ != "ORG" or span.start == 0 or doc[span.start - 1].lower_ not in load_cues().place_preps:
        return False
    joiners = _lists()["place_joiners"]
    words = all(t.is_title or t.text == "," or t.lower_ in joiners for t in span)
    return words and any(t.text == "," for t in span) and not ends_in_body_head(span.text)


def _parallel(span: Span) -> bool:
    """Whether a name is two names of one kind joined by "and", each of two words or more and ending in the same
    capitalised noun: "Moshe's Farm and Zvi's Farm", not "Procter and Gamble"."""
    lower, joiners = token_strings(span.doc, LOWER), _lists()["place_joiners"]  # read by position, no ``Token``
    joins = [i for i in range(span.start + 1, span.end - 1) if lower[i] in joiners]
    if len(joins) != 1:
        return False
    before = span.doc[span.start : joins[0]]
    return len(before) > 1 and before[-1].is_title and before[-1].text == span[-1].text


def _lone_names_joined(span: Span) -> bool:
    """Whether a name is two lone names joined by "and", each one word (hyphens and all) that the page never writes in
    lower case: "Haniyeh and Sinwar", "al-Burhan and Dagalo", "Qandil and Metina" (not "Peace and Justice", words the
    page also writes as common nouns).

    >>> import spacy
    >>> doc = spacy.blank("en")("Troops shelled Orvane and Tessar ; peace and justice held in Peace and Justice .")
    >>> _lone_names_joined(Span(doc, 2, 5, label="ORG")), _lone_names_joined(Span(doc, 11, 14, label="ORG"))
    (True, False)
    """
    joins = [t.i for t in span if t.lower_ == "and"]  # "Blood & Honour" is one name
    if len(joins) != 1 or joins[0] in {span.start, span.end - 1}:
        return False
    doc = span.doc
    sides = (doc[span.start : joins[0]], doc[joins[0] + 1 : span.end])
    lowercase = lowercase_words(doc)
    return all(side[0].text[:1].isupper() or side[0].lower_ in ARABIC_ARTICLES for side in sides) and all(
        not any(t.whitespace_ for t in side[:-1])
        and all(t.is_punct or t.lower_ not in lowercase for t in side if t.lower_ not in ARABIC_ARTICLES)
        for side in sides
    )


def _ran_into_date(span: Span) -> bool:
    """Whether a name's last word is a month's or a number, so that it may have run on into a date."""
    return span[-1].lower_.rstrip(".") in _lists()["date_words"] or span[-1].is_digit


def name_parts(span: Span) -> list[Span]:
    """The names an entity the NER found holds: itself, or the parts it ran together, each without a date at its end
    (a part after a word of place, "near", "off", is a place's: ``LOC``)."""
    if span.ent_id_:
        return [span]
    parallel = _parallel(span) or _lone_names_joined(span)
    run = _places_run(span)
    cuts = [t.i for t in span[1:-1] if _cuts_at(t, span.label_ in PLACE_LABELS or run, parallel)]
    if not cuts:
        return [_ends_in_date(span)] if _ran_into_date(span) else [span]
    placing = run or any(span.doc[i].lower_ in _lists()["placing_joiners"] for i in cuts)
    label = "LOC" if placing else span.label_
    parts = []
    for a, b in itertools.pairwise([span.start - 1, *cuts, span.end]):
        part = Span(span.doc, a + 1, b, label=label)
        if any(t.text[:1].isupper() for t in part):
            parts.append(_ends_in_date(part))
    return parts

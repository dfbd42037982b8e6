"""Names listed beside places are places: "Hodeidah" of "strikes on Sanaa, Hodeidah and Taiz", "Taunggyi" of "would
not advance on Mandalay or Taunggyi", "Kramatorsk" of "Kramatorsk and Sloviansk".

The NER passes over many small towns, or tags one as a product, a work, a law or a people's name ("Kramatorsk" a
product). Where such a run of one or two capitalised proper nouns (a name the NER left untagged, or one word it gave
a label of no actor) stands in a list ("A, B and C", "A and B", "A or B") whose other items are all places or
states, it is a place. A run the NER tagged over several words ("Lebanese Shiites"), a word the gazetteer knows or
a language, a run a noun goes on from ("Russian artillery", "Persian Gulf states"), a title ("Captain X") and a list
holding a person or a body (a leader and his organisation) give nothing. Lists of people or of bodies were measured
too: their unread items were mostly titles and headings ("Secretary", "Information"), so they are left alone.

>>> import spacy
>>> from spacy.tokens import Doc
>>> from graph.gazetteer import load_gazetteer
>>> words, pos = "Shells hit Qarvelo and Zendiba .".split(), ["NOUN", "VERB", "PROPN", "CCONJ", "PROPN", "PUNCT"]
>>> doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, ents=["O", "O", "B-GPE", "O", "O", "O"])
>>> qarvelo = Mention(2, 3, 11, 18, "Qarvelo", "Location", "Qarvelo")
>>> [(m.text, m.label) for m in listed_kinds(doc, [qarvelo], load_gazetteer())]
[('Qarvelo', 'Location'), ('Zendiba', 'Location')]
"""

from __future__ import annotations

from spacy.attrs import IS_TITLE, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span

from graph.gazetteer import Gazetteer
from loaders.also_known_as import alias_words
from loaders.cues import Cues, load_cues
from loaders.mentions import Mention
from loaders.months import month_numbers

MAX_RUN = 2  # the most words an untagged list item may have
MISREAD_LABELS = frozenset({"NORP", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "LANGUAGE", "FAC"})  # no actor's
LIST_GAPS = frozenset({",", "and", "or", ", and", ", or"})  # what stands between two items of a list
NOUN_TAGS = frozenset({"NOUN", "PROPN"})  # what a name may qualify ("Russian artillery")
PLACE_LABELS = frozenset({"Location", "Country"})  # the labels of the names a list of places holds


def _gap(doc: Doc, start: int, end: int) -> bool:
    """Whether the tokens from ``start`` to ``end`` join two items of a list."""
    return 0 < end - start <= 2 and " ".join(t.text for t in doc[start:end]).replace(" ,", ",") in LIST_GAPS


def _runs(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """The runs of title-case proper nouns no mention holds that the NER left untagged, or tagged alone as a name of
    no actor, each between two words that are not proper nouns in title case."""
    runs: list[tuple[int, int]] = []
    named = _title_proper_nouns(doc)
    i = 0
    while i < len(doc):
        if not named[i] or i in taken:
            i += 1
            continue
        j = i
        while j < len(doc) and named[j] and j not in taken:
            j += 1
        if _readable(doc, i, j, taken):
            runs.append((i, j))
        i = j
    return runs


def _title_proper_nouns(doc: Doc) -> list[bool]:
    """Whether each token is a proper noun in title case (``pos_ == "PROPN" and is_title``), read from the document's
    arrays, not from a ``Token`` made at each position."""
    if not len(doc):
        return []
    pos, title = doc.to_array([POS, IS_TITLE]).T.tolist()
    return [p == PROPN and bool(t) for p, t in zip(pos, title, strict=True)]


def _readable(doc: Doc, start: int, end: int, taken: set[int]) -> bool:
    """Whether a run may be a name the NER missed: not a sentence's first word nor a month, short, not followed by a
    noun it qualifies, a number or a name it titles, and either untagged or one word of a label of no actor."""
    span = doc[start:end]
    if end - start > MAX_RUN or doc[start].is_sent_start or (start and doc[start - 1].pos_ == "PROPN"):
        return False
    following = doc[end] if end < len(doc) else None
    if following is not None and (
        following.i in taken or following.like_num or (following.pos_ in NOUN_TAGS and following.is_alpha)
    ):
        return False  # "Russian artillery", "Captain X" (a title before a name), "Aug 5"
    if span.text.lower().rstrip(".") in month_numbers():
        return False
    labels = {t.ent_type_ for t in span}
    if labels == {""}:
        return True
    return end - start == 1 and labels <= MISREAD_LABELS and doc[start].ent_iob_ == "B"


def _neighbours(doc: Doc, run: tuple[int, int], mentions: list[Mention]) -> list[Mention]:
    """The named items of the list the run stands in: the mentions chained to it by list gaps on either side."""
    by_end = {m.end: m for m in mentions}
    by_start = {m.start: m for m in mentions}
    found: list[Mention] = []
    start, end = run
    while True:  # to the left
        item = next((by_end[e] for e in (start - 1, start - 2) if e in by_end and _gap(doc, e, start)), None)
        if item is None:
            break
        found.append(item)
        start = item.start
    while True:  # to the right
        item = next((by_start[s] for s in (end + 1, end + 2) if s in by_start and _gap(doc, end, s)), None)
        if item is None:
            break
        found.append(item)
        end = item.end
    return found


def _titles(span: Span, cues: Cues) -> bool:
    """Whether a run holds a title's or a rank's word ("Secretary", "Spc"), or ends a hyphenated word ("Western-")."""
    words = {t.lower_.rstrip(".") for t in span}
    return bool(words & (cues.role_words | cues.honorifics)) or span.text.endswith("-")


def listed_kinds(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The mentions, with each unread list item (see the module) added as a place where its listed names are all
    places."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    languages = alias_words().languages
    cues = load_cues()
    found: list[Mention] = []
    for run in _runs(doc, taken):
        listed = _neighbours(doc, run, mentions)
        if not listed or any(m.label not in PLACE_LABELS for m in listed):
            continue
        span = Span(doc, *run)
        if gazetteer.lookup(span.text) is not None or span.text.lower() in languages or _titles(span, cues):
            continue
        found.append(Mention(span.start, span.end, span.start_char, span.end_char, span.text, "Location", span.text))
    return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions

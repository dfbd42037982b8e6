"""People's names the NER misses or misreads, found by what stands beside them.

- A run of capitalised words after a rank or honorific ("Lieutenant-Colonel", "Brig. Gen.", ``honorifics`` of
  ``seeds/relations.yaml``) is a person's whole name when the NER found no other name there: a rank written before a
  name often hides the name from the NER, or all of it but the last word ("army spokesman Lieutenant-Colonel Amadou
  Sow Diallo said": no one, or "Diallo").
- A name of two words or more the NER took for a people's or a faith's (NORP), or left unnamed, in apposition with
  the noun of a person or a role, is a person's: "Aram Petrosyan, a former state minister" (a family name ending as
  a people's word ends does not make the person a people); so is one the NER left unnamed before "who" ("and later
  Vera Ossa, who took over").

>>> import spacy
>>> doc = spacy.blank("en")("Army spokesman Lieutenant-Colonel Amadou Sow Diallo said so.")
>>> [(s.text, s.label_) for s in ranked_people(doc, set())]
[('Amadou Sow Diallo', 'PERSON')]
"""

from __future__ import annotations

from spacy.attrs import POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from graph.gazetteer import load_gazetteer
from loaders.cues import load_cues
from loaders.doc_words import text_of
from loaders.mentions import not_actors
from loaders.page_labels import in_title_case
from loaders.person_names import apposed_person, apposed_to_person, name_particles
from loaders.token_rules import tokens_with

CUT_NAME_LABELS = frozenset({"ORG", "GPE"})  # what the NER takes a given name cut from a person's name for
MIN_WORDS = 2  # a lone word after a rank is too often a unit's or a place's ("General Staff", "Colonel Bay")
MAX_WORDS = 4
RANK_JOINERS = frozenset({"-", "."})  # "Lieutenant-Colonel", "Brig . Gen"


def _rank(token: Token) -> bool:
    return token.is_title and token.lower_.rstrip(".") in load_cues().honorifics


def _name_word(token: Token) -> bool:
    """A capitalised word that may be part of a person's name (a particle inside it too: "bin", "de")."""
    if token.lower_ in name_particles():
        return True
    return token.is_title and token.is_alpha and token.lower_ not in not_actors() and not _rank(token)


def _name_after(doc: Doc, rank: Token) -> tuple[int, int] | None:
    """The capitalised words just after a rank (and the ranks, hyphens and dots that go with it), in its line."""
    start = rank.i + 1
    while start < len(doc) and (_rank(doc[start]) or doc[start].text in RANK_JOINERS):
        start += 1
    end = start
    while end < len(doc) and end - start <= MAX_WORDS and _name_word(doc[end]):
        if doc[end].is_sent_start or "\n" in doc[end - 1].whitespace_:
            break
        end += 1
    if end < len(doc) and doc[end].text == "-":
        return None  # the name goes on past a hyphen ("Hashim Rahim al-Saraji"): not read whole here
    if end < len(doc) and doc[end].lower_.rstrip(".") in load_cues().name_suffixes:
        end += 1  # "Colonel Felipe Arrastia Jr.": the suffix is the name's
    while end > start and doc[end - 1].lower_ in name_particles():
        end -= 1
    return (start, end) if MIN_WORDS <= end - start <= MAX_WORDS and doc[start].lower_ not in name_particles() else None


def _line_of(token: Token) -> str:
    """The line of text the word stands on."""
    text = text_of(token.doc)
    end = text.find("\n", token.idx)
    return text[text.rfind("\n", 0, token.idx) + 1 : end if end != -1 else len(text)]


def ranked_people(doc: Doc, taken: set[int]) -> list[Span]:
    """Persons' names of two to four capitalised words after a rank, where the NER found no name but an unknown
    person's (``taken``: the tokens of the other entities); not in a line in title case ("Treasury Sanctions Deputy
    Commander Over Abuses")."""
    found: list[Span] = []
    ranks = load_cues().honorifics
    for token in tokens_with(doc, ranks | {f"{rank}." for rank in ranks}):  # read at ranks only
        if not _rank(token) or (found and token.i < found[-1].end) or in_title_case(_line_of(token)):
            continue
        run = _name_after(doc, token)
        if run is not None and not taken.intersection(range(*run)):
            found.append(Span(doc, *run, label="PERSON"))
    return found


def peoples_read_for_persons(ents: list[Span]) -> list[Span]:
    """The entities, with each NORP name of two to four capitalised words set in apposition with a person's noun,
    after it ("X Y, a former minister") or before it ("the UN's envoy to Iraq, X Y, said"), relabelled a person's."""
    return [
        Span(e.doc, e.start, e.end, label="PERSON")
        if e.label_ == "NORP"
        and MIN_WORDS <= len(e) <= MAX_WORDS
        and all(t.is_title and t.is_alpha for t in e)
        and (apposed_person(e) or apposed_to_person(e))
        else e
        for e in ents
    ]


PERSON_RELATIVES = frozenset({"who", "whom", "whose"})  # "X, who took over the delegation": a person


def _who_after(run: Span) -> bool:
    """Whether a relative clause of a person's opens right after the run and its comma: "Vera Ossa, who took over"."""
    doc = run.doc
    return run.end + 1 < len(doc) and doc[run.end].text == "," and doc[run.end + 1].lower_ in PERSON_RELATIVES


def apposed_people(doc: Doc, taken: set[int]) -> list[Span]:
    """Runs of two to four capitalised proper nouns the NER left unnamed (``taken``: the tokens of the entities
    found), set in apposition with a person's noun ("Aram Petrosyan, a former state minister, was detained") or before
    a person's relative clause ("and later Vera Ossa, who took over"); not in a line in title case."""
    found = []
    proper = (doc.to_array(POS) == PROPN).tolist()  # read from the document's array, not token by token
    start = 0
    while start < len(doc):
        end = start
        while end < len(doc) and end - start < MAX_WORDS and end not in taken and proper[end]:
            if not _name_word(doc[end]) or (end > start and doc[end].is_sent_start):
                break
            end += 1
        if end - start >= MIN_WORDS and not in_title_case(_line_of(doc[start])):
            run = Span(doc, start, end, label="PERSON")
            if apposed_person(run) or _who_after(run):
                found.append(Span(doc, _given_name_before(doc, start), end, label="PERSON"))
        start = max(end, start + 1)
    return found


def _given_name_before(doc: Doc, start: int) -> int:
    """Where a name starting at ``start`` starts with the given name just before it that the NER read alone as a
    place's or a body's ("Corneille" of "Corneille Yobeluo Nangaa, the former president"): one capitalised word, on
    the same line, after no preposition, that names no known actor; else ``start``."""
    word = doc[start - 1] if start > 0 else None
    if (
        word is None
        or word.ent_iob_ != "B"
        or word.ent_type_ not in CUT_NAME_LABELS
        or doc[start].ent_iob_ == "I"
        or word.is_sent_start
        or "\n" in word.whitespace_
        or not _name_word(word)
        or doc[word.i - 1].pos_ == "ADP"
        or load_gazetteer().lookup(word.text) is not None
    ):
        return start
    return word.i

"""Branches named by their parent and a place: "the Islamic State Sahel Province", "Islamic State Somalia",
"ISIS-Mozambique", "the Liberation Front Eastern Wilayat". The NER splits such a name into the parent's words (often
read apart: "Islamic" a place, "State" a body) and the place's, so the branch is lost; read whole, it is one
organisation of its own, not its parent and not the place. A branch's nouns after the place are
``same_actor.branch_nouns`` (``seeds/relations.yaml``).

>>> import spacy
>>> doc = spacy.blank("en")("Fighters of the Free Legion Kivu Province and of the FLK-Ituri attacked.")
>>> ents = [Span(doc, 3, 5, "ORG"), Span(doc, 5, 6, "GPE"), Span(doc, 10, 11, "ORG"), Span(doc, 12, 13, "GPE")]
>>> [s.text for s in branch_names(ents, [])]
['Free Legion Kivu Province', 'FLK-Ituri']
"""

from __future__ import annotations

from spacy.symbols import ADP, AUX, CCONJ, DET, PART, PRON, SCONJ, VERB
from spacy.tokens import Span, Token

from graph.gazetteer import is_acronym
from loaders.same_actor import branch_nouns

PLACE_LABELS = frozenset({"GPE", "LOC", "Location", "Country"})
PARENT_LABELS = frozenset({"ORG", "GPE", "NORP"})  # "Islamic" (GPE) + "State" (ORG)
NOT_NAME_POS = frozenset({VERB, AUX, ADP, CCONJ, SCONJ, DET, PRON, PART})  # no word of a parent's name
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})  # "the Hamas Gaza chief": Gaza names no branch


def _parent_start(org: Span, ents_by_end: dict[int, Span]) -> int:
    """Where the parent's name opens: the organisation the NER read, with an unknown place's or people's word
    written right before it ("Islamic" of "Islamic State", which the NER reads as a place)."""
    before = ents_by_end.get(org.start)
    if before is not None and not before.id_ and before.label_ in PARENT_LABELS and before[-1].whitespace_:
        return before.start
    return org.start


def _branch_end(place: Span) -> int | None:
    """Where the branch's name ends after its place: after a branch noun ("Province"), or at the place when the
    place heads the phrase rather than modifying a noun after it; None when the place is a modifier."""
    doc = place.doc
    if place.end < len(doc) and doc[place.end].is_title and doc[place.end].lower_ in branch_nouns():
        return place.end + 1
    if place[-1].lower_ in branch_nouns():
        return place.end
    if place[-1].dep_ in MODIFIER_DEPS or (place.end < len(doc) and doc[place.end].is_title):
        return None
    return place.end


def _place_right_after(org: Span, place_at: dict[int, Span]) -> Span | None:
    """The place written right after an organisation's name: after a space ("Islamic State Somalia"), or after a
    hyphen with no spaces when the name is an acronym ("ISIS-Mozambique")."""
    doc = org.doc
    if org[-1].whitespace_ and org[-1].is_title and not org[-1].is_upper and org[-1].pos not in NOT_NAME_POS:
        return place_at.get(org.end)
    hyphen = org.end < len(doc) - 1 and doc[org.end].text == "-" and not doc[org.end].whitespace_
    if hyphen and not org[-1].whitespace_ and is_acronym(org[-1].text) and len(org) == 1:
        return place_at.get(org.end + 1)
    return None


def _opening(org: Span) -> int:
    """Where a name's own words open, after its article ("the Islamic Caliphate ...")."""
    return org.start + 1 if org[0].lower_ == "the" else org.start


def _read_whole(org: Span, place: Span, known: list[Span]) -> bool:
    """Whether the NER read a branch whole around a known place: the parent's capitalised words ("Islamic
    Caliphate", with no other known actor among them), the place, and a branch noun or the name's end; or an
    acronym hyphened to the place ("ISIS-Mozambique")."""
    doc, opening = org.doc, _opening(org)
    end = org.end - 1 if org[-1].lower_ in branch_nouns() and org[-1].is_title else org.end
    if place.end != end or place.start <= opening:
        return False
    if place.start == opening + 2 and doc[opening + 1].text == "-":
        return is_acronym(doc[opening].text) and not doc[opening].whitespace_ and not doc[opening + 1].whitespace_
    words = doc[opening : place.start]
    others = any(opening <= k.start < place.start and k.label_ not in PLACE_LABELS for k in known)
    nominal = all(w.pos not in NOT_NAME_POS for w in words)  # not a heading's "Suspending Entry Into the United States"
    return nominal and all(w.is_title or w.is_upper for w in words) and not others


def _describes(word: Token, known: list[Span]) -> bool:
    """Whether a word only describes the place after it: a demonym ("French", a known people's or country's word)
    or an adjective ("Northern")."""
    return word.pos_ == "ADJ" or word.ent_type_ == "NORP" or any(k.start == word.i == k.end - 1 for k in known)


def _whole_branches(ents: list[Span], known: list[Span]) -> list[Span]:
    """Unknown organisations the NER read whole around a known place (:func:`_read_whole`), which the place would
    otherwise cut; a place when the one word before the known place only describes it ("the French Basque
    Country")."""
    place_at = {k.start: k for k in known if k.label_ in PLACE_LABELS}
    found = []
    for org in (e for e in ents if e.label_ == "ORG" and not e.id_ and len(e) > 1):
        places = [place_at[i] for i in range(org.start + 1, org.end) if i in place_at]
        if places and _read_whole(org, places[-1], known):
            described = places[-1].start == _opening(org) + 1 and _describes(org.doc[_opening(org)], known)
            found.append(Span(org.doc, org.start, org.end, label="LOC" if described else "ORG"))
    return found


def branch_names(ents: list[Span], known: list[Span]) -> list[Span]:
    """Organisations, unknown ones the NER read or known ones, with a place's name right after them and a branch noun
    or the phrase's end after that, and unknown ones the NER read whole around a known place: one name of a branch
    (module docstring)."""
    places = [e for e in [*ents, *known] if e.label_ in PLACE_LABELS]
    place_at = {p.start: p for p in places}
    ents_by_end = {e.end: e for e in ents}
    found = _whole_branches(ents, known)
    parents = [e for e in ents if e.label_ == "ORG" and not e.id_] + [k for k in known if k.label_ == "Organization"]
    for org in parents:
        place = _place_right_after(org, place_at)
        if place is None or (end := _branch_end(place)) is None:
            continue
        found.append(Span(org.doc, _parent_start(org, ents_by_end), end, label="ORG"))
    return found

"""Names opened by an adjective of a faith: "Islamic State", "the Salafist Call". The NER reads the adjective as a
place or a people ("Islamic": GPE) and the capitalised words after it as a body of their own ("State": ORG) or as
nothing, so the group is lost; alone such an adjective names no place (``seeds/relations.yaml``: ``not_places``), and
with the capitalised nouns right after it, it is one organisation's name. A known actor's words, or words the NER
read as a place or a person, end the name.

>>> import spacy
>>> doc = spacy.blank("en")("Militias formed to fight Islamic State , and the Salafist Call , met .")
>>> for t in doc:
...     t.pos_ = "PROPN" if t.is_title and t.i else "NOUN"
>>> ents = [Span(doc, 4, 5, "GPE"), Span(doc, 5, 6, "ORG"), Span(doc, 9, 10, "NORP")]
>>> [s.text for s in faith_opened_names(ents)]
['Islamic State', 'Salafist Call']
"""

from __future__ import annotations

from spacy.tokens import Span

from loaders.mentions import not_places

ADJECTIVE_LABELS = frozenset({"GPE", "NORP", "LOC"})  # what the NER reads "Islamic" as
NAME_POS = frozenset({"PROPN", "NOUN"})  # "State" is a proper noun or, before a hyphen, a common one


def faith_opened_names(ents: list[Span]) -> list[Span]:
    """Each adjective of a faith the NER read alone as a place or a people, with the capitalised nouns written right
    after it (untagged, or a body the NER read from there), as one organisation's name."""
    if not ents:
        return []
    doc = ents[0].doc
    at = {i: e for e in ents for i in range(e.start, e.end)}
    found = []
    for ent in ents:
        if len(ent) != 1 or ent.id_ or ent.label_ not in ADJECTIVE_LABELS or ent.text.lower() not in not_places():
            continue
        end = ent.end
        while end < len(doc) and doc[end].is_title and doc[end].pos_ in NAME_POS and ent[-1].whitespace_:
            other = at.get(end)
            if other is not None and (other.id_ or other.label_ != "ORG" or other.start != end):
                break
            end = other.end if other is not None else end + 1
        if end > ent.end:
            found.append(Span(doc, ent.start, end, label="ORG"))
    return found

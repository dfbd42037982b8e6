"""Names the NER joins over a place's possessive or an "and": split where each part is written on its own elsewhere.

On a page whose actors the gazetteer does not know, the NER reads "Kebbi's Augie" (a place, its possessive and a
place in it) or "Hola Prystan and Oleshky" (two coordinated places) as one name. Each part is a name of its own when
the page writes it on its own elsewhere, between words that are not capitalised ("Kebbi state", "residents of
Oleshky"): the span is then split into its parts. A name whose parts are never written apart ("Lord's Resistance
Army", "Trinidad and Tobago", "Defence and Security Forces") is kept whole.

>>> from spacy.lang.en import English
>>> words = ["Gunmen", "raided", "Kebbi", "'s", "Augie", "area", ".", "Kebbi", "officials", "fled", "."]
>>> pos = ["NOUN", "VERB", "PROPN", "PART", "PROPN", "NOUN", "PUNCT", "PROPN", "NOUN", "VERB", "PUNCT"]
>>> doc = Doc(English().vocab, words=words, pos=pos)
>>> [(s.text, s.label_) for s in split_joined(doc, [Span(doc, 2, 5, label="ORG")], frozenset({"area"}))]
[('Kebbi', 'GPE'), ('Augie', 'GPE')]
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from loaders.doc_words import token_strings
from loaders.mentions import guess_kind

POSSESSIVES = frozenset({"'s", "’s"})
SPLIT_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _name_words(span: Span) -> bool:
    """Whether every word of a part is a capitalised word ("Hola Prystan"), no punctuation, no lower-case word."""
    return len(span) > 0 and all(t.is_alpha and t.text[0].isupper() for t in span)


def _written_alone(doc: Doc, part: Span, joined: Span) -> bool:
    """Whether the words of ``part`` are written elsewhere in the page outside any copy of ``joined``, with no
    capitalised word or possessive right before or after them."""
    texts = token_strings(doc)  # the page's words read once, no Token made at each position
    words, whole = texts[part.start : part.end], texts[joined.start : joined.end]
    offset = part.start - joined.start
    n = len(words)
    for i in range(len(texts) - n + 1):
        if texts[i : i + n] != words:
            continue
        start = i - offset
        if start >= 0 and texts[start : start + len(whole)] == whole:
            continue  # the joined name again
        before = doc[i - 1] if i > 0 else None
        after = doc[i + n] if i + n < len(doc) else None
        if before is not None and before.text[:1].isupper() and not before.is_sent_start:
            continue
        if after is not None and (after.text[:1].isupper() or after.text in POSSESSIVES):
            continue
        return True
    return False


def _place_label(ent: Span, rest: Span, place_nouns: frozenset[str]) -> str:
    """The label of the name after a place's possessive: a place where the span was read as one or a place noun
    ends or follows it ("Augie" + "local government area"), else the span's own."""
    following = {t.lower_ for t in ent.doc[rest.start : rest.end + 3] if t.is_lower}  # "local government area"
    return "GPE" if ent.label_ in PLACE_LABELS or following & place_nouns else ent.label_


def _split(ent: Span, place_nouns: frozenset[str], labels: dict[str, str]) -> list[Span] | None:
    """The parts of one joined span, or None where it is not split; a possessive's owner is a place unless the NER
    reads the same words otherwise elsewhere on the page; each part of an "and" keeps the label the NER gives it
    elsewhere."""
    doc = ent.doc
    cuts = [t.i for t in ent if t.text in POSSESSIVES or t.lower_ == "and"]
    if len(cuts) != 1 or cuts[0] in (ent.start, ent.end - 1):
        return None
    cut = cuts[0]
    first, rest = doc[ent.start : cut], doc[cut + 1 : ent.end]
    if doc[cut].text in POSSESSIVES:  # the owner a proper name written alone; the rest no body ("Mohammed's Army")
        names = next((n for n in range(len(rest), 0, -1) if _name_words(rest[:n])), 0)
        if not names or not all(t.lower_ in place_nouns for t in rest[names:]) or guess_kind(rest.text) != "other":
            return None
        if not (_name_words(first) and all(t.pos_ == "PROPN" for t in first) and _written_alone(doc, first, ent)):
            return None
        return [
            Span(doc, first.start, first.end, label=labels.get(first.text, "GPE")),
            Span(doc, rest.start, rest.end, label=_place_label(ent, rest, place_nouns)),
        ]
    if not (_name_words(first) and _name_words(rest)):
        return None
    if not (_written_alone(doc, first, ent) and _written_alone(doc, rest, ent)):
        return None
    return [Span(doc, p.start, p.end, label=labels.get(p.text, ent.label_)) for p in (first, rest)]


def split_joined(doc: Doc, ents: list[Span], place_nouns: frozenset[str]) -> list[Span]:
    """The NER's entities with each span joined over a possessive or an "and" split into the names written apart
    elsewhere on the page."""
    labels = {e.text: e.label_ for e in ents if e.label_ in SPLIT_LABELS}  # "Islamic State's Amaq": the owner a body
    out: list[Span] = []
    for ent in ents:
        parts = _split(ent, place_nouns, labels) if ent.label_ in SPLIT_LABELS and not ent.id_ else None
        out.extend(parts or [ent])
    return out

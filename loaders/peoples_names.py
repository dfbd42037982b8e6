"""Names of peoples and communities the NER read as persons': "Meitei groups", "Kuki-Zo legislators", "siding with
the Kuki".

A people's name is written as a word qualifying a common noun ("six Meitei women", "the Kuki-Zo side", "Kuki and
Zomi armed groups") or as a plural noun of its own after "the" ("siding with the Kuki"); a person's name, somewhere on
the page, is the head of its own phrase ("Ramos said", "the army arrested Ramos"). An unknown one-word name the NER
read as a person's whose every mention on the page qualifies a noun or stands after "the", one of them a plural noun
("Meitei women"; not "the Suharto government", nor the incidents of a place: "the Mpeketoni killings"), names a
people, and peoples are no actors (``../shared/ontology.md``: generic phrases with no name are not nodes).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from loaders.coordination import first_of_list
from loaders.cues import load_cues
from loaders.doc_words import text_of

MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})  # "Meitei groups": the parser's readings of "Meitei"


def _qualified_noun(span: Span) -> Token | None:
    """The lowercase common noun after the name that the name qualifies, or None: "groups" of "Meitei groups", "side"
    of "the Kuki-Zo side", "groups" of "Kuki and Zomi armed groups" (the list's first item hangs on the noun)."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.is_lower and after.pos_ == "NOUN" and after.tag_ in {"NN", "NNS"}:
        return after
    root = first_of_list(span.root)
    head = root.head
    if root.dep_ in MODIFIER_DEPS and head.i >= span.end and head.is_lower and head.pos_ == "NOUN":
        return head
    return None


def _people_after_the(span: Span) -> bool:
    """Whether the name stands alone after "the", a noun of its own ending its phrase: "siding with the Kuki"."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    return span.start > 0 and doc[span.start - 1].lower_ == "the" and (after is None or after.is_punct)


def _written_as_a_people(doc: Doc, name: str, spans: list[tuple[int, int]]) -> bool:
    """Whether every place the page writes the name, outside a longer name, qualifies a noun or stands after "the",
    and one place qualifies a plural noun ("Meitei women"; "the Suharto government" or "the Reina nightclub" name no
    people)."""
    plural = False
    for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text_of(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is None or any(a <= span.start and span.end <= b and b - a > len(span) for a, b in spans):
            continue  # cut inside a word, or part of a longer name ("the Zomi Revolutionary Army")
        noun = _qualified_noun(span)
        if noun is None and not _people_after_the(span):
            return False
        if noun is not None and {noun.lower_, noun.lemma_.lower()} & load_cues().event_nouns:
            return False  # "the Mpeketoni killings": a place's incidents
        if noun is not None and noun.lemma_.lower() in load_cues().place_nouns:
            return False  # "the Tula and Oryol regions": places
        plural = plural or (noun is not None and noun.tag_ == "NNS")
    return plural


def peoples_names(doc: Doc, names: set[str], spans: list[tuple[int, int]]) -> set[str]:
    """Those of the one-word names (hyphens allowed: "Kuki-Zo") of unknown people that the page writes only as a
    people's (see the module); ``spans``: where every name read is, longer names among them."""
    return {name for name in names if " " not in name and _written_as_a_people(doc, name, spans)}

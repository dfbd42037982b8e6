"""A known actor's one-word name closing a run of given names is a person's family name, not the actor.

"Samer Akil Rada" is a man, not Ukraine's parliament (the list's "Rada"), though the NER, reading "Samer Akil" as no
name at all, leaves the gazetteer's match alone; a heading in capitals ("## AMER MOHAMED AKIL RADA") is such a name
when the page writes the same words in ordinary case too (a heading's other words in capitals are not given names).
:func:`loaders.whole_names.with_body_surname` reads the case where the NER found the given names as a person's.

>>> from loaders.nlp import load_nlp
>>> doc = load_nlp()("## NADIM FARES RADA\\n\\nNadim Fares Rada fled to Beirut.")
>>> [(e.text, e.label_) for e in doc.ents if "Rada" in e.text or "RADA" in e.text]
[('NADIM FARES RADA', 'PERSON'), ('Nadim Fares Rada', 'PERSON')]
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from loaders.doc_words import text_of
from loaders.whole_names import NAME_LABELS, given_name

MIN_GIVEN_NAMES = 2  # given names before the known word: "Samer Akil Rada" (one, "Anna Rada", is too little to tell)
MAX_GIVEN_NAMES = 4


def _same_line(token: Token) -> bool:
    return "\n" not in token.whitespace_


def _name_word(token: Token, capitals: bool, ruled: set[int]) -> bool:
    """Whether a token can be a given name before the known word: written as it is (capitals in a heading), no
    known actor's, and (in ordinary case) read by the NER as part of a person's name or of none."""
    if token.i in ruled or not _same_line(token):
        return False
    if capitals:  # the NER's reading of capitals tells little; the page's ordinary case decides
        return token.is_alpha and token.is_upper and len(token) > 1
    return token.ent_type_ in NAME_LABELS and given_name(token.doc, token.i)


def _run_before(known: Span, ruled: set[int]) -> Span | None:
    """The person's name the known word closes, or None: two to four given names right before it, none before them
    that would make the run longer, no capitalised word after it that would carry the name on."""
    doc, word = known.doc, known[0]
    capitals = word.is_upper
    if not (word.is_title or capitals):
        return None
    start = known.start
    while (
        start > known.sent.start
        and known.start - start < MAX_GIVEN_NAMES
        and _name_word(doc[start - 1], capitals, ruled)
    ):
        start -= 1
    if known.start - start < MIN_GIVEN_NAMES:
        return None
    if start > known.sent.start and _same_line(doc[start - 1]) and doc[start - 1].is_title:
        return None  # "Bank Melli Akil Rada": part of a longer capitalised name
    after = doc[known.end] if known.end < len(doc) and _same_line(word) else None
    if after is not None and after.is_alpha and (after.is_title or (after.is_upper and not capitals)):
        return None  # "Akil Rada Trading": a body's name goes on
    return Span(doc, start, known.end, label="PERSON")


def persons_ending_in_known(doc: Doc, known: list[Span]) -> list[Span]:
    """The persons' names that a known actor's one-word name (not a person's) closes ("Samer Akil Rada"); a run in
    capitals only when the page writes it in ordinary case too."""
    ruled = {i for k in known for i in range(k.start, k.end)}
    runs = []
    for k in known:
        if len(k) != 1 or k.label_ == "Person" or (run := _run_before(k, ruled)) is None:
            continue
        if run.text.isupper() and run.text.title() not in text_of(doc):  # the text joined once, only for capitals
            continue
        runs.append(run)
    return runs

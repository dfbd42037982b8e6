"""Bodies' names that a noun of bodies (``body_noun_names.nouns`` of ``seeds/relations.yaml``: "faction", "units",
"branch", "command") names, where the NER read them as titles or missed them.

A name the NER labelled a work of art, a product, an event or a law ("Zoland", "La Mayiza", "Combat 18") is an
organisation's (:func:`titled_body`) where the noun names it in any of three ways:

- the name, in quotes, stands right before the noun: 'the "Zoland" units', 'the ("Army of Conquest") coalition';
- a phrase of naming (``naming``: "known as", "calling itself", "dubbed") follows the noun, the nearest noun before
  the phrase in its clause, and opens the name: 'a faction known as "La Mayiza"', 'the faction loyal to Zambada, known
  as "La Mayiza"', 'a militia that calls itself "the Guardians"', each quoted name of a list so named ('the faction
  loyal to Zambada, known locally as "Los Mayos" or "La Mayiza"'); not after a noun of a group's men ('gunmen loyal
  to Zambada, known as "Los Mayos"': who fights them is read as fighting Zambada, whom the name would part from them);
- the name stands in apposition after the noun: 'a collegiate command, the "Estado Mayor Conjunto"', 'its armed
  branch, Combat 18'.

A name the NER missed, or read as a people's or a place's, after the noun and a phrase of naming is an
organisation's too (:func:`named_after_body_nouns`): 'a militia calling itself the Guardians of Dawn', 'an
organisation calling itself the Deccan Mujahideen'.

Not a name a noun of no body names ('an operation known as "Desert Shield"', 'a film called "Sons"', 'the area known
as "the Triangle"', 'his son, known as "Tessit"'), nor one whose noun a verb stands between ('the faction attacked
"Desert Storm"').

>>> from loaders.nlp import load_nlp
>>> doc = load_nlp()('Fighters of the "Zoland" units took part.')
>>> titled_body(doc[4:5])
True
>>> doc = load_nlp()('They launched an operation known as "Desert Shield".')
>>> titled_body(doc[7:9])
False
>>> doc = load_nlp()("A militia calling itself the Guardians of Dawn claimed it.")
>>> [span.text for span in named_after_body_nouns(doc, set())]
['Guardians of Dawn']
"""

from __future__ import annotations

from functools import cache

from spacy.attrs import IS_QUOTE, LOWER, SPACY
from spacy.tokens import Doc, Span, Token

from graph.seeds import load_seed_yaml
from loaders.doc_words import token_strings

MAX_NOUN_GAP = 6  # words between a body's noun and the naming after it: "the faction loyal to Zambada, known as"
GAP_POS = frozenset({"ADJ", "ADP", "DET", "PROPN", "PRON", "PUNCT", "ADV", "PART", "NUM"})  # words such a gap holds
MAX_NAME_WORDS = 8  # words of a name after a phrase of naming: "the Estado Mayor de los Bloques y Frentes"
OWNING_PREPS = frozenset({"of", "in", "for"})  # "a commander of the group": a role owns the noun
CLOSING = frozenset({")", "]"})  # a bracket a quoted name may close before its noun: '("Army of Conquest") coalition'


@cache
def _cues() -> dict:
    return load_seed_yaml("relations.yaml")["body_noun_names"]


@cache
def _nouns() -> frozenset[str]:
    return frozenset(_cues()["nouns"])


@cache
def _namings() -> tuple[tuple[str, ...], ...]:
    """The phrases of naming, each as its lowercase words, longest first."""
    return tuple(sorted((tuple(p.split()) for p in _cues()["naming"]), key=len, reverse=True))


def _noun_of_bodies(token: Token) -> bool:
    """Whether a word is a lowercase common noun of bodies ("units", "faction")."""
    return token.pos_ == "NOUN" and token.is_lower and (token.lemma_.lower() in _nouns() or token.lower_ in _nouns())


def _body_noun(token: Token) -> bool:
    """Whether a word is a noun of bodies that no role owns: not the group of "a commander of the group, known as
    X", whose name is the commander's."""
    if not _noun_of_bodies(token):
        return False
    owner = token.head.head if token.dep_ == "pobj" and token.head.lower_ in OWNING_PREPS else None
    return owner is None or owner.pos_ != "NOUN" or _noun_of_bodies(owner)


def _name_start(doc: Doc, start: int, end: int) -> int:
    """Where a name starts inside its words, past an article and quotes the NER read into it ('the "Axis')."""
    while start < end - 1 and (doc[start].is_quote or doc[start].lower_ == "the"):
        start += 1
    return start


def _before(doc: Doc, start: int) -> int:
    """The last word before a name starting at ``start``, past an opening quote and an article: the "," of ', the
    "X"', the "as" of 'known as "X"'; -1 at the document's start."""
    i = start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].lower_ == "the"):
        i -= 1
    return i


def _quoted_before_noun(doc: Doc, start: int, end: int) -> bool:
    """Whether the name stands in quotes right before a noun of bodies ('the "Zoland" units')."""
    if start == 0 or not doc[start - 1].is_quote:
        return False
    after = end
    while after < len(doc) and after - end < 3 and (doc[after].is_quote or doc[after].text in CLOSING):
        after += 1
    return after > end and after < len(doc) and _noun_of_bodies(doc[after])


@cache
def _naming_ends() -> frozenset[str]:
    """The last words of the phrases of naming ("as", "itself", "dubbed")."""
    return frozenset(phrase[-1] for phrase in _namings())


def _naming_phrase(doc: Doc, last: int) -> int | None:
    """Where a phrase of naming ending at ``last`` starts ("known as", "calling itself"), else None (read from the
    document's lowercase words: asked at every name, mostly after a word that ends no phrase)."""
    lower = token_strings(doc, LOWER)
    if last < 0 or lower[last] not in _naming_ends():
        return None
    for phrase in _namings():
        first = last - len(phrase) + 1
        if first >= 0 and tuple(lower[first : last + 1]) == phrase:
            return first
    return None


def _body_noun_before(doc: Doc, first: int) -> int | None:
    """Where the nearest noun before the phrase of naming at ``first``, in its clause, stands if it is a body's ("a
    faction known as", "the faction loyal to Zambada, known as"; not "an operation known as"), else None."""
    for i in range(first - 1, max(first - 1 - MAX_NOUN_GAP, -1), -1):
        token = doc[i]
        if token.pos_ == "NOUN" or token.pos_ not in GAP_POS or token.is_sent_end:
            return i if token.pos_ == "NOUN" and _body_noun(token) else None
    return None


def _naming_noun(doc: Doc, start: int) -> int | None:
    """Where the noun of bodies stands that a phrase of naming before the name at ``start`` names it after ("a
    faction known as X"), else None."""
    first = _naming_phrase(doc, _before(doc, start))
    return None if first is None else _body_noun_before(doc, first)


def _named_by_noun(doc: Doc, start: int) -> bool:
    """Whether a phrase of naming after a noun of bodies opens the name ("a faction known as X"), or a quoted name
    so named that "or" or a comma joins it to ('known as "X" or "Y"')."""
    if _naming_noun(doc, start) is not None:
        return True
    joint = _before(doc, start)
    if joint < 2 or doc[joint].lower_ not in {"or", ","} or not doc[joint - 1].is_quote:
        return False
    opening = next((i for i in range(joint - 2, max(joint - 2 - MAX_NAME_WORDS, 0), -1) if doc[i].is_quote), None)
    return opening is not None and _naming_noun(doc, opening + 1) is not None


def names_the_noun_past(doc: Doc, other: int, start: int) -> bool:
    """Whether the name at ``start`` names a noun of bodies before another name at ``other`` that a preposition
    sets apart from the noun: "the faction loyal to Zambada, known as La Mayiza" names the faction, not Zambada (not
    "the group Ansarallah, known as the Houthis", where both name the group)."""
    noun = _naming_noun(doc, start)
    return noun is not None and noun < other and any(t.pos_ == "ADP" for t in doc[noun + 1 : other])


def _apposed_to_noun(doc: Doc, start: int, end: int, read: bool) -> bool:
    """Whether the name follows a noun of bodies and a comma and ends its phrase ('its armed branch, Combat 18,'), or,
    read by the NER as a name, opens a list a plural noun sets out ("two factions, the Revolucionarios and the
    Sureños"; not "the gang coalition, 'Barbecue' and the sanctions", nor "the group, Ramon said")."""
    last = _before(doc, start)
    if last < 1 or doc[last].text != "," or not _body_noun(doc[last - 1]):
        return False
    while end < len(doc) and doc[end].is_quote:
        end += 1  # past the quotes that close the name
    listed = read and end < len(doc) and doc[end].lower_ in {"and", "or"} and doc[last - 1].tag_ == "NNS"
    return listed or end == len(doc) or doc[end].is_punct or doc[end].is_sent_start


def _named_by_body_noun(doc: Doc, start: int, end: int, read: bool) -> bool:
    """Whether a noun of bodies names the name at ``start:end`` in one of the module's three ways (``read``: the NER
    read the words as a name)."""
    start = _name_start(doc, start, end)
    while end > start + 1 and doc[end - 1].is_quote:
        end -= 1  # 'the "Axis of Resistance"' read with its quotes
    return _quoted_before_noun(doc, start, end) or _named_by_noun(doc, start) or _apposed_to_noun(doc, start, end, read)


def named_by_body_noun(doc: Doc, start: int, end: int) -> bool:
    """Whether a name the NER read as a person's or a place's at ``start:end`` is a body's by the noun of bodies
    that names it in quotes or through a phrase of naming ('the faction loyal to Zambada, known as "La Mayiza"'; in
    apposition the parse tells: :func:`~loaders.organisation_names.described_as_organisation`)."""
    start = _name_start(doc, start, end)
    return _quoted_before_noun(doc, start, end) or _named_by_noun(doc, start)


def titled_body(span: Span) -> bool:
    """Whether a name the NER read as a title's is a body's by the noun of bodies that names it (see the module)."""
    return _named_by_body_noun(span.doc, span.start, span.end, read=True)


JOINERS = frozenset({"-", "'", "’"})
NAME_CONNECTORS = frozenset({"of", "the", "for", "in", "de", "del", "la", "los", "las", "al", "wa", "wal", "y", "and"})


def _name_end(doc: Doc, start: int) -> int:
    """The end of the capitalised name from ``start`` (its connectors, the parts of its hyphened words and a number
    after a word: "Combat 18"), in one sentence; ``start`` where no capitalised word opens there."""
    end = last = start
    sent_end = doc[start].sent.end
    while end < min(sent_end, start + MAX_NAME_WORDS):
        token = doc[end]
        inside = end > start and not token.is_punct and not doc[end - 1].whitespace_  # "e" of "Jaish-e-Fursan"
        joiner = end > start and token.text in JOINERS and not token.whitespace_  # "-" of it, "'" of "Lions' Den"
        if (token.text[:1].isupper() and not token.is_punct) or (token.like_num and last == end > start):
            last = end + 1
        elif not (inside or joiner or token.lower_ in NAME_CONNECTORS):
            break
        end += 1
    return last


def _name_starts(doc: Doc, lowers: list[str]) -> set[int]:
    """Where a name may start right after a noun of bodies names it: after a phrase of naming, a comma after the noun,
    or an opening quote (past an article and quotes)."""
    openers = {phrase[-1] for phrase in _namings()}
    starts = set()
    quote, spaced = doc.to_array([IS_QUOTE, SPACY]).T.tolist() if len(doc) else ([], [])  # no ``Token`` a word
    for i, lower in enumerate(lowers[:-1]):
        if lower in openers or lower == "," or (quote[i] and not spaced[i]):
            start = i + 1
            while start < len(doc) - 1 and (quote[start] or lowers[start] == "the"):
                start += 1
            if doc[start].text[:1].isupper():
                starts.add(start)
    return starts


def named_after_body_nouns(doc: Doc, taken: set[int]) -> list[Span]:
    """Names a noun of bodies names (see the module) that no entity covers (``taken``): "a militia calling itself the
    Guardians of Dawn", 'the "Red Veyra" units', "its armed branch, Strike 77,", as organisations' spans."""
    lowers = token_strings(doc, LOWER)
    if not _nouns().intersection(lowers) and not any(lower.rstrip("s") in _nouns() for lower in lowers):
        return []
    found: list[Span] = []
    for start in sorted(_name_starts(doc, lowers) - taken):
        end = _name_end(doc, start)
        if end > start and taken.isdisjoint(range(start, end)) and _named_by_body_noun(doc, start, end, read=False):
            found.append(Span(doc, start, end, label="ORG"))
    return found

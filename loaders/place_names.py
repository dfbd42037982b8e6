"""Names the text calls places: "the village of Blahodatne", "the villages of Ndachulu, Maze and Largu", "the
Moscow-controlled city of Melitopol", "Rostov regions", "towns such as Lere and Boni", "a resident of Bender".

The statistical NER reads many small places as people or bodies, and the place rules then pass them by. A name
that a noun of a settlement or a division governs through "of" (or one listed with such a name), or that such a
noun in the plural follows, that such a noun in the plural gives as an example ("such as", "including"), or that
a noun of the people living somewhere governs through "of", is a place's throughout the document, whatever the
NER took it for. The nouns are ``seeds/relations.yaml``'s ``place_names`` block.

>>> sorted(place_name_words().of_nouns)[:3]
['area', 'barangay', 'canton']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from graph.seeds import load_seed_yaml
from loaders.coordination import first_of_list
from loaders.cues import load_cues
from loaders.doc_tree import span_root
from loaders.doc_words import text_of, token_strings
from loaders.mentions import Mention

MISREAD = {"Organization", "Person"}


@dataclass(frozen=True)
class PlaceNameWords:
    """The nouns that call a name a place's: before it with "of", or after it in the plural."""

    of_nouns: frozenset[str]
    plural_nouns: frozenset[str]
    example_preps: frozenset[str]  # "towns such as X", "villages including X"
    resident_nouns: frozenset[str]  # "a resident of X"
    list_nouns: frozenset[str]  # plural nouns of a division that open a list of places, with ``plural_nouns``
    list_openers: frozenset[str]  # between such a noun and the list: "(", a dash, a colon, "of"


@cache
def place_name_words() -> PlaceNameWords:
    """The seed's ``place_names`` block, its ``of_nouns`` with the towns and the divisions of ``place_kinds``."""
    seeds = load_seed_yaml("relations.yaml")
    data, kinds = seeds["place_names"], seeds["place_kinds"]
    of_nouns = frozenset(data["of_nouns"]) | frozenset(kinds["towns"]) | frozenset(kinds["divisions"])
    return PlaceNameWords(
        of_nouns,
        frozenset(data["plural_nouns"]),
        frozenset(data["example_preps"]),
        frozenset(data["resident_nouns"]),
        frozenset(data["list_nouns"]),
        frozenset(data["list_openers"]),
    )


@dataclass(frozen=True)
class PlaceKinds:
    """The seed's ``place_kinds`` block, as the rules read it."""

    after_person: frozenset[str]  # after a name the NER read as a person's: "in Debre Markos town"
    division_endings: frozenset[str]  # ending a body's name: "Berehet Woreda", "Macomia District"
    settlements: frozenset[str]  # "the West Bank city of Nablus"
    after_name: frozenset[str]  # after a name the NER read as a body's: "Tera department", "Apure state"
    towns: frozenset[str]  # a town's own noun: "Idlib city" beside "Idlib province"
    namesakes: frozenset[str]  # a wider place's noun after a town's name: "Oyo State", "Beni territory"


@cache
def base_words() -> frozenset[str]:
    """The words after a hyphen that place the name before it: "the Rio-based faction", "X-headquartered" (the
    ``hyphen_compounds`` of BASED_IN whose subject is the word they modify); not a word of control, whose name is the
    actor's ("the Hamas-run ministry", "Houthi-controlled areas").

    >>> sorted(base_words())
    ['based', 'headquartered', 'incorporated', 'registered']
    """
    return frozenset(
        w for w, (rel_type, actor_first) in load_cues().hyphen.items() if rel_type == "BASED_IN" and not actor_first
    )


@cache
def place_kinds() -> PlaceKinds:
    """The nouns of settlements and divisions (``seeds/relations.yaml``'s ``place_kinds``).

    >>> sorted(place_kinds().settlements)
    ['capital', 'city', 'hamlet', 'island', 'port', 'town', 'village']
    """
    data = load_seed_yaml("relations.yaml")["place_kinds"]
    towns, divisions = frozenset(data["towns"]), frozenset(data["divisions"])
    return PlaceKinds(
        towns | divisions | frozenset(data["person_divisions"]),
        divisions | frozenset(data["local_divisions"]),
        towns | frozenset(data["other_settlements"]),
        divisions | frozenset(data["person_divisions"]) | frozenset(data["body_divisions"]),
        towns,
        divisions | frozenset(data["local_divisions"]) | frozenset(data["namesake_places"]),
    )


@cache
def water_words() -> frozenset[str]:
    """The words of a water's or a coast's name (``water_words``): "Sea" of "the Red Sea"."""
    return frozenset(load_seed_yaml("relations.yaml")["water_words"])


def names_waters(name: str) -> bool:
    """Whether a place's name holds a word of a water or a coast: "Red Sea", "Lake Chad", not "Amanual".

    >>> names_waters("Red Sea"), names_waters("Lake Chad"), names_waters("Amanual")
    (True, True, False)
    """
    return not water_words().isdisjoint(name.lower().split())


def named_after_place_noun(token: Token) -> bool:
    """Whether a lowercase noun of a settlement or a division governs the token through "of": "the village of X",
    "the town of X" (the one reading of it, for the NER's names, the entities' pass and this one)."""
    of = token.head
    return (
        token.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.is_lower
        and of.head.lemma_.lower() in place_name_words().of_nouns
    )


def titled_by_settlement(span: Span) -> bool:
    """Whether the lowercase noun of a settlement stands right before a name as a compound of it or with the name set
    in apposition to it, calling the name what it is: "Yemen's capital Sanaa", "the border town Laukkaing" (not "the
    capital's mayor X")."""
    if span.start == 0:
        return False
    noun, root = span.doc[span.start - 1], span.root
    joined = (noun.dep_ == "compound" and span.start <= noun.head.i < span.end) or (
        root.dep_ == "appos" and root.head.i == noun.i
    )
    return joined and noun.is_lower and noun.lemma_.lower() in place_kinds().settlements


def _example_or_home(token: Token, words: PlaceNameWords) -> bool:
    """Whether a plural noun of places gives the token as an example ("towns such as X", "villages including X",
    "Villages including X" opening a sentence), or a noun of residents governs it through "of" ("a resident of X")."""
    prep, noun = token.head, token.head.head
    if token.dep_ != "pobj" or not (noun.is_lower or (noun.is_sent_start and noun.is_title)):
        return False
    if prep.lower_ == "of":
        return noun.lemma_.lower() in words.resident_nouns
    return prep.lower_ in words.example_preps and noun.tag_ == "NNS" and noun.lemma_.lower() in words.of_nouns


def list_items(first: Token) -> list[Token]:
    """The items of the list whose first item is ``first``: itself, its conjuncts and theirs in turn."""
    items, todo = [], [first]
    while todo:
        token = todo.pop()
        items.append(token)
        todo.extend(child for child in token.children if child.dep_ == "conj")
    return items


def _listed_with_place_noun(first: Token, words: PlaceNameWords) -> bool:
    """Whether a later item of the list is a lowercase noun of a settlement naming a place through "of": "Kfar Aza,
    Be'eri and the town of Sderot" (the names listed with a town are places too)."""
    return any(
        item.is_lower and item.lemma_.lower() in words.of_nouns and any(c.lower_ == "of" for c in item.children)
        for item in list_items(first)[1:]
    )


def _called_a_place(doc: Doc, m: Mention, words: PlaceNameWords) -> bool:
    """Whether a lowercase noun of a settlement governs the name through "of" ("the town of X", "the villages of
    X and Y"), is listed with it ("X, Y and the town of Z") or gives it as an example ("towns such as X"), a noun of
    residents governs it ("a resident of X"), or a plural noun of a division follows it ("Belgorod, Kaluga, and
    Rostov regions")."""
    first = first_of_list(span_root(doc, m.start, m.end))
    if named_after_place_noun(first) or _example_or_home(first, words) or _listed_with_place_noun(first, words):
        return True
    lower = token_strings(doc, LOWER)
    return m.end < len(lower) and lower[m.end] in words.plural_nouns


def _listed_before(doc: Doc, mentions: list[Mention], i: int) -> list[Mention]:
    """The names listed right before the i-th mention: "Tula and" of "the Tula and Oryol regions"."""
    listed, gaps = [], load_cues().list_gaps
    while i > 0 and doc[mentions[i - 1].end : mentions[i].start].text in gaps:
        i -= 1
        listed.append(mentions[i])
    return listed


def places_called_places(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, every unknown name the text calls a place's (see the module) read as a place's throughout."""
    words = place_name_words()
    called = [i for i, m in enumerate(mentions) if _called_a_place(doc, m, words)]
    named = {m.name for i in called for m in [mentions[i], *_listed_before(doc, mentions, i)] if not m.actor_id}
    return [
        replace(m, label="Location", kind=None) if m.name in named and m.label in MISREAD and not m.actor_id else m
        for m in mentions
    ]


def _noun_after(doc: Doc, m: Mention, nouns: frozenset[str]) -> str | None:
    """The lowercase noun of ``nouns`` written right after a place's name ("Idlib city"), or None."""
    after = doc[m.end] if m.end < len(doc) else None
    return after.text if after is not None and after.is_lower and after.lower_ in nouns else None


def _after_town_noun(doc: Doc, m: Mention, towns: frozenset[str]) -> bool:
    """Whether a town's noun governs the name through "of": "the town of Batken" (the name alone is the town's)."""
    return m.start > 1 and doc[m.start - 1].lower_ == "of" and doc[m.start - 2].lower_ in towns


def _namesake_after(doc: Doc, m: Mention) -> str | None:
    """The noun of a wider place written right after a place's name, in lower case or opening a capital ("Idlib
    province", "Oyo State", "Beni territory"), or None."""
    after = doc[m.end] if m.end < len(doc) else None
    named = after is not None and after.lower_ in place_kinds().namesakes and (after.is_lower or after.is_title)
    return after.text if named else None


def _before_own_division(doc: Doc, m: Mention) -> bool:
    """Whether the name is set before a comma and the same name with a wider place's noun: the town of "in Oyo, Oyo
    State" (the place it lies in is named after it)."""
    size = m.end - m.start
    same = doc[m.end + 1 : m.end + 1 + size] if m.end + 1 + size < len(doc) else None
    if same is None or doc[m.end].text != "," or [t.text for t in same] != [t.text for t in doc[m.start : m.end]]:
        return False
    return doc[same.end].lower_ in place_kinds().namesakes and not doc[same.end].is_upper


# A line's opening words in capitals before a dash or a comma, a dateline's town: "BENI - Families buried", "KABUL,
# Aug 26 -" (up to three words, past the markup of bold or italics).
DATELINE_TOWN = re.compile(r"^[ \t*_]*([A-Z][A-Z'’.]*[A-Z](?: [A-Z][A-Z'’.]*[A-Z]){0,2})(?:,| [-–—] )", re.MULTILINE)


def dateline_towns(text: str) -> set[str]:
    """The towns a page's datelines name, written as the page writes them elsewhere: the page was reported from there.

    >>> sorted(dateline_towns("BENI - Families buried their dead.\\nKABUL, Aug 26 - Talks resumed."))
    ['Beni', 'Kabul']
    """
    return {" ".join(w.capitalize() for w in m.group(1).split()) for m in DATELINE_TOWN.finditer(text)}


def town_names(doc: Doc, mentions: list[Mention]) -> set[str]:
    """The names of the places the page writes as a town's: before a town's noun ("Kherson city", "Batken town", also
    when the noun closes the name) or after one with "of" ("the town of Batken"), before a comma and the wider place
    named after it ("in Oyo, Oyo State"), or in capitals opening a dateline ("BENI - ...").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Gunmen raided a jail in Tessaro, Tessaro State, on Monday.")
    >>> sorted(town_names(doc, [Mention(5, 6, 23, 30, "Tessaro", "Location", "Tessaro")]))
    ['Tessaro']
    """
    towns = place_kinds().towns
    named = {words[0] for m in mentions if len(words := m.name.rsplit(" ", 1)) == 2 and words[1] in towns}
    return (
        named
        | dateline_towns(text_of(doc))
        | {
            m.name
            for m in mentions
            if m.label == "Location"
            and (_noun_after(doc, m, towns) or _after_town_noun(doc, m, towns) or _before_own_division(doc, m))
        }
    )


def _with_noun(doc: Doc, m: Mention, noun: str) -> Mention:
    """The mention named with the noun written right after it ("Idlib" of "Idlib city" as "Idlib city")."""
    end = doc[m.end]
    text = doc[m.start : m.end + 1].text
    return replace(m, end=m.end + 1, end_char=end.idx + len(end), text=text, name=f"{m.name} {noun}", actor_id=None)


def towns_apart_from_divisions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a place's name written before a town's noun ("Idlib city", "Mandera town") made that town's,
    named with its noun, where the page also writes the name before a division's noun ("Idlib province", "Mandera
    county"): the town and the division around it are two places, and the name alone stays the division's, unless the
    page calls it the town's ("the town of Batken"). Where the page writes the name as a town's ("Kherson city", "the
    town of Batken"), the name before a division's noun is the division's, named with its noun ("the Kherson region"
    read "Kherson" by the NER): the division stays apart from the name alone.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Floods reached Tessaro city and the Tessaro region.")
    >>> ms = [Mention(2, 3, 15, 22, "Tessaro", "Location", "Tessaro"), Mention(6, 7, 36, 43, "Tessaro", "Location",
    ...       "Tessaro")]
    >>> [m.name for m in towns_apart_from_divisions(doc, ms)]
    ['Tessaro city', 'Tessaro region']
    """
    kinds = place_kinds()
    divided = {m.name for m in mentions if m.label == "Location" and _namesake_after(doc, m)}
    if not divided:
        return mentions
    called = {m.name for m in mentions if _after_town_noun(doc, m, kinds.towns)}  # "the town of Batken": the town's
    towns = town_names(doc, mentions)
    out = []
    for m in mentions:
        town = _noun_after(doc, m, kinds.towns) if m.name not in called else None
        division = _namesake_after(doc, m) if m.name in towns else None
        if m.label != "Location" or m.name not in divided or (town or division) is None:
            out.append(m)
        else:
            out.append(_with_noun(doc, m, town or division))
    return out


MAX_COURT_WORDS = 3  # lowercase words between a place's name and "court": "oral criminal"


@cache
def court_nouns() -> frozenset[str]:
    """The nouns of a court that a place's name opens (``seeds/relations.yaml``'s ``court_nouns``)."""
    return frozenset(load_seed_yaml("relations.yaml")["court_nouns"])


def _court_end(doc: Doc, m: Mention) -> int | None:
    """Where the court a place's name opens ends ("the Temuco oral criminal court"), or None: after "the", up to three
    lowercase words, the last a court's noun."""
    if m.start == 0 or doc[m.start - 1].lower_ != "the":
        return None
    for end in range(m.end, min(m.end + MAX_COURT_WORDS + 1, len(doc))):
        token = doc[end]
        if not (token.is_lower and token.is_alpha):
            return None
        if token.lower_ in court_nouns():
            return end + 1
    return None


def courts_of_places(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a place's name that opens a court's ("the Temuco oral criminal court", "the Cañete court")
    made that court's, a government body named with its noun, not the town's; a page's courts opened by one place's
    name and ending in one noun are one court, named by its longest form ("the Temuco court" of "the Temuco oral
    criminal court")."""
    ends = {i: end for i, m in enumerate(mentions) if m.label == "Location" and (end := _court_end(doc, m)) is not None}
    if not ends:
        return mentions
    longest: dict[tuple[str, str], str] = {}
    for i, end in ends.items():
        key, text = (mentions[i].name, doc[end - 1].lower_), doc[mentions[i].start : end].text
        if len(text) > len(longest.get(key, "")):
            longest[key] = text
    out = list(mentions)
    for i, end in ends.items():
        m, last = mentions[i], doc[end - 1]
        out[i] = replace(
            m,
            end=end,
            end_char=last.idx + len(last),
            text=doc[m.start : end].text,
            label="Organization",
            name=longest[(m.name, last.lower_)],
            kind="government",
            actor_id=None,
        )
    return out

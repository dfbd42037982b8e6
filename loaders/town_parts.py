"""A place in a part of a town the text names only as "the city", "the capital" or "the town", or by a possessive.

- "a suicide attack in the Qalazai area on the southern edge of the city", "a fuel station in the north of the
  city", "Villa Nueva, on the southern outskirts of the capital", "the western districts of the city": a place set
  before a part of the town the reference stands for lies in that town;
- "Tarhuna, the main stronghold south-east of the capital", "Kahramankazan, about 40 km north of the capital": a
  direction from it too;
- "the al-Mazraa area on the city's western edge", "Haret Hreik, a district of the capital's southern suburbs", "the
  city's Hay al-Daraja neighbourhood": a part (or the place itself) after the reference's possessive;
- "the al-Mazraa area on Suwayda's western edge", "Musharrafieh, Beirut's southern suburbs": the same part after a
  named town's possessive;
- "Mitiga, the capital's only functioning airport", "X, Kabul's main hospital": a place set beside a site of the town;
- "Beirut's southern suburbs (Dahiyeh)", "the southern suburbs of the capital, known as Dahiyeh": the part's own name
  lies in the town, and the place before the part in that name;
- "Hodan and Wadajir, in the west of the capital": the places listed before the placed one too (``loaders/places.py``).

The reference stands for the last place named before it, in its sentence or the one before, that is not a country,
not called a division or a site ("Lamu county", "the Zamzam camps"), not a name that only qualifies a noun ("the
Houthi movement") and not the place being placed nor named beside it ("Munigi, near Kibumba, north of the city");
"the city of Marib" and "the capital, Tripoli" name their own. A place called a province, region or regency lies in
no town. Between the place and the part only the words of a place phrase may stand (a comma, a preposition of
place, a place's noun, a short description such as "a densely populated district", a distance, a possessive such as
"the LNA's"): not a verb ("Kabul residents fled to the edge of the city"), not "to" or "from", not another place.

The words are the ``town_parts`` block of ``seeds/relations.yaml`` (with ``place_phrases``' part nouns and distance
words).

>>> words = town_part_words()
>>> "capital" in words.references, "outskirts" in words.parts, "on" in words.preps
(True, True, True)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from graph.seeds import load_seed_yaml
from loaders.doc_tree import span_root
from loaders.mentions import Mention
from loaders.place_names import place_kinds
from loaders.place_phrases import place_phrase_words

if TYPE_CHECKING:
    from loaders.extract import DocReader

PLACES = frozenset({"Location", "Country"})
POSSESSIVES = frozenset({"'s", "’s"})
ARTICLES = frozenset({"the", "a", "an"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


@dataclass(frozen=True)
class TownPartWords:
    """The cue words of a place in a part of a town."""

    references: frozenset[str]
    parts: frozenset[str]
    naming_openers: tuple[tuple[str, ...], ...]
    preps: frozenset[str]
    owners: frozenset[str]
    wider_divisions: frozenset[str]
    description_limit: int
    gap_limit: int


@cache
def town_part_words() -> TownPartWords:
    """The seed's ``town_parts`` block, its parts joined with ``place_phrases``' part nouns."""
    data = load_seed_yaml("relations.yaml")["town_parts"]
    return TownPartWords(
        frozenset(data["references"]),
        frozenset(data["part_nouns"]) | place_phrase_words().part_nouns,
        tuple(tuple(o.split()) for o in data["naming_openers"]),
        frozenset(data["preps"]),
        frozenset(data["owners"]),
        frozenset(data["wider_divisions"]),
        int(data["description_limit"]),
        int(data["gap_limit"]),
    )


def town_parts_placed(reader: DocReader, sent: Span) -> list[tuple[Mention, Mention, Token]]:
    """Each place of the sentence set before a part of a town referred to or named by a possessive, with the town it
    lies in and the word that says so (see the module).

    >>> from loaders.extract import DocReader
    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Rebels shelled Goma. Kanyaruchinya, on the northern edge of the city, fell.")
    >>> reader = DocReader(doc, "t")
    >>> [(a.name, b.name) for a, b, _ in town_parts_placed(reader, list(doc.sents)[1])]
    [('Kanyaruchinya', 'Goma')]
    """
    words = town_part_words()
    lower = reader.words.lower
    found: list[tuple[Mention, Mention, Token]] = []
    for i in range(sent.start + 1, sent.end - 1):
        if lower[i] in words.references and lower[i - 1] == "the" and reader.index.at(reader.doc[i]) is None:
            found += _read_reference(reader, reader.doc[i], words)
        elif lower[i] in POSSESSIVES:
            found += _read_named_owner(reader, reader.doc[i], words)
    return found


def _read_reference(reader: DocReader, noun: Token, words: TownPartWords) -> list[tuple[Mention, Mention, Token]]:
    """ "on the southern edge of the city", "north of the capital", "the capital's southern suburbs", "the city's X
    neighbourhood"."""
    doc, lower = reader.doc, reader.words.lower
    owned = reader.index.at(doc[noun.i + 2]) if noun.i + 2 < noun.sent.end else None
    named: Mention | None = None
    if lower[noun.i + 1] in POSSESSIVES and owned is not None:
        place: Mention | None = owned if owned.label == "Location" else None  # "the city's Hay al-Daraja district"
    elif lower[noun.i + 1] in POSSESSIVES and (part := _part_after(reader, noun.i + 2, words)) is not None:
        place = _place_before(reader, noun.i - 1, words)  # "on the city's western edge"
        named = _part_named(reader, part, words, apposed=True)  # "the capital's southern suburbs, the Dahiyeh"
    elif lower[noun.i + 1] in POSSESSIVES and _site_after(reader, noun.i + 2, words):
        place = _apposed_before(reader, noun.i - 2)  # "Mitiga, the capital's only functioning airport"
    else:
        start = _part_before(reader, noun.i - 2, words)  # "on the southern edge of the city", "north of the capital"
        place = _place_before(reader, start, words) if start is not None else None
        named = _part_named(reader, noun.i, words, apposed=False) if start is not None else None
    anchor = place or named
    town = _town_referred(reader, noun, anchor) if anchor is not None else None
    return _placed(place, named, town, noun)


def _read_named_owner(reader: DocReader, mark: Token, words: TownPartWords) -> list[tuple[Mention, Mention, Token]]:
    """ "the al-Mazraa area on Suwayda's western edge", "Haret Hreik, in Beirut's southern suburbs", "Beirut's
    southern suburbs, known as Dahiyeh": a named town's part after its possessive."""
    town = reader.index.at(reader.doc[mark.i - 1])
    if town is None or town.end != mark.i or town.label not in PLACES:
        return []
    part = _part_after(reader, mark.i + 1, words)
    if part is None:  # "RAF Brize Norton, Britain's largest air base"
        site = _site_after(reader, mark.i + 1, words)
        return _placed(_apposed_before(reader, town.start - 1) if site else None, None, town, mark)
    named = _part_named(reader, part, words, apposed=True)
    return _placed(_place_before(reader, town.start, words), named, town, mark)


def _placed(
    place: Mention | None, named: Mention | None, town: Mention | None, cue: Token
) -> list[tuple[Mention, Mention, Token]]:
    """The place in the town, the part named in the town, and the place in the named part."""
    if town is None:
        return []
    found = [(m, town, cue) for m in (place, named) if m is not None and m.key != town.key]
    if place is not None and named is not None and place.key != named.key:
        found.append((place, named, cue))  # "Haret Hreik, a district of the capital's southern suburbs, known as X"
    return found


def _part_after(reader: DocReader, i: int, words: TownPartWords) -> int | None:
    """Where the part of a town stands when the words from ``i`` are words of direction, then a part ("western
    edge", "southern suburbs", "north"), then no name's capitalised word; else None."""
    lower, end = reader.words.lower, reader.doc[i - 1].sent.end
    while i + 1 < end and _is_direction(reader, lower[i]) and lower[i + 1] not in ARTICLES | {",", "."}:
        i += 1  # "western edge", not the part "north" itself
    if i >= end or lower[i] not in words.parts or reader.index.at(reader.doc[i]) is not None:
        return None
    closed = i + 1 >= end or not reader.doc[i + 1].text[:1].isupper()  # not "the city's North Gate Hotel"
    return i if closed else None


def _site_after(reader: DocReader, i: int, words: TownPartWords) -> bool:
    """Whether the words from ``i`` are a few lowercase words of description, then the noun of a place or a site that
    ends the phrase (not a list's item: "X, the city's main market and the airport"): "main functioning hospital",
    "only functioning airport", "largest air base"."""
    doc, lower, end = reader.doc, reader.words.lower, reader.doc[i - 1].sent.end
    nouns = reader.cues.place_nouns | place_phrase_words().designators
    for j in range(i, min(i + words.description_limit + 1, end)):
        if lower[j] in nouns and reader.index.at(doc[j]) is None:
            return j + 1 >= end or not (doc[j + 1].text[:1].isupper() or doc[j + 1].pos_ in {"NOUN", "CCONJ"})
        if not _describes(doc[j]):
            return False
    return False


def _apposed_before(reader: DocReader, comma: int) -> Mention | None:
    """The place right before a comma at ``comma`` that sets a description beside it: "Mitiga, the capital's ..."."""
    if comma < 1 or reader.words.lower[comma] != ",":
        return None
    place = reader.index.at(reader.doc[comma - 1])
    return place if place is not None and place.label == "Location" and place.end == comma else None


def _part_named(reader: DocReader, i: int, words: TownPartWords, *, apposed: bool) -> Mention | None:
    """The place a part ending at ``i`` is named as: "(Dahiyeh)", ", known as Dahiyeh", "called X", or, set in
    apposition after a part's own noun, ", the Dahiyeh" (not after "the capital", where ", Tripoli" names the
    capital)."""
    lower, end = reader.words.lower, reader.doc[i].sent.end
    j = i + 1
    if j < end and lower[j] in {",", "("}:
        j += 1
    for opener in words.naming_openers:
        if lower[j : j + len(opener)] == list(opener):
            j += len(opener)
            break
    else:
        if not (lower[i + 1 : i + 2] == ["("] or (apposed and lower[i + 1 : i + 3] == [",", "the"])):
            return None
        j += int(lower[j : j + 1] == ["the"])
    named = reader.index.at(reader.doc[j]) if j < end else None
    return named if named is not None and named.start == j and named.label == "Location" else None


def _part_before(reader: DocReader, i: int, words: TownPartWords) -> int | None:
    """Where a part's phrase ending at the "of" at ``i``, right before the reference's "the", starts ("the southern
    edge of", "the western districts of", "north of", "south-east of"), or None."""
    lower = reader.words.lower
    if i < 1 or lower[i] != "of":
        return None
    j = i - 1
    if not (lower[j] in words.parts or _is_direction(reader, lower[j])):
        return None
    while j - 1 >= 0 and (_is_direction(reader, lower[j - 1]) or lower[j - 1] == "-"):
        j -= 1  # "the southern edge", "south - east"
    return j - 1 if j >= 1 and lower[j - 1] == "the" else j


def _is_direction(reader: DocReader, word: str) -> bool:
    """A word of direction, alone or hyphenated ("north-east", "far")."""
    directions = reader.cues.place_directions
    return word in directions or word.rsplit("-", 1)[-1] in directions


def _place_before(reader: DocReader, end: int, words: TownPartWords) -> Mention | None:
    """The place a part's phrase starting at ``end`` puts in the town: the last mention before it in the sentence
    (passing an owner's possessive, "the LNA's"), a place, when only the words of a place phrase stand between (see
    the module)."""
    doc, lower = reader.doc, reader.words.lower
    sent = doc[end].sent
    before = [m for m in reader.index.inside(doc[sent.start : end]) if m.end <= end]
    while before and before[-1].label not in PLACES and lower[before[-1].end] in POSSESSIVES:
        before.pop()  # "Tarhuna, the LNA's main stronghold"
    if not before or before[-1].label != "Location" or end - before[-1].end > words.gap_limit:
        return None
    place = before[-1]
    if {lower[place.end - 1], lower[place.end] if place.end < end else ""} & words.wider_divisions:
        return None  # "Parigi Moutong regency, north of the town of Poso": a regency lies in no town
    phrase = place_phrase_words()
    nouns = reader.cues.place_nouns | reader.cues.place_divisions | phrase.designators
    plain = words.preps | ARTICLES | {",", "(", ")", "of", "-"} | phrase.distance_units | phrase.distance_hedges
    plain |= (
        words.owners | phrase.clause_openers | phrase.lying_words | phrase.lying_copulas
    )  # "X, which lies on the edge of"
    described = 0
    for i in range(place.end, end):
        word, token = lower[i], doc[i]
        if word in plain or word in nouns or word in words.parts or _is_direction(reader, word) or token.like_num:
            continue
        owner = reader.index.at(token)
        if owner is not None and owner.label not in PLACES and lower[owner.end] in POSSESSIVES:
            continue  # "the LNA's main stronghold"
        if word in POSSESSIVES and reader.index.at(doc[i - 1]) is not None:
            continue
        if owner is None and _describes(token):
            described += 1  # "a densely populated district", "the main stronghold"
            if described <= words.description_limit:
                continue
        return None
    return place


def _describes(token: Token) -> bool:
    """Whether a lowercase word may describe a place in apposition ("densely", "populated", "main", "stronghold",
    "functioning")."""
    if not token.is_alpha or token.text[0].isupper():
        return False
    return token.pos_ in {"ADJ", "ADV", "NOUN"} or (token.tag_ in {"VBN", "VBG"} and token.dep_ in {"amod", "compound"})


def _town_referred(reader: DocReader, noun: Token, place: Mention) -> Mention | None:
    """The town "the city" or "the capital" stands for: named right after it ("the city of Marib", "the capital,
    Tripoli", "the capital Kabul"), else the last place named before it, in its sentence or the one before, that is
    not a country, not called a division or a site ("Lamu county", "the Zamzam camp"), named before the place being
    placed, not listed with it and told apart from it (:func:`_told_apart`)."""
    doc, lower, lemma = reader.doc, reader.words.lower, reader.words.lemma
    at = noun.i + 2 if lower[noun.i + 1] in {",", "of"} else noun.i + 1
    named = reader.index.at(doc[at]) if at < noun.sent.end else None
    if named is not None and named.start == at:
        return named if named.label == "Location" and named.key != place.key else None
    start = noun.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    kinds = (reader.cues.place_divisions | reader.cues.place_nouns) - place_kinds().towns  # not "Lamu county"
    for m in reversed(reader.index.inside(doc[start : noun.i])):
        if m.end > min(place.start, noun.i) or m.label != "Location" or {lower[m.end - 1], lemma[m.end]} & kinds:
            continue  # not "Lamu county", "the Zamzam camps"
        if span_root(doc, m.start, m.end).dep_ in MODIFIER_DEPS:
            continue  # "the Houthi movement", "Kabul police": a name that only qualifies a noun
        if doc[m.end : place.start].text in reader.cues.list_gaps:
            continue  # "Hodan and Wadajir, in the west of the capital": listed with the place
        return m if _told_apart(doc[m.end : place.start + 1]) else None
    return None


def _told_apart(between: Span) -> bool:
    """Whether the words between the town and the place (its first word too) hold a verb or a sentence's start: the
    town was named in a clause of its own ("Rebels shelled Goma. Munigi, north of the city"), not as the place's own
    neighbour ("Munigi, near Kibumba, north of the city": not Kibumba's city)."""
    return any(t.pos_ in {"VERB", "AUX"} or t.is_sent_start for t in between)

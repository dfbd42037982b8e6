"""Places and where organisations are: the place rules that read a sentence's names in order.

"Tassik in the northern Kidal region", "Arbinda and Serma in the Mopti region", "Gunung Sindur, Bogor Regency",
"Barangay Igasan, Patikul, Sulu", "a rural part of Buenos Aires, in Colombia's Cauca province" (the nearest level
the text states), and organisations placed by the group they are listed in ("Darfur rebel groups, including X").
The cue words are ``seeds/relations.yaml``'s place block; the rules emit through the document's reader.
"""

from __future__ import annotations

import itertools
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from spacy.tokens import Doc, Span, Token

from graph.seeds import load_seed_yaml
from loaders.bylines import credit_line
from loaders.coordination import first_of_list
from loaders.doc_tree import span_root
from loaders.doc_words import doc_memo, text_of
from loaders.jurisdiction_places import falls_under, limits_of
from loaders.mentions import Mention, is_dateline
from loaders.mentions import site_nouns as named_site_nouns
from loaders.months import month_numbers
from loaders.place_names import place_kinds, titled_by_settlement
from loaders.place_phrases import (
    divisions_of,
    divisions_owned,
    joined_nearby,
    kind_beside,
    lies_within,
    lists_included,
    named_by_kind,
    on_a_landmass,
    part_of_country_referred,
    place_phrase_words,
    reaches_over,
    reaches_wider,
    region_of_country,
)
from loaders.places_between import is_a_line, lies_between
from loaders.syntax import actors_of, listed_after, prep_objects
from loaders.town_parts import town_parts_placed
from loaders.whole_names import feature_nouns, site_nouns

if TYPE_CHECKING:
    from loaders.cues import Cues
    from loaders.extract import DocReader

PLACES = {"Location", "Country"}


def sentence_mentions(reader: DocReader, sent: Span) -> list[Mention]:
    """The mentions of one sentence, in text order."""
    return reader.index.inside(sent)


def placing_mentions(reader: DocReader, sent: Span) -> list[Mention]:
    """The mentions of one sentence that may place or be placed, in text order: not a name that only qualifies the
    word its hyphen joins it to ("in Russian-occupied Donetsk region": Russia holds the region, no place of it)."""
    return [m for m in reader.index.inside(sent) if not _hyphen_qualifier(reader, m)]


def _hyphen_qualifier(reader: DocReader, mention: Mention) -> bool:
    """Whether a state's or group's name is joined by a hyphen to the lowercase word after it ("Russian-occupied",
    "Houthi-held"), the whole a qualifier of what follows."""
    text = reader.words.text
    end = mention.end
    return (
        mention.label != "Location"
        and end + 1 < len(text)
        and text[end] == "-"
        and reader.doc[end].whitespace_ == ""
        and text[end + 1].islower()
    )


def nearest_level(reader: DocReader, wider: Mention, mentions: list[Mention]) -> Mention:
    """The place a phrase puts something in: the wider place itself, or the division of it named right after its
    possessive ("in Colombia's southwestern Cauca province" -> Cauca), the nearest level the text states."""
    doc = reader.doc
    if wider.end >= len(doc) or doc[wider.end].lower_ not in {"'s", "’s", "'"}:
        return wider
    after = next((m for m in mentions if m.start > wider.end), None)
    if after is None or after.label != "Location":
        return wider
    between = doc[wider.end + 1 : after.start]
    return after if all(t.is_lower and t.pos_ in {"ADJ", "NOUN"} for t in between) else wider


def division_placed_in(reader: DocReader, place: Mention) -> Mention | None:
    """The division a place is put in by "in" and a possessive right after it ("around Baga in Nigeria's Borno
    state": Borno, the nearest level the text states, as :func:`nearest_level` reads it), else None."""
    mentions = placing_mentions(reader, reader.doc[place.start].sent)
    wider = next((m for m in mentions if m.start >= place.end), None)
    if wider is None or wider.label not in PLACES or _gap_words(reader, place, wider) != ["in"]:
        return None
    near = nearest_level(reader, wider, mentions)
    return near if near is not wider else None


def owner_of_division(reader: DocReader, place: Mention) -> Mention | None:
    """The place whose possessive names a division right before it ("Mexico's Sinaloa state": Mexico), the wider
    level the text states (:func:`nearest_level` read backwards), else None."""
    mentions = placing_mentions(reader, reader.doc[place.start].sent)
    owner = next((m for m in reversed(mentions) if m.end <= place.start), None)
    if owner is None or owner.label not in PLACES:
        return None
    return owner if nearest_level(reader, owner, mentions) is place else None


def _gap_words(reader: DocReader, a: Mention, b: Mention) -> list[str]:
    """The words between two mentions, lowercased, "the" left out, hyphenated words joined ("north-east")."""
    return words_between(reader, a.end, b.start)


def words_between(reader: DocReader, start: int, end: int) -> list[str]:
    """The words from ``start`` up to ``end`` (token positions), lowercased, "the" left out, hyphenated words joined
    ("north-east")."""
    words: list[str] = []
    text, lower = reader.words.text, reader.words.lower
    for i in range(start, end):
        if lower[i] == "the":
            continue
        if words and (text[i] == "-" or words[-1].endswith("-")) and words[-1] != ",":
            words[-1] += lower[i]
        else:
            words.append(lower[i])
    return words


def _connects(reader: DocReader, words: list[str]) -> bool:
    """Whether the words between two places put the first in the second beyond a plain connector: a connector
    then words of direction ("in the northern", ", in northeast"), directions then "of" (", north-east of", "in the
    north-east of"),
    after the first place's own designator ("Pamone village in western Banmauk", "Kabul province in"; "the Tera
    department of western Niger's" with a direction)."""
    cues = reader.cues
    if words[:1] == [","]:
        words = words[1:]
    designator = bool(words[:1]) and words[0] in cues.place_nouns | cues.place_divisions
    division = designator and words[0] in cues.place_divisions  # "the Mopti region": in no town
    if designator:
        words = words[1:]
    end = len(words)
    while end and _direction(cues, words[end - 1]):
        end -= 1
    connector = " ".join(words[:end])
    if connector in cues.connectors and connector != ",":
        return end < len(words) or not designator  # "Kabul province in Afghanistan" is names_in_sequence's
    if designator and connector == "of" and end < len(words):
        return True  # "the Tera department of western Niger's Tillabéri region"
    opened = int(words[:1] == ["in"])  # "Pangwa in the north-east of Kachin State"
    start = opened
    while start < len(words) and _direction(cues, words[start]):
        start += 1
    return (start > opened and words[start:] == ["of"]) or _division_named_after(reader, words, division)


def _place_kind(cues: Cues, word: str) -> bool:
    """Whether a word names a kind of place ("forest", "district", "prison"), not a border: "the Kadra forest, Lamu
    county" calls the first place a forest before the comma sets the wider one beside it."""
    found = place_phrase_words()
    kinds = cues.place_divisions | cues.place_nouns | found.designators
    return word in kinds and word not in found.border_words


def _direction(cues: Cues, word: str) -> bool:
    """Whether a word between a connector and a place tells a direction or standing, alone or after a hyphen
    ("northern", "occupied", "russian-occupied")."""
    return word in cues.place_directions or word.rsplit("-", 1)[-1] in cues.place_directions


def _designated(reader: DocReader, place: Mention, words: list[str]) -> list[str]:
    """The words after a place, its own designator first when its name ends with one ("Tera department": "department
    of western Niger's")."""
    last = reader.words.lower[place.end - 1]
    nouns = reader.cues.place_nouns | reader.cues.place_divisions
    return [last, *words] if last in nouns and words[:1] != [","] and place.end - place.start > 1 else words


def _incident_named_after(reader: DocReader, words: list[str]) -> bool:
    """Whether the words between two places are an incident's noun named after the first, then "in" ("the Mpeketoni
    attack in Lamu county", "the DusitD2 hotel suicide bombing in Nairobi"): the place hit lies in the one after."""
    if len(words) < 2 or len(words) > 3 or words[-1] != "in" or words[-2] not in reader.cues.event_nouns:
        return False
    return all(w.isalpha() for w in words[:-2])


def _division_named_after(reader: DocReader, words: list[str], division: bool) -> bool:
    """ "Darkhovin in the southwestern province of Khuzestan", "X in the district of Y", "the Al-Rawda mosque in the
    village of Al-Rawda", "Yerwada jail in the western city of Pune": a connector, words of direction, then a
    division's or a settlement's noun and "of" before the wider place's name; a settlement's only after a place not
    called a division (not "the Mopti region near the town of Djenne")."""
    cues = reader.cues
    nouns = cues.place_divisions | (frozenset() if division else place_kinds().settlements)
    if len(words) < 3 or words[-1] != "of" or words[-2] not in nouns:
        return False
    rest = words[:-2]
    while rest and rest[-1] in cues.place_directions:
        rest = rest[:-1]
    return " ".join(rest) in cues.connectors - {","}


def _possessive_settlement(reader: DocReader, words: list[str], place: Mention) -> bool:
    """ "Sulu's coastal town of Patikul", "South Sudan's capital, Juba", "Yemen's capital Sanaa": a possessive,
    descriptions, a settlement noun, then "of", a comma before the settlement's name set in apposition to it, or the
    name itself, the noun a compound of it."""
    if len(words) < 2 or words[0] not in {"'s", "’s", "'"} or not all(w.isalpha() for w in words[1:-1]):
        return False
    if titled_by_settlement(reader.doc[place.start : place.end]):
        return True
    apposed = words[-1:] == [","] and span_root(reader.doc, place.start, place.end).dep_ == "appos"
    return len(words) >= 3 and (words[-1] == "of" or apposed) and words[-2] in reader.cues.place_nouns


def _listed_with(reader: DocReader, place: Mention, mentions: list[Mention], *, after: bool) -> list[Mention]:
    """The places listed right after one ("Bijapur, Sukma and Dantewada" after Bijapur), or right before it, nearest
    first ("Arbinda and Serma", "Belgorod, Kaluga, and Rostov")."""
    listed: list[Mention] = []
    current = place
    beside = [m for m in mentions if m.start >= place.end] if after else [m for m in mentions if m.end <= place.start]
    for m in beside if after else reversed(beside):
        first, second = (current, m) if after else (m, current)
        if m.label != "Location" or _list_gap(reader.doc[first.end : second.start]) not in reader.cues.list_gaps:
            break
        listed.append(m)
        current = m
    return listed


def _list_gap(gap: Span) -> str:
    """The text between two listed places, a "the" after a lone "and" or "or" left out ("Nairobi and the Rift
    Valley"); not after a comma (", and the Wadi al-Shay valley south of Kirkuk" opens another list)."""
    return gap[0].text if len(gap) == 2 and gap[0].is_alpha and gap[1].lower_ == "the" else gap.text


def _joined_before(reader: DocReader, last: Mention, mentions: list[Mention]) -> list[Mention]:
    """The places of a list joined by "and" or "or" that ends with a place ("Chiyah and Ain el-Remmaneh", "Gao,
    Kidal and Menaka"), listed before it; none before a place that ends no such list."""
    listed = _listed_with(reader, last, mentions, after=False)
    conjunctions = {gap for gap in reader.cues.list_gaps if gap.isalpha()}  # "and", "or"
    joined = bool(listed) and any(w in conjunctions for w in reader.words.lower[listed[0].end : last.start])
    return listed if joined else []


def _near_last_of_list(reader: DocReader, last: Mention, connector: str, mentions: list[Mention]) -> bool:
    """Whether a connector that does not spread over a list ("near", "north of") follows the last place of a list
    joined by "and" ("A, B and C near Sirte": C near Sirte, not A nor B), not a comma chain ("Santa Teresa, New
    Mexico, near El Paso")."""
    if connector.removeprefix(", ") in reader.cues.listed_within_connectors:
        return False
    listed = _listed_with(reader, last, mentions, after=False)
    conjunctions = {gap for gap in reader.cues.list_gaps if gap.isalpha()}  # "and", "or"
    return bool(listed) and any(w in conjunctions for w in reader.words.lower[listed[-1].end : last.start])


def listed_conjuncts(reader: DocReader, place: Mention) -> list[Mention]:
    """The places the parse joins after a place as its conjuncts: Kebbi of "in Sokoto and Kebbi"."""
    root = span_root(reader.doc, place.start, place.end)
    found = (reader.index.at(t) for t in root.conjuncts if t.i >= place.end)
    return [m for m in found if m is not None and m.label in PLACES and m.key != place.key]


def divisions_listed(reader: DocReader, place: Mention) -> list[Mention]:
    """The places a place's divisions are listed as after it: Bijapur, Sukma and Dantewada of "the Bastar districts
    of Bijapur, Sukma and Dantewada" (two or more, so not Mali of "the Timbuktu regions of Mali")."""
    after = [m for m in reader.index.inside(reader.doc[place.start].sent) if m.start >= place.end][:1]
    if not after or after[0].label != "Location":
        return []
    words = reader.words.lower[place.end : after[0].start]
    listed = [after[0], *_listed_with(reader, after[0], reader.index.inside(reader.doc[place.start].sent), after=True)]
    return listed if divisions_of(reader.cues, words) and len(listed) > 1 else []


def _across_border(reader: DocReader, place: Mention) -> bool:
    """Whether a place is named as the far side of a border ("districts along the border with Pakistan", "villages on
    the Pakistan border"): what is listed after it lies along the border, not in it."""
    doc, borders = reader.doc, place_phrase_words().border_words
    before = [t for t in doc[max(place.start - 3, 0) : place.start] if t.lower_ != "the"][-2:]
    after = doc[place.end] if place.end < len(doc) else None
    named_after = len(before) == 2 and before[1].lower_ == "with" and before[0].lemma_.lower() in borders
    return named_after or (after is not None and after.lemma_.lower() in borders)


def places_in_places(reader: DocReader, sent: Span) -> None:
    """A place "in the northern" region of another, "north-east of" it, "Sulu's coastal town of Patikul", the
    places listed before "in", comma chains of places ("Culiacan, Sinaloa, Mexico"; "Essakane, Sahel region"; "between
    Dapaong and Mandouri, Savanes region": both): each LOCATED_IN the next, nearest level first; the places listed
    after "including" lie in the one before ("in Central Equatoria, including around Yei and Lainya"), a place joined
    to another as "nearby" near it ("Sinjar and the nearby village of Kocho"), a place between two others by both
    ("the Mutaibijah area between Salahuddin and Diyala provinces", ``loaders/places_between.py``)."""
    if is_credit_line(sent):
        return  # "(Reporting by A in Bosaso and B in Garowe; ...)": where reporters were
    mentions = placing_mentions(reader, sent)
    cues = reader.cues
    listed = _listed_places(reader, mentions)  # "towns including A, B, C and D": no one in another
    for a, b in itertools.pairwise(mentions):
        words = _gap_words(reader, a, b)
        if a.label in PLACES and b.label == "Location" and _possessive_settlement(reader, words, b):
            reader.emit(b, "LOCATED_IN", a, reader.doc[b.start], "place-possessive-settlement", 0.7, "asserted")
        elif a.label in PLACES and b.label == "Location" and divisions_owned(cues, words):
            for place in [b, *_listed_with(reader, b, mentions, after=True)]:  # "Georgia's two regions, A and B"
                reader.emit(place, "LOCATED_IN", a, reader.doc[b.start], "places-owned-divisions", 0.7, "asserted")
        elif a.label in PLACES and b.label == "Location" and named_by_kind(reader, a, b, words):
            reader.emit(b, "LOCATED_IN", a, reader.doc[b.start], "place-kind-name", 0.7, "asserted")  # "Somali capital"
        included = lists_included(cues, words)
        if a.label in PLACES and b.label == "Location" and included and not _across_border(reader, a):
            for place in [b, *_listed_with(reader, b, mentions, after=True)]:  # "in A, including around B and C"
                reader.emit(place, "LOCATED_IN", a, reader.doc[b.start], "places-included", 0.7, "asserted")
        if a.label == "Location" and b.label == "Location" and lies_between(cues, words) and not is_a_line(a.text):
            for place in [b, *_listed_with(reader, b, mentions, after=True)[:1]]:  # "the X area between A and B"
                reader.emit(a, "LOCATED_IN", place, reader.doc[b.start], "place-between", 0.7, "asserted")
        if a.label == "Location" and b.label == "Location" and falls_under(words):
            for place in [a, *_listed_with(reader, a, mentions, after=False)]:  # "A and B villages under X limits"
                reader.emit(place, "LOCATED_IN", b, reader.doc[b.start], "place-under-jurisdiction", 0.7, "asserted")
        if a.label == "Location" and b.label == "Location" and limits_of(words):  # "X police station limits of Y"
            reader.emit(a, "LOCATED_IN", b, reader.doc[b.start], "jurisdiction-limits-of", 0.7, "asserted")
        if a.label == "Location" and kind_beside(reader, b, words):  # "X, the Y state capital": X in Y
            reader.emit(a, "LOCATED_IN", b, reader.doc[b.start], "place-kind-beside", 0.7, "asserted")
        if a.label == "Location" and b.label == "Location" and joined_nearby(cues, words):
            reader.emit(b, "LOCATED_IN", a, reader.doc[b.start], "place-nearby", 0.7, "asserted")  # "and nearby Y"
        if a.label != "Location" or b.label not in PLACES:
            continue
        if _incident_named_after(reader, words):  # "the Westgate mall siege in Nairobi": the mall is in Nairobi
            reader.emit(a, "LOCATED_IN", b, reader.doc[b.start], "place-of-incident-in", 0.7, "asserted")
        text = " ".join(words)
        plain = (text[2:] if text.startswith(", ") else text) in cues.connectors  # read by names_in_sequence
        wider = nearest_level(reader, b, mentions)
        linked = plain and text != ","
        if not plain and _connects(reader, _designated(reader, a, words)):
            reader.emit(a, "LOCATED_IN", wider, reader.doc[b.start], "place-in-region", 0.7, "asserted")  # "Mpondwe,
            # in western Uganda's Kasese district": in the district, the nearest level (the district in Uganda)
            linked = True
        elif not plain and divisions_of(cues, words) and (listed := _listed_with(reader, b, mentions, after=True)):
            for place in [b, *listed]:  # "the Bastar districts of Bijapur, Sukma and Dantewada": each in Bastar
                reader.emit(place, "LOCATED_IN", a, reader.doc[b.start], "places-divisions-of", 0.7, "asserted")
        elif not plain and lies_within(cues, words):  # "X lies 40 km north of Y", "X, which sits on the edge of Y"
            reader.emit(a, "LOCATED_IN", wider, reader.doc[b.start], "place-lies-within", 0.7, "asserted")
        elif not plain and reader.doc[b.end - 1].pos_ == "PROPN" and reaches_wider(cues, words):  # "10 km from X"
            reader.emit(a, "LOCATED_IN", wider, reader.doc[b.start], "place-phrase", 0.7, "asserted")
            linked = True
        if b.label == "Location" and on_a_landmass(reader, words, b):  # "Lamitan, on Basilan island"
            reader.emit(a, "LOCATED_IN", b, reader.doc[b.start], "place-on-landmass", 0.7, "asserted")
        if (sea := _sea_of_coast(reader, b, words, mentions)) is not None:  # "Maicao on Colombia's Caribbean coast"
            reader.emit_all([a], "LOCATED_IN", [b, sea], reader.doc[b.start], "place-on-coast", 0.7, "asserted")
        if words == ["("] and _bracketed_after_dateline(reader, a, b):  # "KANDI (Alibori) —"
            reader.emit(a, "LOCATED_IN", b, reader.doc[b.start], "place-dateline-bracket", 0.7, "asserted")
        elif words == ["("] and b.label == "Country" and _bracketed_alone(reader, b):  # "Foz do Iguaçu (Brazil)"
            reader.emit(a, "LOCATED_IN", b, reader.doc[b.start], "place-bracketed-country", 0.7, "asserted")
        directed = len(words) == 2 and words[0] == "," and words[1] in cues.place_directions  # "X, western Uganda"
        if (
            (text == "," or directed) and b.label in PLACES and apposed(reader, a, b) and a.start not in listed
        ):  # "in Gwadar, Balochistan"; "between Chiyah and Ain el-Remmaneh, Beirut": both
            for place in [a, *_joined_before(reader, a, mentions)]:
                reader.emit(place, "LOCATED_IN", b, reader.doc[b.start], "place-comma-apposition", 0.7, "asserted")
        if linked and not (plain and _near_last_of_list(reader, a, text, mentions)):
            for place in _listed_with(reader, a, mentions, after=False):  # "Arbinda and Serma in the Mopti region"
                reader.emit(place, "LOCATED_IN", wider, reader.doc[b.start], "places-listed-in-place", 0.7, "asserted")
    for chain in _comma_chains(reader, mentions):
        for a, b in itertools.pairwise(chain):
            if b.label == "Location" or b is chain[-1]:  # "Culiacan, Sinaloa, Mexico, on Nov. 3"
                reader.emit(a, "LOCATED_IN", b, reader.doc[b.start], "place-comma-place", 0.7, "asserted")
        wider = chain[1]  # "between Dapaong and Mandouri, Savanes region": both lie in Savanes
        joined = _joined_before(reader, chain[0], mentions) if wider.label == "Location" else []  # not a state
        for place in joined:
            reader.emit(place, "LOCATED_IN", wider, reader.doc[wider.start], "places-joined-comma", 0.7, "asserted")
        for i, a in enumerate(chain[:-2]):  # "Bwera, Kasese district, Uganda": Bwera lies in Uganda too
            for b in chain[i + 2 :]:
                reader.emit(a, "LOCATED_IN", b, reader.doc[b.start], "place-comma-chain", 0.65, "asserted")
    region_of_country(reader, sent)  # "south Lebanon", "northeast Nigeria"
    part_of_country_referred(reader, sent)  # "Kaya, in the north of the country"
    for place, town, cue in town_parts_placed(reader, sent):  # "A and B, on the southern outskirts of the capital"
        for each in [place, *_listed_with(reader, place, mentions, after=False)]:
            reader.emit(each, "LOCATED_IN", town, cue, "place-in-town-part", 0.7, "asserted")
    reaches_over(reader, sent)  # "the Uraba region, straddling Antioquia and Cordoba"
    for place in (m for m in mentions if m.label == "Location"):
        _listed_with_others(reader, place)  # "Swat, Shangla and other parts of Khyber Pakhtunkhwa"


def _listed_with_others(reader: DocReader, place: Mention) -> None:
    """ "Kenscoff, Mirebalais and other towns around the capital", "Swat, Shangla and other parts of Khyber
    Pakhtunkhwa": a place listed with "other" places of a kind, which the phrase places in or near a wider one, lies
    there too."""
    root = span_root(reader.doc, place.start, place.end)
    head = first_of_list(root)
    items = [head, *(t for t in head.subtree if t.dep_ == "conj" and first_of_list(t) == head)]
    nouns = reader.cues.place_nouns | place_phrase_words().part_nouns  # towns, areas, parts; not "communities"
    others = [
        t
        for t in items
        if t.is_lower
        and (t.lemma_.lower() in nouns or t.lower_ in nouns)
        and any(c.dep_ == "amod" and c.lower_ == "other" for c in t.children)
    ]
    preps = reader.cues.wider_place_preps | reader.cues.place_preps  # in, of, near, around ...
    doc = reader.doc
    after = [  # "other towns around the capital", however the parse hangs the preposition right after the noun
        p
        for t in others
        if t.right_edge.i + 1 < len(doc) and (prep := doc[t.right_edge.i + 1]).lower_ in preps
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    wider = [m for p in after for m in actors_of(p, reader.index) if m.label in PLACES and m != place]
    for other in wider[:1]:
        reader.emit(place, "LOCATED_IN", other, reader.doc[place.start], "place-listed-with-others", 0.7, "asserted")


CREDIT_WORDS = 8  # a credit line's opening words: "(Additional reporting by"


def is_credit_line(sent: Span) -> bool:
    """Whether a sentence is a page's credit line ("(Reporting by A in Bosaso; Editing by B)"): its places say where
    the reporters were, not where one place lies. Its first words tell, cut from the document's text (a sentence's
    whole text is costly to build, and so is joining its tokens). Read once a sentence: the rules ask at every pair
    of places in it."""
    doc = sent.doc
    known = doc_memo(doc, "is_credit_line")
    found = known.get((sent.start, sent.end))
    if found is None:
        end = min(sent.end, sent.start + CREDIT_WORDS)  # the opening words end where the next token starts
        opening = text_of(doc)[sent.start_char : doc[end].idx if end < len(doc) else None]
        found = known[sent.start, sent.end] = credit_line().match(opening) is not None
    return found


def apposed(reader: DocReader, a: Mention, b: Mention) -> bool:
    """Whether the parse sets a name in apposition to the one before it: "in Las Navas, Northern Samar last
    Tuesday" (not the list "Mosul, Tikrit and Baghdad", nor "In Crimea, the US sanctioned")."""
    root = span_root(reader.doc, b.start, b.end)
    return root.dep_ == "appos" and a.start <= root.head.i < a.end


def opens_clause(reader: DocReader, m: Mention) -> bool:
    """Whether a name is the subject of the clause it opens, or the demonym or a word of the title of that subject: "In
    Crimea, the US sanctioned", "and the Gulf, Iran is using", "In Geneva, the Iraqi foreign minister said", "Speaking
    in Tokyo, US Secretary of State X said": a comma before it ends a phrase, not a place's name."""
    subject = span_root(reader.doc, m.start, m.end)
    while subject.dep_ in {"amod", "compound", "nmod"} and subject.head.i >= m.end:
        subject = subject.head
    return subject.dep_ in {"nsubj", "nsubjpass"}


def _comma_runs(reader: DocReader, mentions: list[Mention]) -> list[list[Mention]]:
    """The runs of names joined by commas alone (or a division's noun then a comma), places after the first."""
    runs: list[list[Mention]] = []
    for m in mentions:
        if runs and runs[-1][-1].label in PLACES and m.label in PLACES and _comma_gap(reader, runs[-1][-1], m):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _listed(reader: DocReader, run: list[Mention], following: list[Mention] | None) -> bool:
    """Whether a run of comma-joined names goes on as a list: "and" or "or" after its last name ("A, B, C and D",
    "A, B, C, and D"), or a list's gap before the next run."""
    last = run[-1]
    after = reader.words.lower[last.end : last.end + 2]
    listed = after[:1] in (["and"], ["or"]) or after in ([",", "and"], [",", "or"])
    gap = reader.doc[last.end : following[0].start].text if following is not None else None
    return listed or gap in reader.cues.list_gaps - {","}


def _listed_places(reader: DocReader, mentions: list[Mention]) -> set[int]:
    """Where the names of comma-joined lists of places start ("towns including A, B, C and D"): a comma between two
    of them, even where the parse sets the second in apposition to the first, puts neither in the other."""
    runs = _comma_runs(reader, mentions)
    listed = [
        run
        for run, following in itertools.zip_longest(runs, runs[1:])
        if len(run) > 2 and _listed(reader, run, following)
    ]
    return {m.start for run in listed for m in run}


def _comma_chains(reader: DocReader, mentions: list[Mention]) -> list[list[Mention]]:
    """Runs of places joined by commas alone that read as a place and its wider places, not as a list: no place
    joined by "and" or "or" after the run, every place but the last a Location, and either three or more of them
    ("Barangay Igasan, Patikul, Sulu"), a second one that says what it is ("Gunung Sindur, Bogor Regency", "Omagh,
    County Tyrone"), a country followed by a comma ("BOGOTA, Colombia, March 20") or a date after a comma
    ("Timika, Central Papua, September 21, 2024")."""
    doc = reader.doc
    runs = _comma_runs(reader, mentions)
    chains = []
    lower = reader.words.lower
    for run, following in itertools.zip_longest(runs, runs[1:]):
        if len(run) < 2:
            continue  # a place alone is no chain
        last = run[-1]
        if (_listed(reader, run, following) and not _clause_after(reader, last)) or any(
            m.label != "Location" for m in run[:-1]
        ):
            continue
        designated = {
            lower[run[0].end],  # "Barmal district, Paktika"
            lower[run[1].start],  # "Omagh, County Tyrone"
            lower[run[1].end - 1],
            lower[min(run[1].end, len(doc) - 1)],
        } & reader.cues.place_divisions or _place_kind(reader.cues, lower[run[0].end])  # "the Boni forest, Lamu"
        country_then_comma = last.label == "Country" and last.end < len(doc) and doc[last.end].text == ","
        dateline = is_dateline(doc[run[0].start : run[0].end])  # "TORIBÍO, Cauca —"
        if (
            len(run) >= 3
            or designated
            or country_then_comma
            or dateline
            or _dated(reader, last)
            or _set_off(reader, run)
        ):
            chains.append(run)
    return chains


def _sea_of_coast(reader: DocReader, owner: Mention, words: list[str], mentions: list[Mention]) -> Mention | None:
    """The sea an owner's coast faces, when a place is said to be "on" that coast ("Maicao on Colombia's Caribbean
    coast", "the Ras Isa fuel terminal on Yemen's Red Sea coast"): the place lies in the owner and by the sea."""
    if words[-1:] != ["on"] or len(words) > 3 or not all(w.isalpha() for w in words) or owner.label != "Country":
        return None
    sea = next((m for m in mentions if m.start > owner.end), None)
    lower = reader.words.lower
    if sea is None or sea.label != "Location" or lower[owner.end : sea.start] not in (["'s"], ["’s"], ["'"]):
        return None
    return sea if sea.end < len(lower) and lower[sea.end] in place_phrase_words().coast_nouns else None


def _bracketed_after_dateline(reader: DocReader, town: Mention, wider: Mention) -> bool:
    """Whether a place in brackets follows a dateline's town alone: "KANDI (Alibori) — The soldiers", where the
    brackets name the wider place the town lies in."""
    return is_dateline(reader.doc[town.start : town.end]) and _bracketed_alone(reader, wider)


def _bracketed_alone(reader: DocReader, wider: Mention) -> bool:
    """Whether a name (after an opening bracket) is alone in its brackets: "Ciudad del Este (Paraguay)", where a
    country in brackets after a place names the state the place lies in (not "(Paraguay's second city)")."""
    return reader.words.lower[wider.end : wider.end + 1] == [")"]


def _clause_after(reader: DocReader, last: Mention) -> bool:
    """Whether the "and" after a comma that follows a place joins what is no place: a verb or a common noun ("the
    police station in Morales, Cauca, and bombings in Jamundi", "shipped to Cotonou, Benin, and sold"), not a place's
    name, a place's noun ("and the town of X") or a list's close ("and elsewhere")."""
    lower = reader.words.lower
    at = last.end + 2
    if lower[last.end : at] != [",", "and"]:
        return False
    while at < len(lower) and lower[at] in reader.cues.articles:
        at += 1
    if at >= len(lower) or reader.index.at(reader.doc[at]) is not None:
        return False
    word = reader.doc[at]
    return word.pos_ in {"VERB", "NOUN"} and word.is_lower and word.lemma_.lower() not in reader.cues.place_nouns


def _set_off(reader: DocReader, run: list[Mention]) -> bool:
    """Whether two places after a preposition of place are a place and the wider one set off after it by commas: "a
    ranch in San Fernando, Tamaulipas, about 150 km south of the border" (a list of two would need its "and")."""
    if len(run) != 2 or run[0].start == 0:
        return False
    lower = reader.words.lower
    return lower[run[0].start - 1] in reader.cues.place_preps and lower[run[1].end : run[1].end + 1] == [","]


def _dated(reader: DocReader, place: Mention) -> bool:
    """Whether a comma and a date follow a place, as a caption's or a dateline's place ends ("in Timika, Central Papua,
    September 21, 2024", "in Omagh, County Tyrone, 23 February 2023"): a month's name, a day and a month, or a year."""
    after = reader.words.lower[place.end : place.end + 3]
    if len(after) < 2 or after[0] != ",":
        return False
    day = len(after) == 3 and after[1].isdecimal() and len(after[1]) <= 2 and after[2] in month_numbers()  # "23 May"
    year = len(after[1]) == 4 and after[1].isdecimal() and after[1][:2] in {"19", "20"}
    return day or year or after[1] in month_numbers()


def _comma_gap(reader: DocReader, a: Mention, b: Mention) -> bool:
    """Whether a comma alone joins two places, or a noun of the kind of place the first is called then a comma
    ("Barmal district, Paktika province", "the Boni forest, Lamu county")."""
    words = reader.words.lower[a.end : b.start]
    return words == [","] or (len(words) == 2 and _place_kind(reader.cues, words[0]) and words[1] == ",")


def groups_listed_in_place(reader: DocReader, noun: Token) -> None:
    """ "Darfur rebel groups, including X, Y and Z", "Iraqi militias such as X", "terrorist organisations in West
    Africa: X, Y", "Yemeni fighters, including X": every organisation listed after a group placed by a modifier or by
    "in" is BASED_IN there."""
    if noun.lower_ not in reader.cues.placed_groups or reader.index.at(noun) is not None:
        return
    modifiers = [t for t in noun.lefts if t.dep_ in {"amod", "compound", "nmod"}]
    places = [
        m for t in modifiers + prep_objects(noun, {"in"}) if (m := reader.index.at(t)) is not None and m.label in PLACES
    ]
    doc = reader.doc
    hyphened = [m for m in places if doc[max(m.start - 1, 0)].text == "-" or doc[min(m.end, len(doc) - 1)].text == "-"]
    places = [m for m in places if m not in hyphened]  # not "Iran-backed militias", "pro-Iranian militias"
    if not places:
        return
    listed = [m for m in listed_after(noun, reader.index) if m.label == "Organization"]
    for org in listed:
        if org.kind not in {"government", "military"}:
            reader.emit_all([org], "BASED_IN", places, noun, f"group-in-place:{noun.lower_}", 0.7, "asserted")


def placed_holders(reader: DocReader, noun: Token, found: list[Mention]) -> list[Mention]:
    """Who a participle after a noun places: the noun's own actors, but for a group named after another ("X, an
    al-Qaeda affiliate based in Mali") the group it stands in apposition to, never the one it is named after."""
    if reader.index.at(noun) is not None:
        return found
    if noun.lemma_.lower() not in reader.cues.offshoot_nouns:
        return found or [m for m in [organisation_before(reader, noun)] if m is not None]
    named = noun.head if noun.dep_ == "appos" else None
    if named is None:  # the parse hangs "X (X-K, also written Y), its affiliate based in Z" elsewhere: X
        before = organisation_before(reader, noun)
        return [before] if before is not None else _own_part_owners(reader, noun)
    own = reader.index.at(named)
    return [own] if own is not None else [m for c in named.children if c.dep_ == "appos" and (m := reader.index.at(c))]


def _own_part_owners(reader: DocReader, noun: Token) -> list[Mention]:
    """The organisations named before an unnamed part of theirs that itself places its owner ("an Islamic State cell
    based in Durban": a noun of BASED_IN, as "the Islamic State cell in Durban" is read), else none."""
    if not any(cue.type == "BASED_IN" for cue in reader.cues.nouns.get(noun.lemma_.lower(), ())):
        return []
    owners = [reader.index.at(c) for c in noun.lefts if c.dep_ in {"compound", "nmod", "poss"}]
    return [m for m in owners if m is not None and m.label == "Organization"]


def organisation_before(reader: DocReader, noun: Token) -> Mention | None:
    """The organisation named right before the comma that opens a noun's phrase, with its short name in brackets:
    "the Multinational Joint Task Force (MNJTF), the regional force headquartered in N'Djamena" (the parse may hang
    the phrase elsewhere); the short name when the long one is no name found ("Sepehr Energy Jahan Nama Pars (Sepehr
    Energy), an Iranian company")."""
    doc = reader.doc
    at = noun.left_edge.i - 1
    if at < 1 or doc[at].text != ",":
        return None
    at -= 1
    inside = None
    if doc[at].text == ")":  # the brackets' opening however long they run: "(IS-K, also written ISIS-K)"
        opening = next((t.i for t in reversed(doc[noun.sent.start : at]) if t.text in "()"), None)
        opening = opening if opening is not None and doc[opening].text == "(" else None
        inside = reader.index.at(doc[at - 1])
        at = opening - 1 if opening is not None else at
    m = (reader.index.at(doc[at]) if at >= 0 else None) or inside  # the name, else the short name in its brackets
    return m if m is not None and m.label == "Organization" else None


def place_named_first(reader: DocReader, org: Mention) -> Mention | None:
    """ "Sinaloa Cartel", "Manbij Military Council", "South Waziristan Taliban": the place an organisation's name
    begins with (the longest such beginning the gazetteer knows, in its canonical name: not "Gulf Clan", the Clan
    del Golfo), where it is based, if the document names that place on its own too."""
    words = org.name.split()
    if words[-1].lower() in place_phrase_words().subject_units:  # "West Bank Desk": covers the place, not in it
        return None
    for k in range(min(3, len(words) - 1), 0, -1):
        actor = reader.gazetteer.lookup(" ".join(words[:k]))
        if actor is not None and actor.label == "Location" and _named_as_place(reader, actor.id):
            return reader.known_mention(actor)
    return None


def new_place_named_first(reader: DocReader, org: Mention) -> Mention | None:
    """ "the Marbuk Military Council" where the page says "in Marbuk": the place new to the gazetteer whose whole name
    an organisation's name begins with (the longest such beginning), where it is based, if the document names that
    place on its own too (as :func:`place_named_first` reads a known one); only for a body of a kind that sits
    somewhere (``named_place_kinds``: not a firm or an outlet, "Elbit Systems"), and not where the page calls an
    actor by those words ("Amnesty" of Amnesty International)."""
    words = org.name.split()
    if org.kind not in reader.cues.named_place_kinds or words[-1].lower() in place_phrase_words().subject_units:
        return None
    for k in range(min(3, len(words) - 1), 0, -1):
        name = " ".join(words[:k])
        named = reader.index.by_text.get(name, [])
        place = next((m for m in named if m.label == "Location"), None)
        if place is not None and place.name != org.name and all(m.label in PLACES for m in named):
            return place
    return None


def titled_institution(org: Mention, place: Mention) -> bool:
    """Whether an organisation's name, the place's own words aside, holds a noun of an institution whose title carries
    a place ("the University of Nairobi", "Garissa University", "the Lebanese Canadian Bank": ``titled_institutions``):
    the title honours or serves the place, it does not base the body there.

    >>> nairobi = Mention(0, 1, 0, 7, "Nairobi", "Location", "Nairobi")
    >>> university = Mention(0, 4, 0, 25, "the University of Nairobi", "Organization", "University of Nairobi")
    >>> command = Mention(0, 3, 0, 20, "Nairobi Area Command", "Organization", "Nairobi Area Command")
    >>> titled_institution(university, nairobi), titled_institution(command, nairobi)
    (True, False)
    """
    own = {w.lower() for w in org.text.split()} - {w.lower() for w in place.text.split()}
    return not own.isdisjoint(place_phrase_words().titled_institutions)


def site_named_after(reader: DocReader, site: Mention) -> Mention | None:
    """ "the Jenin refugee camp", "Goma airport": the known place a site's name begins with, the site lying in it,
    if the document names that place on its own too (as :func:`place_named_first` reads a body's name); a site the
    gazetteer knows ("Baghdad airport") is placed by what the gazetteer says of it; not "Basilan island" or "the
    Dnipro River", natural features that share a place's name; a name in capitals may end with the noun of any site no
    surname is ("the Marsit General Hospital")."""
    words = site.name.split()
    noun = words[-1].lower()
    titled = all(w[:1].isupper() for w in words) and noun in named_site_nouns()
    if (
        site.label != "Location"
        or site.actor_id
        or (noun not in site_nouns() and not titled)
        or noun in feature_nouns()
    ):
        return None
    place = place_named_first(reader, site) or _unknown_place_named_first(reader, site)
    return place if place is not None and place.key != site.key else None


def _unknown_place_named_first(reader: DocReader, site: Mention) -> Mention | None:
    """The place the gazetteer does not know whose whole name opens a site's, before the site's lowercase words, if
    the document names that place on its own too, after a preposition of place and before no noun of a place or a site:
    "Mae Sot" of "Mae Sot airport" ("seen from Mae Sot"), the longest such beginning of a name written all in capitals
    ("Marsit" of "the Marsit General Hospital"; not a name read only before a site's noun, "Mitiga" of "at
    Mitiga airport", nor "a year after Westgate"; ``site_town_preps``); not a camp's or a mall's, whose bare name is
    the site's own as often ("in Zamzam" of the Zamzam camp; ``bare_named_sites``)."""
    words = site.name.split()
    named = next((i for i, word in enumerate(words) if word.islower()), len(words))
    if not named or words[-1] in _site_town_words().bare_named:
        return None
    doc, nouns = reader.doc, reader.cues.place_nouns | site_nouns()
    sizes = [named] if named < len(words) else range(min(3, named - 1), 0, -1)  # "the Marsit General Hospital"
    for name in (" ".join(words[:k]) for k in sizes):
        named_alone = reader.index.by_text.get(name, [])
        alone = (m for m in named_alone if m.end >= len(doc) or doc[m.end].lower_ not in nouns)
        town = next((m for m in alone if m.label == "Location" and not m.actor_id and _after_town_prep(doc, m)), None)
        if town is not None:
            return town
    return None


class SiteTownWords(NamedTuple):
    """The words that tell a site's town (``seeds/relations.yaml``): prepositions before a town's own name
    (``site_town_preps``) and nouns of sites called by their bare name (``bare_named_sites``)."""

    preps: frozenset[str]
    bare_named: frozenset[str]


@cache
def _site_town_words() -> SiteTownWords:
    """The seed's words that tell a site's town."""
    data = load_seed_yaml("relations.yaml")
    return SiteTownWords(frozenset(data["site_town_preps"]), frozenset(data["bare_named_sites"]))


def _after_town_prep(doc: Doc, place: Mention) -> bool:
    """Whether a place's name comes right after a preposition of place ("from Mae Sot", "the town of Hantoub")."""
    return place.start > 0 and doc[place.start - 1].lower_ in _site_town_words().preps


def _named_as_place(reader: DocReader, key: str) -> bool:
    """Whether the document names a place on its own too ("the Sinaloa cartel ... in Sinaloa state")."""
    return any(m.key == key and m.label == "Location" for m in reader.index.mentions)


def is_state_force(reader: DocReader, words: list[Token]) -> bool:
    """Whether a name is a state's word then its force's: "Rwanda Defense Forces", "Peruvian Army", "Iraqi Security
    Forces" (the state's own force, affiliated with it; not "Libyan National Army")."""
    rest = " ".join(t.lower_ for t in words[1:])
    return rest in reader.cues.state_forces


def described_place(reader: DocReader, place: Mention) -> None:
    """ "Tessalit is a town in the Kidal region", "X, a village located near Y", "X is a town of 10,000 residents
    located in Y": a place described, after "is" or beside its name, as lying in another (the description's own
    "in" beside a name is ``place_apposition``'s)."""
    if place.label != "Location":
        return
    root = span_root(reader.doc, place.start, place.end)
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        nouns += [c for c in root.head.children if c.dep_ == "attr"]
    cues = reader.cues
    parts = place_phrase_words().part_nouns  # "X is part of Y", "X, part of Y"
    for noun in (n for n in nouns if n.lemma_.lower() in cues.place_nouns | parts and reader.index.at(n) is None):
        part = noun.lower_ in parts
        objects = prep_objects(noun, cues.wider_place_preps) if noun.dep_ == "attr" or part else []
        holders = [noun, *(p for p in prep_objects(noun, {"of"}) if reader.index.at(p) is None)]
        for verb in (c for h in holders for c in h.children if c.dep_ in {"acl", "relcl"}):
            located = [cue for cue in cues.verbs.get(verb.lemma_.lower(), ()) if cue.type == "LOCATED_IN"]
            objects += [t for cue in located for t in prep_objects(verb, cue.preps)]
        mentions = sentence_mentions(reader, noun.sent)
        for obj in (m for t in objects for m in actors_of(t, reader.index, with_preps=False)):
            if obj.label in PLACES and obj.key != place.key:
                wider = nearest_level(reader, obj, mentions)
                reader.emit(place, "LOCATED_IN", wider, noun, "place-described", 0.7, "asserted")

"""Places, fourth pass: more ways a text puts a place in or near another, and a place named after a country.

- What a place is called, then the words that put it in another: "the Katindo military camp in Goma", "the Jafar
  area near Tripoli", "La Roca prison, in Guayaquil", "the Catupa forest, north-east of Macomia District".
- A part of the wider place between them: "Catatumbo region in the northern portion of the northeastern department
  of Norte de Santander", "in the eastern part of X".
- Places listed before a division's plural: "the Kidal, Gao and Timbuktu regions of Mali".
- A distance: "Shehabiya, about 10 kilometres from Ain Baal", "a village 20 km north of X".
- A part said after "is" or beside the name: "X is part of Y", "X, part of Y" (:func:`loaders.places.described_place`).
- A region named by a direction and its country's name: "south Lebanon", "northeast Nigeria" (in Lebanon, Nigeria).
- Not a base: the place after an organisation named in a phrase of an incident ("the attack by ISGS in Kokorou"), the
  state that leads a coalition ("Iran's Axis of Resistance").
- A place described as home to an organisation or a place: "Idlib, home to HTS", "Balochistan is home to the Gwadar
  port".

The words are the ``place_phrases`` block of ``seeds/relations.yaml``; the rules emit through the document's reader.

>>> words = place_phrase_words()
>>> "prison" in words.designators, "portion" in words.part_nouns, "km" in words.distance_units
(True, True, True)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from graph.seeds import load_seed_yaml
from loaders.coreference import is_country_reference
from loaders.doc_tree import has_child, span_root
from loaders.housed_places import described_by_clause
from loaders.mentions import Mention
from loaders.page_state import page_state
from loaders.place_names import place_kinds
from loaders.qualified_nouns import qualified_noun
from loaders.syntax import actors_of, prep_objects

if TYPE_CHECKING:
    from loaders.cues import Cues
    from loaders.extract import DocReader


@dataclass(frozen=True)
class PlacePhraseWords:
    """The cue words of the fourth pass on places."""

    designators: frozenset[str]
    part_nouns: frozenset[str]
    part_preps: frozenset[str]
    coast_nouns: frozenset[str]
    landmass_nouns: frozenset[str]
    distance_units: frozenset[str]
    distance_hedges: frozenset[str]
    home_nouns: frozenset[str]
    led_group_words: frozenset[str]
    border_words: frozenset[str]
    compass_words: tuple[str, ...]
    not_descriptions: frozenset[str]
    subject_units: frozenset[str]
    titled_institutions: frozenset[str]
    side_nouns: frozenset[str]
    origin_preps: frozenset[str]
    inclusion_openers: tuple[tuple[str, ...], ...]
    inclusion_gap_preps: frozenset[str]
    owned_division_gaps: frozenset[str]
    count_nouns: frozenset[str]
    inclusion_preps: frozenset[str]
    nearby_words: frozenset[str]
    landscape_preps: frozenset[str]
    apart_words: frozenset[str]
    lying_words: frozenset[str]
    lying_copulas: frozenset[str]
    clause_openers: frozenset[str]
    extent_verbs: frozenset[str]
    extent_preps: frozenset[str]
    deed_nouns: frozenset[str]
    cause_nouns: frozenset[str]
    combat_verbs: frozenset[str]
    founding_phrases: dict[str, tuple[frozenset[str], str]]


@cache
def place_phrase_words() -> PlacePhraseWords:
    """The seed's ``place_phrases`` block."""
    data = load_seed_yaml("relations.yaml")["place_phrases"]
    return PlacePhraseWords(
        frozenset(data["designators"]),
        frozenset(data["part_nouns"]),
        frozenset(data["part_preps"]),
        frozenset(data["coast_nouns"]),
        frozenset(data["landmass_nouns"]),
        frozenset(data["distance_units"]),
        frozenset(data["distance_hedges"]),
        frozenset(data["home_nouns"]),
        frozenset(data["led_group_words"]),
        frozenset(data["border_words"]),
        tuple(data["compass_words"]),
        frozenset(data["not_descriptions"]),
        frozenset(data["subject_units"]),
        frozenset(data["titled_institutions"]),
        frozenset(data["side_nouns"]),
        frozenset(data["origin_preps"]),
        tuple(sorted((tuple(o.split()) for o in data["inclusion_openers"]), key=len, reverse=True)),
        frozenset(data["inclusion_gap_preps"]),
        frozenset(data["owned_division_gaps"]),
        frozenset(data["count_nouns"]),
        frozenset(data["inclusion_preps"]),
        frozenset(data["nearby_words"]),
        frozenset(data["landscape_preps"]),
        frozenset(data["apart_words"]),
        frozenset(data["lying_words"]),
        frozenset(data["lying_copulas"]),
        frozenset(data["clause_openers"]),
        frozenset(data["extent_verbs"]),
        frozenset(data["extent_preps"]),
        frozenset(data["deed_nouns"]),
        frozenset(data["cause_nouns"]),
        frozenset(data["combat_verbs"]),
        {verb: (frozenset(p["particles"]), p["as"]) for verb, p in data["founding_phrases"].items()},
    )


def included_places(verb: Token, preps: Iterable[str]) -> list[Token]:
    """The objects of the place phrases a word of inclusion adds to a verb's own, hung on the verb or on one of its
    places: "operates in the north, including in the Menaka region and in Burkina Faso" (the region and Faso).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The group operates in the Sahel, including in Gao and around Menaka.")
    >>> [t.text for t in included_places(doc[2], ["in", "around"])]
    ['Gao', 'Menaka']
    """
    words = place_phrase_words().inclusion_preps
    holders = [verb, *prep_objects(verb, preps)]
    inclusions = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in words]
    return [t for c in inclusions for t in prep_objects(c, preps)]


def on_a_landmass(reader: DocReader, words: list[str], wider: Mention) -> bool:
    """Whether the words between two places (lowercased, "the" left out) put the first on the second as on an island
    or a peninsula: "Lamitan, on Basilan island", "X on the island of Y" (not "X, on the Y river")."""
    landmasses = place_phrase_words().landmass_nouns
    words = words[1:] if words[:1] == [","] else words
    named = words == ["on"] and reader.words.lower[wider.end - 1] in landmasses
    return named or (len(words) == 3 and words[0] == "on" and words[1] in landmasses and words[2] == "of")


def lists_included(cues: Cues, words: list[str]) -> bool:
    """Whether the words between two places (lowercased, "the" left out) say the places listed after them lie in the
    first: a comma, an opener of inclusion, place prepositions and at most one place noun with its preposition.

    >>> from loaders.cues import load_cues
    >>> lists_included(load_cues(), [",", "including", "camps", "at"])  # "in Djugu, including camps at Drodro"
    True
    >>> lists_included(load_cues(), [",", "in", "particular", "in", "and", "around"])
    True
    >>> lists_included(load_cues(), [",", "including", "fighters", "from"])  # "in Mali, including fighters from X"
    False
    """
    found = place_phrase_words()
    rest = words[1:] if words[:1] == [","] else None
    opener = next((o for o in found.inclusion_openers if rest and tuple(rest[: len(o)]) == o), None)
    if rest is None or opener is None:
        return False
    rest = rest[len(opener) :]
    while rest and rest[0] in found.inclusion_gap_preps:
        rest = rest[1:]
    if rest and _is_place_noun(cues, rest[0]):
        rest = rest[1:]
        rest = rest[1:] if rest and rest[0] in found.inclusion_gap_preps else rest
    return not rest


def _is_place_noun(cues: Cues, word: str) -> bool:
    """Whether a lowercase word is a noun of a place, singular or plural ("camps", "towns", "districts"; the settlements
    and divisions are place nouns)."""
    nouns = cues.place_nouns | place_phrase_words().designators
    return word in nouns or _singular(word) in nouns


def joined_nearby(cues: Cues, words: list[str]) -> bool:
    """Whether the words between two places (lowercased, "the" left out) join the second to the first as lying near
    it: "Sinjar and the nearby village of Kocho", "Goma and nearby Sake".

    >>> from loaders.cues import load_cues
    >>> joined_nearby(load_cues(), ["and", "nearby", "village", "of"]), joined_nearby(load_cues(), ["and", "nearby"])
    (True, True)
    >>> joined_nearby(load_cues(), ["and", "nearby", "residents", "of"])
    False
    """
    if len(words) < 2 or words[0] != "and" or words[1] not in place_phrase_words().nearby_words:
        return False
    kind = words[2:]  # "village of": what the place is called (the settlements and divisions are place nouns)
    return not kind or (len(kind) == 2 and kind[0] in cues.place_nouns and kind[1] == "of")


def lies_within(cues: Cues, words: list[str]) -> bool:
    """Whether the words between two places (lowercased, "the" left out) say with a verb of lying that the first is
    in or near the second: "X lies roughly 40 km north of Y", "X, which sits on the edge of Y", "X is situated in Y".

    >>> from loaders.cues import load_cues
    >>> lies_within(load_cues(), ["lies", "about", "60", "kilometres", "from"])
    True
    >>> lies_within(load_cues(), [",", "which", "sits", "on", "edge", "of"]), lies_within(load_cues(), ["lies", "in"])
    (True, True)
    >>> lies_within(load_cues(), ["lies", "between"]), lies_within(load_cues(), ["sits", "on", "border", "with"])
    (False, False)
    """
    found = place_phrase_words()
    rest = words[1:] if words[:1] == [","] else words
    if rest[:1] and rest[0] in found.clause_openers:  # "X, which sits ...", "X, which is located ..."
        rest = rest[1:]
    if rest[:1] and rest[0] in found.lying_copulas:  # "X is located ...", "X is situated ..."
        rest = rest[1:]
    if not rest or rest[0] not in found.lying_words:
        return False
    rest = rest[1:]
    return " ".join(rest) in cues.connectors or reaches_wider(cues, rest) or _on_part_of(rest)


def _on_part_of(words: list[str]) -> bool:
    """ "on the edge of", "at the heart of", "on the outskirts of": a preposition, then a part of the wider place."""
    return len(words) == 3 and words[0] in {"on", "at", "in"} and words[1] in place_phrase_words().part_nouns


def founding_verb(verb: Token) -> str | None:
    """The verb of founding (lemma) a verb stands for with its particle ("set up": "establish"), or None.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("They set up a council in Idlib. They set a date.")
    >>> founding_verb(doc[1]), founding_verb(doc[9])
    ('establish', None)
    """
    phrase = place_phrase_words().founding_phrases.get(verb.lemma_.lower())
    if phrase is None or verb.pos_ != "VERB":
        return None
    particles, meaning = phrase
    return meaning if has_child(verb, {"prt"}, particles) else None


def reaches_over(reader: DocReader, sent: Span) -> None:
    """ "the Uraba region, straddling Antioquia, Cordoba and Choco", "Khorasan is a name for a region covering parts of
    Afghanistan and Iran", "the Hamrin range that stretches from Diyala to Kirkuk": a place said to reach over others
    (``extent_verbs``) lies in each of them."""
    words = place_phrase_words()
    for verb in (t for t in reader.words.with_lemma(words.extent_verbs, sent) if t.pos_ == "VERB"):
        place = _reaching_place(reader, verb)
        if place is None:
            continue
        objects = [c for c in verb.children if c.dep_ in {"dobj", "attr"}]  # "which spans Mali": read as attr
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in words.extent_preps]
        preps += [g for c in preps for g in c.children if g.dep_ == "prep" and g.lower_ in words.extent_preps]
        objects += [o for c in preps for o in c.children if o.dep_ == "pobj"]  # "from Diyala to Kirkuk"
        reached = [m for t in objects for m in actors_of(t, reader.index) if m.label in {"Location", "Country"}]
        reader.emit_all([place], "LOCATED_IN", [m for m in reached if m.key != place.key], verb, "place-reaches", 0.7)


def _reaching_place(reader: DocReader, verb: Token) -> Mention | None:
    """The place a verb of extent is said of: its subject, the noun it describes ("the Hamrin range that stretches",
    "the Uraba region, straddling"), or the subject that noun is said to be ("Khorasan is a name for a region
    covering")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in reader.cues.relative_pronouns]
    holder = subjects[0] if subjects else verb.head if verb.dep_ in {"acl", "relcl", "advcl"} else None
    for _ in range(4):  # "a region" <- "for" <- "a name" (attr) <- "is" -> "Khorasan"
        if holder is None:
            return None
        named = reader.index.at(holder) or next(  # "the Uraba region": the name before the noun
            (m for c in holder.children if c.dep_ in {"compound", "amod"} and (m := reader.index.at(c)) is not None),
            None,
        )
        if named is not None:
            return named if named.label == "Location" else None
        if holder.dep_ == "attr":
            holder = next((c for c in holder.head.children if c.dep_ == "nsubj"), None)
        elif holder.dep_ in {"pobj", "prep"}:
            holder = holder.head
        else:
            return None
    return None


def counted_by(noun: Token) -> Token:
    """The word that counts a noun and stands in the clause in its place ("dozens" of "established dozens of
    outposts", "three" of "three of its bases"), or the noun itself when nothing counts it.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The army has set up dozens of outposts in the valley.")
    >>> counted_by(doc[7]).text, counted_by(doc[10]).text
    ('dozens', 'valley')
    """
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.i == of.i:
        return noun
    count = of.head
    counts = count.pos_ == "NUM" or count.lower_ in place_phrase_words().count_nouns
    return count if counts and count.pos_ in {"NUM", "NOUN"} else noun


def names_a_border(doc: Doc, place: Mention) -> bool:
    """Whether a place's name only says whose a border is ("operates near the Chinese border", "camps on the Syria
    border"): what lies along it lies on the near side, not in that place; not a border of two ("the Iran-Iraq
    border": either side)."""
    root = span_root(doc, place.start, place.end)
    paired = doc[max(place.start - 1, 0)].text == "-" or (place.end < len(doc) and doc[place.end].text == "-")
    borders = place_phrase_words().border_words
    return root.dep_ in {"amod", "compound", "nmod"} and root.head.lemma_.lower() in borders and not paired


def reaches_wider(cues: Cues, words: list[str]) -> bool:
    """Whether the words between two places (lowercased, "the" left out, as ``places._gap_words`` reads them) put
    the first in or near the second by what it is called, a part of the wider place or a distance (see the
    module); a plain connector and "province in", "area of" are the other place rules'."""
    found = place_phrase_words()
    if words[:1] == [","]:
        words = words[1:]
    at = next((i for i, w in enumerate(words[:3]) if w in found.designators or w in cues.place_nouns), None)
    described = at is not None and all(w.isalpha() and w not in found.not_descriptions for w in words[:at])
    rest = words[at + 1 :] if described else words
    if rest[:1] == [","]:
        rest = rest[1:]
    if described and len(words) == 2 and words[0] in cues.place_nouns and words[1] in cues.division_preps:
        return False  # "Kabul province in Afghanistan", "the Mopti region of Mali": names_in_sequence reads them
    if divisions_of(cues, words):
        return True  # "the Kidal, Gao and Timbuktu regions of Mali": the places listed before it too
    return _distance(cues, rest) or _connector_then_parts(cues, rest, described)


def divisions_of(cues: Cues, words: list[str]) -> bool:
    """Whether the words between two places are a division's plural and "of" or "in": "the Kidal, Gao and Timbuktu
    regions of Mali" (the places before lie in the one after), "the Bastar districts of Bijapur and Sukma" (the
    places listed after lie in the one before)."""
    return (
        len(words) == 2
        and words[0].endswith("s")
        and _singular(words[0]) in cues.place_divisions
        and words[1] in cues.division_preps
    )


def divisions_owned(cues: Cues, words: list[str]) -> bool:
    """Whether the words between a place and the name after it are the place's possessive, words that describe, and a
    division's plural, then "of", a comma, or a comma and a word that picks out (``owned_division_gaps``): "Georgia's
    two breakaway regions, Abkhazia and South Ossetia", "Afghanistan's eastern provinces, especially Nangarhar",
    "Kenya's border counties of Mandera, Lamu and Garissa" (the places listed after lie in the owner).

    >>> from loaders.cues import load_cues
    >>> divisions_owned(load_cues(), ["'s", "eastern", "provinces", ",", "especially"])
    True
    >>> divisions_owned(load_cues(), ["'s", "president", ","])
    False
    """
    if len(words) < 3 or words[0] not in {"'s", "’s", "'"}:
        return False
    at = next((i for i, w in enumerate(words) if w.endswith("s") and _singular(w) in cues.place_divisions), None)
    if at is None or not all(w.replace("-", "").isalnum() for w in words[1:at]):
        return False
    return " ".join(words[at + 1 :]) in place_phrase_words().owned_division_gaps


def _distance(cues: Cues, words: list[str]) -> bool:
    """ "about 10 kilometres from", "15 km (nine miles) north of": a distance, then "from" or a direction and "of"."""
    found = place_phrase_words()
    while words and words[0] in found.distance_hedges:
        words = words[1:]
    number = bool(words) and (words[0].replace(",", "").replace(".", "").isdecimal() or words[0] in cues.number_words)
    if not number or len(words) < 3 or words[1] not in found.distance_units:
        return False
    rest = words[2:]
    if rest[:1] == ["("] and ")" in rest:  # "(nine miles)"
        rest = rest[rest.index(")") + 1 :]
    if rest[:1] == ["from"]:
        return _called_or_none(cues, rest[1:])
    directed = len(rest) >= 2 and rest[0] in cues.place_directions and rest[1] == "of"
    return directed and _called_or_none(cues, rest[2:])


def _called_or_none(cues: Cues, words: list[str]) -> bool:
    """Whether the words after a distance's "from" or "of" are nothing or what the wider place is called, then "of"
    or its name ("40 km north of the port city of Kismayo", "40 km west of the provincial capital El-Arish").

    >>> from loaders.cues import load_cues
    >>> _called_or_none(load_cues(), ["port", "city", "of"]), _called_or_none(load_cues(), ["army", "of"])
    (True, False)
    >>> _called_or_none(load_cues(), ["provincial", "capital"]), _called_or_none(load_cues(), ["army", "chief"])
    (True, False)
    """
    if not words:
        return True
    found = place_phrase_words()
    nouns = cues.place_nouns | found.designators | place_kinds().settlements
    called = words[:-1] if words[-1] == "of" else words  # "the port city of X", "the provincial capital X"
    described = all(w.isalpha() and w not in found.not_descriptions for w in called[:-1])
    return 1 <= len(called) <= 3 and called[-1] in nouns and described


def _connector_then_parts(cues: Cues, words: list[str], described: bool) -> bool:
    """A connector, then directions and parts of the wider place ("in the northern portion of the northeastern
    department of"), words that describe the part ("on the European shore of"; not "the other side of"), a
    landscape's noun and a preposition of nearness ("in the hills above", ``landscape_preps``), or, after what the
    first place is called, the connector alone ("military camp in"); a preposition of a part only before a part ("on
    the western shore of")."""
    found = place_phrase_words()
    parts = found.part_nouns
    for connector in (*_connector_words(cues.connectors), *([p] for p in sorted(found.part_preps))):
        size = len(connector)
        if words[:size] != connector:
            continue
        alone = described and connector[0] not in found.part_preps  # "X island on Monday" puts nothing anywhere
        rest, parted = words[size:], False
        while True:
            while rest and rest[0] in cues.place_directions:
                rest = rest[1:]
            part = next((i for i, w in enumerate(rest[:3]) if w in parts and rest[i + 1 : i + 2] == ["of"]), 0)
            if all(w in cues.place_directions or _described_word(w) for w in rest[:part]):
                rest = rest[part:]  # "on the European shore of", "on the rugged northern shore of"
            if len(rest) >= 2 and (rest[0] in parts or rest[0] in cues.place_divisions) and rest[1] == "of":
                rest, parted = rest[2:], True
                continue
            landscape = rest[:1] and (rest[0] in found.designators or _singular(rest[0]) in found.designators)
            if len(rest) == 2 and landscape and rest[1] in found.landscape_preps:
                rest, parted = [], True  # "in the hills above", "in the forests around"
            break
        if not rest and (parted or alone):
            return True
    return False


def unhedged(cues: Cues, gap: str) -> str:
    """The words between two places (lowercased, "the" left out, joined by spaces) without a hedge of closeness
    before a connector: ", just outside" is ", outside", "immediately north of" is "north of" (``distance_hedges``).

    >>> from loaders.cues import load_cues
    >>> unhedged(load_cues(), ", just outside"), unhedged(load_cues(), "just as")
    (', outside', 'just as')
    """
    comma = ", " if gap.startswith(", ") else ""
    first, _, rest = gap.removeprefix(comma).partition(" ")
    if first in place_phrase_words().distance_hedges and rest in cues.connectors:
        return comma + rest
    return gap


def _described_word(word: str) -> bool:
    """Whether a word may describe the part of a place after it ("European" of "the European shore"): a word of
    letters, not one that joins or places (``not_descriptions``) nor one that sets the part apart from the place
    ("the other side of", ``apart_words``)."""
    found = place_phrase_words()
    return word.isalpha() and word not in found.not_descriptions and word not in found.apart_words


@cache
def _connector_words(connectors: frozenset[str]) -> tuple[list[str], ...]:
    """The connectors but the comma, each as its words."""
    return tuple(c.split() for c in sorted(connectors) if c != ",")


def region_of_country(reader: DocReader, sent: Span) -> None:
    """ "south Lebanon", "northeast Nigeria", "southern Yemen": a place named by a direction and a country's name lies
    in that country, where the document names the country too."""
    for place in (m for m in reader.index.inside(sent) if m.label == "Location"):
        direction, _, rest = place.text.partition(" ")
        if not _names_a_region(reader, direction):
            continue
        written = rest.lower()  # the country as the document writes it elsewhere
        country = next((m for m in reader.index.mentions if m.label == "Country" and m.text.lower() == written), None)
        if country is not None:
            reader.emit(place, "LOCATED_IN", country, reader.doc[place.start], "region-of-country", 0.8, "asserted")


def part_of_country_referred(reader: DocReader, sent: Span) -> None:
    """ "a unit in Kaya, in the north of the country", "the Ouaka prefecture in the centre of the country", "X, in the
    country's restive east": a place named right before a part of "the country" lies in the country it stands for,
    when that is the state the page is about or the page is about none."""
    doc, lower = reader.doc, reader.words.lower
    parts = reader.cues.place_directions | place_phrase_words().part_nouns
    for place in (m for m in reader.index.inside(sent) if m.label == "Location"):
        i = place.end
        while i < sent.end and (lower[i] in reader.cues.place_divisions or lower[i] == ","):
            i += 1  # "the Ouaka prefecture in", "Kaya, in"
        words = [w for w in lower[i : min(i + 8, sent.end)] if w != "the"]
        if words[:1] != ["in"]:
            continue
        words = words[1:]
        owned = words[:2] in (["country", "'s"], ["country", "’s"])  # "in the country's north"
        rest = words[2:] if owned else words
        while rest and rest[0] in parts and rest[1:2] and rest[1] in parts:
            rest = rest[1:]  # "restive east", "far north"
        if not rest or rest[0] not in parts:
            continue
        if not owned and (rest[1:3] != ["of", "country"] or rest[3:4] in (["'s"], ["’s"])):
            continue  # not "in the north of the country's neighbour Niger"
        word = next(t for t in doc[i : sent.end] if t.lower_ == "country")
        if not is_country_reference(word, reader.index):
            continue
        country = reader.index.antecedent(word)
        state = page_state(doc, reader.index.mentions, reader.index.scope)  # not another state named just before
        if country is not None and country.label == "Country" and (state is None or state.key == country.key):
            reader.emit(place, "LOCATED_IN", country, word, "place-in-country-part", 0.7, "asserted")


def _names_a_region(reader: DocReader, word: str) -> bool:
    """Whether a place's first word makes it a region of what follows: a direction in lowercase ("south Lebanon") or
    a direction's adjective ("Northern Syria"), not a state's own name ("South Yemen", "North Korea")."""
    lower = word.lower()
    if lower not in reader.cues.place_directions or not lower.startswith(place_phrase_words().compass_words):
        return False
    return word.islower() or lower.endswith("ern")


def home_to(reader: DocReader, noun: Token) -> None:
    """ "Balochistan is home to the Gwadar port", "Idlib, home to HTS", "Kaloum, the peninsula that is home to X", "the
    Abu Salim and Mashrou districts, areas considered home to X": what a place's description calls it home to is in it
    (a place LOCATED_IN it, an organisation BASED_IN it). Read at the noun "home" (``home_nouns``)."""
    if noun.pos_ != "NOUN" or reader.index.at(noun) is not None:
        return
    places = [m for t in _described(noun) for m in _places_named(reader, t)]
    if not places and noun.dep_ in {"attr", "advmod"} and noun.head.lemma_ == "be":
        places = described_by_clause(reader, noun.head)  # "Kaloum, the peninsula that is home to X": Kaloum
    if not places:
        return
    for held in (m for t in prep_objects(noun, {"to"}) for m in actors_of(t, reader.index, with_preps=False)):
        for place in places:
            if held.label == "Organization":
                reader.emit(held, "BASED_IN", place, noun, "place-home-to", 0.7, "asserted")
            elif held.label == "Location" and held.key != place.key:
                reader.emit(held, "LOCATED_IN", place, noun, "place-home-to", 0.7, "asserted")


def _described(noun: Token) -> list[Token]:
    """What a describing noun describes: the name it stands beside ("Idlib, home to X"), the subject of "is"
    ("Balochistan is home to X"), the noun a participle describes ("areas considered home to X")."""
    if noun.dep_ in {"appos", "advmod", "npadvmod"}:
        return [noun.head]
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        return [c for c in noun.head.children if c.dep_ == "nsubj"]
    if noun.dep_ in {"oprd", "attr", "dobj"} and noun.head.dep_ == "acl":
        return [noun.head.head]
    return []


def _places_named(reader: DocReader, token: Token) -> list[Mention]:
    """The places a noun phrase names: its own name, or the names of a place noun ("the Abu Salim and Mashrou
    districts")."""
    own = reader.index.at(token)
    if own is not None:
        return [own] if own.label in {"Location", "Country"} else []
    if not token.is_lower or token.lemma_.lower() not in reader.cues.place_nouns:
        return []
    names = [x for c in token.children if c.dep_ in {"compound", "nmod"} for x in (c, *c.conjuncts)]
    return [m for t in names if (m := reader.index.at(t)) is not None and m.label == "Location"]


def in_incident_phrase(reader: DocReader, org: Mention) -> bool:
    """Whether an organisation is named in a phrase of an incident ("the attack by ISGS in Kokorou", "the attack on 4
    Assam Rifles in Chandel district") or of a deed or fight it is the doer or the foe of ("abuses by the militia in
    X", "a clash with the rebels in Y"; `deed_nouns`): the place after it is the incident's, not the organisation's
    base."""
    return any(
        t.dep_ == "pobj" and t.head.i < org.start and _of_incident(reader, t.head)
        for t in reader.doc[org.start : org.end]
    )


def incident_doers(reader: DocReader, people: Token) -> bool:
    """Whether a noun of people names the doers of an incident or a deed, as the object of its "by": "the killing of X
    by cartel gunmen in Y", "abuses by militia fighters in Z" (the place after them is where the deed was done: doers
    come to it, while those hit or fought are found there)."""
    return people.dep_ == "pobj" and people.head.lower_ == "by" and _of_incident(reader, people.head)


def serves_a_side(reader: DocReader, noun: Token) -> bool:
    """Whether a verb's prepositional object names the side or the cause its act serves, not a place: "fights on
    Kyiv's side", "fought in support of the Syrian government" (`cause_nouns`); not a side of a border or of a place
    ("based on the Lebanese side of the border", "on the far side of Lake Chad")."""
    words = place_phrase_words()
    if noun.lemma_.lower() not in words.cause_nouns:
        return False
    return not any(
        o.lemma_.lower() in words.border_words or ((m := reader.index.at(o)) is not None and m.label == "Location")
        for o in prep_objects(noun, {"of"})
    )


@cache
def war_nouns() -> frozenset[str]:
    """The nouns (lemmas) of a war a place's name tells which of ("the Darfur war"), loaded once."""
    return frozenset(load_seed_yaml("relations.yaml")["war_nouns"])


def fights_a_foe(verb: Token) -> bool:
    """Whether a verb of combat (`combat_verbs`) takes its foe as a direct object ("X fought the government in
    Cairo", "the division has fought rebel units in the east"): its place phrase tells where the fight was, not where
    the subject is based ("the group is fighting in Oromia" is).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The group fought the army in Gao. The rebels are fighting in the north.")
    >>> fights_a_foe(doc[2]), fights_a_foe(doc[10])
    (True, False)
    """
    return verb.lemma_.lower() in place_phrase_words().combat_verbs and any(c.dep_ == "dobj" for c in verb.children)


def names_a_war(noun: Token) -> bool:
    """Whether a verb's prepositional object is a war its place only names ("fought in the Darfur war", "served in
    the Tigray conflict"): not where the subject is based."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in war_nouns()


def _of_incident(reader: DocReader, prep: Token) -> bool:
    """Whether a preposition hangs on a noun of an incident ("the attack by", "the attack on") or is the "by" or "with"
    of a deed or a fight (:func:`_deed_by_or_with`)."""
    return prep.dep_ == "prep" and (reader.events.is_event_noun(prep.head) or _deed_by_or_with(prep))


def names_an_incident(reader: DocReader, place: Mention) -> bool:
    """Whether a place's name only says which incident the noun after it is: "in the Hiiraan offensive", "in the
    Kokorou attack" (the "in" is the incident's, not the place's)."""
    noun = qualified_noun(reader.doc, place, {"compound"})
    return noun is not None and noun.i >= place.end and reader.events.is_event_noun(noun)


def _deed_by_or_with(prep: Token) -> bool:
    """Whether a "by" or "with" hangs on a noun of a deed or a fight: "abuses by", "a confrontation with"."""
    noun = prep.head
    return (
        prep.lower_ in {"by", "with"} and noun.pos_ == "NOUN" and noun.lemma_.lower() in place_phrase_words().deed_nouns
    )


def led_from(org: Mention) -> bool:
    """Whether an organisation is a coalition a state leads rather than a body based in it: "Iran's Axis of
    Resistance", "the Saudi Coalition"."""
    return any(w in place_phrase_words().led_group_words for w in org.name.lower().split())


def named_by_kind(reader: DocReader, wider: Mention, place: Mention, words: list[str]) -> bool:
    """ "the Somali capital Mogadishu", "the Indian financial capital Mumbai", "the Rakhine State capital Sittwe": a
    country's demonym (or a place's name), words that describe, then what the second place is, right before its
    name (not "the Gaza border town Sderot", on the other side of a border); after a comma only a demonym names the
    kind ("the Somali capital, Mogadishu", not "the Kadra forest, Lamu county")."""
    found = place_phrase_words()
    demonym = wider.label == "Country" and wider.text.lower() != wider.name.lower()
    if words[-1:] == [","]:
        words = words[:-1]
        if len(words) == 1 and (words[0] in reader.cues.place_divisions or not demonym):
            return False  # "South Waziristan district, Khyber Pakhtunkhwa", "the Kadra forest, Lamu county": the
            # noun is the first place's own kind, and the place after the comma holds it
    if not words or (words[-1] not in reader.cues.place_nouns and words[-1] not in found.designators):
        return False
    if any(not w.isalpha() or w in found.not_descriptions or w in found.border_words for w in words):
        return False
    if reader.doc[place.start - 1].is_title:
        return False  # "the Islamic State Khorasan Province": "State" closes a name, it names no kind of place
    return (demonym or wider.label == "Location") and span_root(reader.doc, place.start, place.end).dep_ != "conj"


def kind_beside(reader: DocReader, wider: Mention, words: list[str]) -> bool:
    """ "Maiduguri, the Borno state capital", "Cizre, the Sirnak province town on the Tigris", "X, a Y district
    town": after the first place's comma, an article, the wider place's name and what the first place is (words that
    describe, then a settlement's noun) set beside it; the first lies in the wider. Not "X, the Gaza border town" (on
    the near side of a border), "X, the Y militia stronghold" (no settlement's noun), "X, the Y town council" (a body,
    not what X is), nor a country's word ("X, a Turkish town": the place rules of states read those).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Gunmen hit Kandura, the Belvo state capital, on Monday.")
    >>> _settlement_kind_after(doc, 6)
    True
    >>> doc = load_nlp()("Gunmen hit Kandura, the Belvo militia stronghold, on Monday.")
    >>> _settlement_kind_after(doc, 6)
    False
    """
    doc = reader.doc
    if wider.label != "Location" or words not in ([","], [",", "a"], [",", "an"]) or wider.start < 2:
        return False
    if doc[wider.start - 1].lower_ not in {"the", "a", "an"}:
        return False
    return _settlement_kind_after(doc, wider.end)


def _settlement_kind_after(doc: Doc, start: int) -> bool:
    """Whether the words from ``start`` are what a settlement is (lowercase words that describe, then a settlement's
    noun: "state capital", "province town", "regional capital") and the description ends there: at a comma, a
    sentence's end or a preposition."""
    found = place_phrase_words()
    end = start
    while end < len(doc) and end - start < 4 and doc[end].is_lower and doc[end].pos_ in {"ADJ", "NOUN"}:
        end += 1
    kind = [t.lower_ for t in doc[start:end]]
    if not kind or kind[-1] not in place_kinds().settlements:
        return False
    if any(not w.isalpha() or w in found.not_descriptions or w in found.border_words for w in kind):
        return False
    return end >= len(doc) or doc[end].is_punct or (doc[end].pos_ == "ADP" and doc[end].lower_ != "of")


def _singular(noun: str) -> str:
    """A plural noun's singular: "regions" -> "region", "counties" -> "county"."""
    return noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]


def owned_by_another(reader: DocReader, org: Mention, place: Mention) -> bool:
    """Whether a place is written as the possessive of another organisation's name ("aligned with Mexico's Sinaloa
    Cartel"): that organisation's place, not the first one's."""
    noun = qualified_noun(reader.doc, place, {"poss"})
    owned = reader.index.at(noun) if noun is not None else None
    return owned is not None and owned.label == "Organization" and owned.key != org.key


def beside_a_side(reader: DocReader, country: Mention) -> bool:
    """Whether a country named after a place only describes a noun: its demonym before a border ("near the Somali
    border": the place lies by the border, not in Somalia) or before a group ("Manda Bay, the Somali group"), not
    the wider place ("Mosul, Iraq"); the later of paired demonyms too ("near the Syrian and Iraqi borders")."""
    first = span_root(reader.doc, country.start, country.end)
    while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ == "ADJ":
        first = first.head
    noun = first.head if first.dep_ in {"amod", "compound"} else None
    if noun is None or reader.index.at(noun) is not None:
        return False
    head = noun.lemma_.lower()
    return head in place_phrase_words().border_words or head in reader.cues.group_nouns

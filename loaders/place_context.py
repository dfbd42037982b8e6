"""Names the NER took for a body's or a person's that their sentence shows are a place's.

Not a person's name listed right beside another person's ("living in Canada, X, Y and Z": a list of people, though the
parser hangs it on the place), nor one a title sets before one of its mentions ("Col. Mamady Doumbouya ... Mamady
Doumbouya, centre,": :func:`~loaders.person_names.titled_names`).

- A name after "in", "near", "outside", "around" or "inside", or listed after one: "the assault on the police school
  in Ratta Kulachi", "around Tera and Ayorou"; after "from", "into" or "to" of a verb of moving, taking away or
  setting off: "withdrew from Kalma", "the fighting spread to Yei", "abducted 40 pupils from Kagara".
- A name after "the village of", "the outskirts of" (:func:`loaders.place_names.named_after_place_noun`): "the
  village of Blahodatne"; or right after the lowercase noun of a settlement (:func:`loaders.place_names.
  titled_by_settlement`): "Yemen's capital Sanaa", "the border town Laukkaing"; or the possessive of such a noun or
  a division's: "Sulu's coastal town of Patikul", "Rakhine's 17 townships".
- A name in apposition with the noun of a place (``place_nouns``, ``place_names.of_nouns`` and
  ``place_phrases.designators`` of ``seeds/relations.yaml``): "Melitopol, a town in southern Ukraine", "Mera, a
  farming community"; or a name, or a list of names, set in apposition to such a noun: "the country's eastern
  provinces, especially Kelmet and Oranu".
- A name before "-based" or "-headquartered": "the Rio-based faction".
- A name, or a list of names, that a verb of taking ground has as its object (``place_taking_verbs``): "units entered
  Chipwi and Pangwa", "the rebels overran Goojacade" (not "captured", "seized": people are too).
- A name after "at" that follows the noun of a thing or an event, not of a person or a role: "heavy losses at
  Tinzaouatene", "the border crossing at Kyaukphyu" (not "a researcher at Harlow Trust").
- A name listed with a known place's: "the battles for Popasna, Soledar and Bakhmut".
- A name in apposition with a place's ("in Timika, Central Papua"), or after "on" or "of" following a noun of fire on
  an area ("airstrikes on Hsipaw", ``area_fire_nouns``).
- A name before the lowercase noun of a division that heads the phrase ("the forests of Tamdi district"): one
  mention the NER read as a place so, the others it read as a body's ("the Tamdi encounter" of a headline) are the
  place's too.
- A name before the lowercase noun of a site it names (``sites_after_names``): "transferred to Borgo prison", "the
  Hantoub bridge".
- A name the NER read as a body's followed, after a comma or a bracket, by a known place's name that closes the
  phrase: "Foz do Iguaçu (Brazil)" (not "Putin, Russia's president", nor a person's: "designated Ali Hamdan
  (Senegal)", a man and his home).

Only unknown names of up to three words, none an organisation's, are read again (a place's too, so that its
mentions read otherwise follow it) ("around Yei, Lainya and Kajo-Keji",
"Mera, a farming village": the NER's people too; a lone word that is the last name of a person the document names in
full stays a person's: :mod:`loaders.one_label` reads after this); every mention of such a name in the document
becomes the place's.

>>> from loaders.nlp import load_nlp
>>> from loaders.mentions import Mention
>>> doc = load_nlp()("Troops retook the village of Zelenopillia on Monday.")
>>> ms = [Mention(5, 6, 29, 42, "Zelenopillia", "Organization", "Zelenopillia", "other")]
>>> [(m.label, m.name) for m in places_in_context(doc, ms)]
[('Location', 'Zelenopillia')]
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from graph.seeds import load_seed_yaml
from loaders.coordination import first_of_list
from loaders.cues import load_cues
from loaders.doc_tree import span_root
from loaders.mentions import Mention, guess_kind, moving_words, not_actors
from loaders.organisation_names import ends_in_body_head, names_an_organisation, opens_as_body
from loaders.person_names import listed_beside_a_person, person_nouns, titled_names
from loaders.place_names import (
    base_words,
    named_after_place_noun,
    place_kinds,
    place_name_words,
    titled_by_settlement,
)
from loaders.place_phrases import place_phrase_words

MAX_WORDS = 3
MAX_AT_WORDS = 2  # "an intrusion at Harlow Pictures Entertainment": a longer name after "at" is often a body's


def _at_a_thing(first: Token) -> bool:
    """Whether the word is the object of "at" after the noun of a thing or an event ("losses at X"), not of a person
    or a role ("a fellow at X") nor after a verb ("works at X")."""
    prep = first.head
    if first.dep_ != "pobj" or prep.lower_ not in load_cues().noun_place_preps or prep.head.pos_ != "NOUN":
        return False
    noun = prep.head.lemma_.lower()
    return noun not in person_nouns() and not load_cues().is_person_role(noun) and noun not in not_actors()


@cache
def area_fire() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns of fire on an area and the prepositions to the area (``seeds/relations.yaml``)."""
    data = load_seed_yaml("relations.yaml")
    return frozenset(data["area_fire_nouns"]), frozenset(data["area_fire_preps"])


def _moved_to_or_from(first: Token) -> bool:
    """Whether the word is the object of "from", "into" or "to" after a verb of moving ("withdrew from Kalma", "fled
    into Hsipaw")."""
    verbs, preps = moving_words()
    prep = first.head
    return first.dep_ == "pobj" and prep.lower_ in preps and prep.head.pos_ == "VERB" and prep.head.lemma_ in verbs


@cache
def height_place_preps() -> frozenset[str]:
    """The prepositions of height or distance whose object is a place (``height_place_preps``): "above Uvira"."""
    return frozenset(load_seed_yaml("relations.yaml")["height_place_preps"])


@cache
def place_taking_verbs() -> frozenset[str]:
    """The verbs (lemmas) of taking ground whose object is a place (``place_taking_verbs``)."""
    return frozenset(load_seed_yaml("relations.yaml")["place_taking_verbs"])


def _taken(first: Token) -> bool:
    """Whether the word is the object of a verb of taking ground ("entered Chipwi", "overran Goojacade")."""
    return first.dep_ == "dobj" and first.head.pos_ == "VERB" and first.head.lemma_.lower() in place_taking_verbs()


def _under_fire(first: Token) -> bool:
    """Whether the word is the object of "on" or "of" after a noun of fire on an area ("airstrikes on Hsipaw")."""
    nouns, preps = area_fire()
    prep = first.head
    return first.dep_ == "pobj" and prep.lower_ in preps and prep.head.lemma_.lower() in nouns


def _in_apposition_with_place(root: Token) -> bool:
    """Whether the word is in apposition with a name after a preposition of place ("in Timika, Central Papua"; not
    "Russia's envoy to Damascus, Karim Nasser", nor a common noun's "in the Qatari newspaper Al Sharq")."""
    head = root.head
    return (
        root.dep_ == "appos"
        and head.dep_ == "pobj"
        and head.pos_ == "PROPN"
        and head.head.lower_ in load_cues().place_preps
    )


def _listed_with_place(root: Token, places: set[int]) -> bool:
    """Whether the word is an item of a list ("A, B and C") another item of which is a place's name."""
    head = first_of_list(root)
    items = {head.i} | {t.i for t in head.subtree if t.dep_ == "conj" and first_of_list(t) == head}
    return len(items) > 1 and bool((items - {root.i}) & places)


def _placed(span: Span, places: set[int]) -> bool:
    """Whether the sentence uses the name as a place's: after a preposition of place, "the village of", beside the
    noun of a place, listed with a known place (``places``: the head words of the known places' names), or before a
    hyphen and a word of a base ("the Rio-based faction": the ``hyphen_compounds`` of BASED_IN)."""
    root, doc = span.root, span.doc
    nouns = load_cues().place_nouns | place_name_words().of_nouns | place_phrase_words().designators
    first = first_of_list(root)  # "around Tera and Ayorou": listed after the preposition
    if first.dep_ == "pobj" and first.head.lower_ in load_cues().place_preps | height_place_preps():
        return True
    if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lower_ in load_cues().place_directions:
        return True  # "a town 25 km south-east of Marsit", "in the north of Dorvan"
    if (len(span) <= MAX_AT_WORDS and _at_a_thing(first)) or _listed_with_place(root, places):
        return True
    if _under_fire(first) or _moved_to_or_from(first) or _taken(first) or _in_apposition_with_place(root):
        return True
    if span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ in base_words():
        return True
    if named_after_place_noun(root) or titled_by_settlement(span) or _owns_a_settlement(root):
        return True
    if _before_division(span) or _before_site(span) or _names_a_branch(span) or _before_part_of_place(span):
        return True
    if first.dep_ == "appos" and first.head.is_lower and first.head.lemma_.lower() in nouns:
        return True  # "Zandoria's eastern provinces, especially Kelmet and Oranu"
    return any(c.dep_ == "appos" and c.lemma_.lower() in nouns for c in root.children)


def _before_part_of_place(span: Span) -> bool:
    """Whether the name is followed by a part of a wider place it lies in, however the parse hangs the phrase:
    "Minova, on the western shore of Lake Kivu", "Pangwa in the north-east of the state" (a preposition of
    ``place_phrases.part_preps`` or "in", words of direction, a part's noun or a direction alone, then "of" and a
    name or a place's noun)."""
    doc, cues, words = span.doc, load_cues(), place_phrase_words()
    i = span.end + (span.end < len(doc) and doc[span.end].text == ",")
    if i >= len(doc) or doc[i].lower_ not in words.part_preps | {"in"}:
        return False
    i += 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
    start = i
    while i < len(doc) and (doc[i].lower_ in cues.place_directions or doc[i].text == "-"):
        i += 1
    if i < len(doc) and doc[i].lower_ in words.part_nouns:
        i += 1
    elif i == start:
        return False
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return False
    wider = doc[i + 1 + (doc[i + 1].lower_ == "the" and i + 2 < len(doc))]
    return wider.pos_ == "PROPN" or wider.lower_ in cues.place_nouns | cues.place_divisions


def _owns_a_settlement(root: Token) -> bool:
    """Whether the name is the possessive of the lowercase noun of a settlement or a division: "Sulu's coastal town of
    Patikul", "14 of Rakhine's 17 townships"; not of divisions named after other lands ("the Orvane Front's West
    African provinces": a body's branches).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Sulu's coastal town of Patikul fell. The Orvane Front's West African provinces grew.")
    >>> _owns_a_settlement(doc[0]), _owns_a_settlement(doc[10])
    (True, False)
    """
    noun = root.head
    kinds = place_kinds()
    lands = any(c.dep_ == "amod" and c.text[:1].isupper() for c in noun.children)  # "African provinces"
    return (
        root.dep_ == "poss"
        and noun.is_lower
        and noun.lemma_.lower() in kinds.settlements | kinds.after_name
        and not lands
    )


def _names_a_branch(span: Span) -> bool:
    """Whether the name says where a branch of a body named with it is: before the lowercase noun of a branch and "of"
    ("the Sahel branch of the Oruvan Front"), or after the body's possessive ("the Oruvan Front's Yemen branch";
    ``branch_place_nouns``).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("JNIM, the Sahel branch of al-Qaeda, claimed it. The Hamas branch was hit.")
    >>> _names_a_branch(doc[3:4]), _names_a_branch(doc[12:13])
    (True, False)
    """
    doc = span.doc
    if span.end + 1 >= len(doc) or not doc[span.end].is_lower:
        return False
    if doc[span.end].lemma_.lower() not in branch_place_nouns():
        return False
    owned = span.start > 0 and doc[span.start - 1].lower_ in {"'s", "’s", "'"}
    return owned or doc[span.end + 1].lower_ == "of"


def _before_division(span: Span) -> bool:
    """Whether the name is set before a division's noun in lower case that heads the phrase ("Tamdi district",
    "in Kidal region"; not "the Tamdi district council"), or opens a list of names set before the plural of one ("in
    Sokoto and Kebbi states")."""
    doc = span.doc
    last = span.root
    while (listed := next((c for c in last.children if c.dep_ == "conj"), None)) is not None:
        last = listed
    end = span.end if last is span.root else last.right_edge.i + 1
    if end >= len(doc):
        return False
    noun = doc[end]
    kinds = place_kinds().after_name
    if last is not span.root:
        return noun.is_lower and noun.tag_ == "NNS" and noun.lemma_.lower() in kinds and noun.dep_ != "compound"
    return noun.is_lower and noun.lower_ in kinds and noun.dep_ != "compound"


@cache
def branch_place_nouns() -> frozenset[str]:
    """The lowercase nouns of a body's branch that a name before them places (``branch_place_nouns`` of
    ``seeds/relations.yaml``)."""
    return frozenset(load_seed_yaml("relations.yaml")["branch_place_nouns"])


@cache
def sites_after_names() -> frozenset[str]:
    """The lowercase nouns of sites a name before them names (``sites_after_names`` of ``seeds/relations.yaml``; not
    the named sites' nouns of ``loaders/whole_names.py``, which make the site a node of its own)."""
    return frozenset(load_seed_yaml("relations.yaml")["sites_after_names"])


def _before_site(span: Span) -> bool:
    """Whether the name is set before a site's noun in lower case that heads the phrase ("Borgo prison", "the
    Hantoub bridge"; not "the Borgo prison guards")."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    noun = doc[span.end]
    return noun.is_lower and noun.lemma_.lower() in sites_after_names() and noun.dep_ != "compound"


CLOSING_MARKS = frozenset({",", ")", ";", ".", ":"})  # what may follow a place that places the name before it


def _before_known_place(doc: Doc, m: Mention, known: dict[int, Mention]) -> bool:
    """Whether a comma or an opening bracket, then a known place's name (``known``: the known places' mentions by
    their first token) closed by a mark or a line's end, follow the name: "Foz do Iguaçu (Brazil)", "Asbest,
    Sverdlovsk Oblast, Russia;" ("Putin, Russia's president" and "Hamas, Iran and Qatar" place nothing)."""
    if m.end >= len(doc) or doc[m.end].text not in {",", "("}:
        return False
    place = known.get(m.end + 1)
    if place is None:
        return False
    if place.end >= len(doc) or "\n" in doc[place.end - 1].whitespace_:
        return True
    after = doc[place.end].text
    return after in CLOSING_MARKS and not (after == "," and _list_goes_on(doc, place.end + 1, known))


def _list_goes_on(doc: Doc, i: int, known: dict[int, Mention]) -> bool:
    """Whether the word after a place's comma goes on with a list of places ("X, Iran, Qatar and Y", "X, Iran, and
    Y"): the places are the list's items, not where X is."""
    return i in known or (i < len(doc) and doc[i].lower_ in load_cues().list_gaps)


def _may_sit_in(doc: Doc, m: Mention) -> bool:
    """Whether a known place after the name may say where it is: any name but a person's, or a lone word the NER read
    as a person's before a comma ("to Cotonou, Benin"; not "designated Ali Hamdan (Senegal)", a man and his home)."""
    return m.label != "Person" or (m.end - m.start == 1 and m.end < len(doc) and doc[m.end].text == ",")


def placed_starts(doc: Doc, mentions: list[Mention]) -> set[int]:
    """Where the mentions start whose sentence uses them as a place's (:func:`_placed`: "in X", "the village of X"),
    whatever they were read as.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Orvane said the fighting in Orvane had stopped.")
    >>> sorted(placed_starts(doc, [Mention(0, 1, 0, 6, "Orvane", "Person", "Orvane"),
    ...                            Mention(5, 6, 28, 34, "Orvane", "Person", "Orvane")]))
    [5]
    """
    places = {span_root(doc, m.start, m.end).i for m in mentions if m.label == "Location" and m.actor_id}
    return {m.start for m in mentions if _placed(doc[m.start : m.end], places)}


def places_in_context(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with every unknown name its sentence uses as a place's labelled a place."""
    places = {span_root(doc, m.start, m.end).i for m in mentions if m.label == "Location" and m.actor_id}
    known = {m.start: m for m in mentions if m.label in {"Location", "Country"} and m.actor_id}
    titled = titled_names(doc, mentions)  # "Col. Mamady Doumbouya": a man's, whatever "X, centre," seems to be
    named = {
        m.name
        for m in mentions
        if m.label in {"Organization", "Person", "Location"}
        and not m.actor_id
        and not m.refers_back
        and len(m.name.split()) <= MAX_WORDS
        and not names_an_organisation(m.name, guess_kind(m.name))
        and not opens_as_body(m.name)
        and not ends_in_body_head(m.name)
        and (_placed(doc[m.start : m.end], places) or (_may_sit_in(doc, m) and _before_known_place(doc, m, known)))
        and not listed_beside_a_person(doc, m, mentions)
        and m.name not in titled
    }
    if not named:
        return mentions
    return [
        replace(m, label="Location", kind=None) if not m.actor_id and m.label != "Location" and m.name in named else m
        for m in mentions
    ]

"""The spaCy pipeline: an English model, phrase rulers fed from ``seeds/actors.yaml``, and a merger.

The rulers find every known actor with its ontology label and canonical id
(``span.id_``); the merger makes them the document's entities, so Kataib Hezbollah
is never a PERSON, and keeps the statistical NER's entities elsewhere, so actors
that are not in the list are still found. A longer organisation name the NER sees
around a known place ("Sinjar Resistance Units") wins over the place.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import cache

from spacy.language import Language
from spacy.symbols import ADJ, ADP, ADV, AUX, CCONJ, DET, NOUN, PART, PRON, PROPN, SCONJ, VERB
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from graph.gazetteer import Gazetteer, is_acronym, load_gazetteer
from graph.gc_pause import paused_gc
from graph.resolve import word_spelling
from graph.seed_cache import cached
from graph.seeds import load_seed_yaml
from graph.slug import ascii_form
from loaders.attribute_index import index_attribute_ruler
from loaders.body_noun_names import named_after_body_nouns
from loaders.bracket_colons import load_without_bracket_emoticons
from loaders.branch_names import branch_names
from loaders.clause_repairs import add_clause_repairs
from loaders.credit_outlets import credited_outlets
from loaders.cues import load_cues
from loaders.doc_words import span_text, text_of
from loaders.faith_names import faith_opened_names
from loaders.footnote_marks import FOOTNOTE_MARKS
from loaders.franchise_names import franchise_branches
from loaders.headed_names import named_with_heads
from loaders.in_names import names_in_places
from loaders.known_surnames import persons_ending_in_known
from loaders.lemma_memo import memo_lemmatizer
from loaders.mentions import CREDIT_OUTLETS, TITLE_LABELS, building_nouns, guess_kind, not_actors
from loaders.mid_line_words import add_mid_line_words
from loaders.model import model_name
from loaders.organisation_names import (
    common_noun,
    describing_body_nouns,
    ends_in_body_head,
    foreign_longer_name,
    names_an_organisation,
    names_state_force,
    other_body_around,
    other_owners_body,
    other_states_names,
    out_of_theatre,
    owner_unwritten,
)
from loaders.paragraphs import add_paragraph_breaks
from loaders.person_names import born_people, name_particles, particle_people
from loaders.phrase_keys import add_phrase_patterns, phrase_keys
from loaders.place_names import base_words, named_after_place_noun, place_kinds, place_name_words
from loaders.qualified_names import qualified_names
from loaders.rank_stops import add_rank_abbreviations, add_rank_stops
from loaders.ranked_people import CUT_NAME_LABELS, apposed_people, peoples_read_for_persons, ranked_people
from loaders.split_names import split_joined
from loaders.state_named_bodies import state_named_bodies
from loaders.swallowed_lists import split_swallowed_lists
from loaders.tie_names import names_before_tie_words, tied_body
from loaders.unread_acronyms import (
    acronyms_after_body_nouns,
    acronyms_before_group_nouns,
    acronyms_defined_in_brackets,
    acronyms_of_names,
    acting_acronyms,
    names_spelled_before_brackets,
)
from loaders.untagged_bodies import untagged_bodies
from loaders.vessels import ship_names, without_vessels
from loaders.whole_names import (
    as_company,
    company_noun,
    ezafe_names,
    family_name_inside,
    first_name_a_place,
    given_name,
    hyphen_places,
    hyphened_roads,
    in_law_titles,
    initialled_people,
    joined_arabic_names,
    joined_company,
    joined_topics,
    known_place_sites,
    legal_names,
    nicknamed_people,
    particle_names,
    site_nouns,
    unit_nouns,
    unnamed_of_heads,
    whole_patronymic,
    with_body_surname,
    with_facility_noun,
    with_glued_name,
    with_number,
    with_of_name,
    with_place_given_name,
)
from loaders.word_shapes import WordShapes

DOTTABLE = re.compile(r"\b(US|UN|UK|EU)\b")
ARTICLE_HYPHEN = re.compile(r"\b([Aa]l|[Ee]l)-(?=[A-Z])")  # "al-Qaeda": also written "al Qaeda"


def unaccented(surface: str) -> str:
    """A name with the accents of its letters dropped, as English copy often writes it; the name itself when a
    letter has no plain form.

    >>> unaccented("G-Pèp"), unaccented("Kraze Baryè"), unaccented("Hay'at Tahrir al-Sham")
    ('G-Pep', 'Kraze Barye', "Hay'at Tahrir al-Sham")
    """
    folded = ascii_form(surface)
    return folded if len(folded) == len(surface) else surface


def ruler_patterns(gazetteer: Gazetteer, acronyms: bool) -> list[dict]:
    """Phrase patterns for every surface form of every known actor: the short all-capital
    forms (matched case-sensitively) or all the others (matched in lowercase), each longer name
    also with its state or body written with dots ("U.S. Department of State"), its Arabic article
    written apart ("al Qaeda in the Islamic Maghreb", as wire copy spells it) and its accents dropped
    ("G-Pep" of "G-Pèp"), where no other actor has that spelling."""
    surfaces = {surface.lower() for actor in gazetteer.actors.values() for surface in actor.surfaces}
    patterns = []
    for actor in gazetteer.actors.values():
        for surface in actor.surfaces:
            if is_acronym(surface) != acronyms:
                continue
            patterns.append({"label": actor.label, "pattern": surface, "id": actor.id})
            if acronyms:
                continue
            dotted = DOTTABLE.sub(lambda m: ".".join(m.group(1)) + ".", surface)
            spaced = ARTICLE_HYPHEN.sub(r"\1 ", surface)
            for variant in {dotted, spaced, unaccented(surface)} - {surface}:
                if variant == dotted or variant.lower() not in surfaces:
                    patterns.append({"label": actor.label, "pattern": variant, "id": actor.id})
    return patterns


def actor_phrase_patterns(
    nlp: Language, gazetteer: Gazetteer
) -> dict[str, tuple[list[dict], dict[str, tuple[int, ...]]]]:
    """The patterns of each phrase ruler, by the attribute it matches on (``LOWER``: the names, ``ORTH``: the
    acronyms), with their texts' token keys (:func:`loaders.phrase_keys.phrase_keys`): what the seed cache keeps."""
    found = {"LOWER": ruler_patterns(gazetteer, acronyms=False), "ORTH": ruler_patterns(gazetteer, acronyms=True)}
    return {
        attr: (patterns, phrase_keys(nlp, [p["pattern"] for p in patterns], attr)) for attr, patterns in found.items()
    }


SPANS_KEY = "actors"
POSSESSIVES = frozenset({"'s", "’s"})  # a possessive the NER reads into a name
MAX_PERSON_WORDS = 6  # words of one person's name the NER found in two runs ("Sergeant William" "Jerome Rivers")


def add_actor_ruler(nlp: Language, gazetteer: Gazetteer) -> Language:
    """Add the two phrase rulers (names in any case, acronyms exactly as written) and the merger; the patterns and
    their token keys come from the build's cache folder when it kept them (:mod:`graph.seed_cache`)."""
    names = nlp.add_pipe(
        "span_ruler", name="actor_ruler", config={"spans_key": SPANS_KEY, "phrase_matcher_attr": "LOWER"}
    )
    acronyms = nlp.add_pipe("span_ruler", name="acronym_ruler", config={"spans_key": SPANS_KEY, "overwrite": False})
    kept = cached("actor-phrase-patterns", lambda: actor_phrase_patterns(nlp, gazetteer))
    add_phrase_patterns(names, *kept["LOWER"])
    add_phrase_patterns(acronyms, *kept["ORTH"])
    nlp.add_pipe("actor_merger")
    return nlp


def _ner_wins(ent: Span, known: list[Span]) -> bool:
    """A capitalised organisation name around known places only: "Sinjar Resistance Units" over "Sinjar", "Kenya
    Master Technology" (a firm) over "Kenya", "Resistencia Mapuche Malleco" (a word only groups' names have) over
    "Malleco"; a longer place name around one known place: "Puerto Jordan" over
    "Jordan", "Aden International Airport"."""
    if any(k.label_ not in {"Location", "Country"} for k in known):
        return False
    inside = {i for k in known for i in range(k.start, k.end)}
    rest = [
        t
        for t in ent
        if t.i not in inside
        and not t.is_punct
        and t.lower_ not in load_cues().name_connectors
        and t.lower_ not in POSSESSIVES  # "the Gulf Cooperation Council's", "the Uganda People's Defence Forces"
        and not _inner_adp(t, ent)
    ]
    if ent.label_ in {"GPE", "LOC", "FAC"}:
        return len(known) == 1 and bool(rest) and all(t.is_title and t.pos_ == "PROPN" for t in rest)
    if ent.label_ != "ORG":
        return False
    words = " ".join(t.text for t in rest)
    return (
        bool(rest)
        and all(t.is_title or t.is_upper for t in rest)
        and (
            names_an_organisation(words, guess_kind(words))
            or company_noun(rest[-1].text)
            or ends_in_body_head(ent.text)
            or _state_force_around(ent, known)
        )
    )


def _state_force_around(ent: Span, known: list[Span]) -> bool:
    """Whether a name is a known state's force, the state its first word: "the Ethiopian National Defense Force"."""
    first = next((t.i for t in ent if t.lower_ not in load_cues().articles), ent.end)
    state = next((k for k in known if k.start == first and k.label_ == "Country"), None)
    return state is not None and names_state_force(ent.doc[state.end : ent.end].text)


def _inner_adp(token: Token, ent: Span) -> bool:
    """Whether a word is a lowercase preposition between a name's first and last words ("for" of "the Kyrgyz State
    Committee for National Security"), which joins the name's words as "of" does."""
    return token.is_lower and token.pos_ == "ADP" and ent.start < token.i < ent.end - 1


def _longer_name(ent: Span, known: list[Span]) -> Span | None:
    """A longer official name of one known organisation ("the Islamic Revolutionary Guard Corps-Quds Force" read
    whole by the NER around "Quds Force"): the whole name, as that actor, so the surface is kept."""
    if ent.label_ != "ORG" or len(known) != 1 or known[0].label_ != "Organization":
        return None
    k = known[0]
    if not (ent.start <= k.start and k.end <= ent.end and len(ent) > len(k)):
        return None
    rest = [t for t in ent if not k.start <= t.i < k.end]
    edges = [ent.doc[i] for i in (k.start - 1, k.end) if ent.start <= i < ent.end]
    if any(t.lower_ in load_cues().list_gaps for t in edges):
        return None  # "the Gulf Cartel and Carteles Unidos": two names, not one longer name
    if any(t.lower_ in unit_nouns() for t in rest):
        return None  # "Syrian Democratic Forces Military Council": a body of its own
    if all(t.is_title or t.is_upper or t.lower_ in {"of", "the", "-", "for", "and"} for t in rest) and any(
        t.is_title or t.is_upper for t in rest
    ):
        return Span(ent.doc, ent.start, ent.end, label=k.label_, span_id=k.id_)
    return None


INITIAL = re.compile(r"^[A-Z]\.?$")


def _fuller_person(ent: Span, known: list[Span]) -> Span | None:
    """A known person's name written more fully than the list has it ("Steven T. Mnuchin" read whole by the NER
    around "Mnuchin", "Idriss Deby Itno" around "Idriss Deby"): the whole name, as that person, so the surface is
    kept among the aliases."""
    if ent.label_ != "PERSON" or len(known) != 1 or known[0].label_ != "Person":
        return None
    k = known[0]
    actor = load_gazetteer().actors.get(k.id_)
    if actor is None or not (ent.start <= k.start and k.end <= ent.end and len(ent) > len(k)):
        return None
    words = {w.lower() for name in (actor.name, *actor.aliases) for w in re.findall(r"[\w'-]+", name)}
    rest = [t for t in ent if not k.start <= t.i < k.end]
    if all(t.lower_ in words or INITIAL.match(t.text) or t.is_quote for t in rest):
        return Span(ent.doc, ent.start, ent.end, label=k.label_, span_id=k.id_)
    return None


def _longer_persons_name(ent: Span, known: list[Span]) -> bool:
    """Whether the NER's person is another man than the known one whose full name opens it: "Hafiz Saeed Khan" (an
    Islamic State emir) is not Hafiz Saeed, as a family name the list never gives him follows it, and "Assad Hamid
    Tarabay" is not Bashar al-Assad, a known one word opening a name of two more (the counterpart of
    :func:`_another_persons_name`; a name the list gives in part is :func:`_fuller_person`'s)."""
    if ent.label_ != "PERSON" or len(known) != 1 or known[0].label_ != "Person":
        return False
    k = known[0]
    if len(k) < 2 and len(ent) - len(k) < 2:  # "Assad Tarabay" may be Assad, his given name written
        return False
    actor = load_gazetteer().actors.get(k.id_)
    if actor is None or k.start != ent.start or k.end >= ent.end:
        return False
    words = {w.lower() for name in (actor.name, *actor.aliases) for w in re.findall(r"[\w'-]+", name)}
    rest = ent.doc[k.end : ent.end]
    return all(t.is_title and t.is_alpha and t.pos_ == "PROPN" and t.lower_ not in words for t in rest)


def _another_persons_name(known: Span) -> bool:
    """A known person found by one word the list gives him ("Kagame") after a first name it does not, spelt
    otherwise too, with a particle joined by a hyphen and the known person's own words allowed between: "Major
    General Alexis Kagame" is not Paul Kagame, "Laith al-Khazali" not Qais Khazali, "Algoney Hamdan Dagalo" not
    Mohamed Hamdan Dagalo, "the Akhmat Kadyrov Foundation" not Ramzan Kadyrov ("Qays al-Khazali" is Qais)."""
    actor = load_gazetteer().actors.get(known.id_) if known.label_ == "Person" and len(known) == 1 else None
    if actor is None or not known.start:
        return False
    words = {w.lower() for name in (actor.name, *actor.aliases) for w in re.findall(r"[\w'-]+", name)}
    before = _before_own_words(known, words)
    if before is None or "\n" in before.whitespace_:
        return False
    if not (before.is_title and before.is_alpha and before.pos_ == "PROPN"):
        return False
    spellings = {word_spelling(w) for w in words}
    return before.lower_ not in words | not_actors() | load_cues().honorifics and (
        word_spelling(before.lower_) not in spellings
    )


def _before_own_words(known: Span, words: set[str]) -> Token | None:
    """The word before a known person's one-word name, past a particle joined to it by a hyphen ("al-" of
    "al-Khazali") and the capitalised words of his own name before it ("Hamdan" of "Hamdan Dagalo"), within the
    sentence and the line; None at the sentence's start."""
    doc, i = known.doc, known.start - 1
    floor = known.sent.start
    while i >= floor:
        token = doc[i]
        if token.text == "-" and i - 1 >= floor and doc[i - 1].lower_ in name_particles() and not token.whitespace_:
            i -= 2
        elif token.is_title and token.lower_ in words and "\n" not in token.whitespace_:
            i -= 1
        else:
            return token
    return None


def _ends_no_actor(known: Span) -> bool:
    """A known name that ends a phrase naming no actor, with the word before it: "American" of "Latin American
    groups" is not the United States."""
    return known.start > 0 and span_text(known.doc[known.start - 1 : known.end]).lower() in not_actors()


def place_nouns() -> frozenset[str]:
    """Nouns of places ("district", "town", "camp"): the cues' ``place_nouns``, read in one place."""
    return load_cues().place_nouns


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "Location", "Country"})


def _person_as_place(ent: Span, shapes: WordShapes) -> Span:
    """A name the NER read as a person before "town", "village" or "district" is a place ("in Debre Markos
    town"), and so is an unknown organisation or person named as a division ("Berehet Woreda", "Macomia District",
    "Sverdlovsk Oblast": no person's name ends in a division's noun)."""
    label = ent.label_
    if label not in {"PERSON", "ORG"} or ent.id_:
        return ent
    kinds = place_kinds()
    person_before = label == "PERSON" and ent.end < len(shapes.text) and shapes.lower(ent.end) in kinds.after_person
    division = (
        len(ent) > 1 and shapes.lower(ent.end - 1) in kinds.division_endings and (label == "ORG" or ent[-1].is_title)
    )
    if person_before or division or _body_before_division(ent):
        return Span(ent.doc, ent.start, ent.end, label="GPE")
    last = ent[-1]
    if label == "ORG" and len(ent) > 1 and last.is_lower and last.lower_ in kinds.after_name:
        return Span(ent.doc, ent.start, ent.end - 1, label="GPE")  # "Bankilare department" read whole as a body
    return ent


def _body_before_division(ent: Span) -> bool:
    """Whether an unknown body's name is set before a division's noun in lower case that heads the phrase: "Tera
    department", "Apure state", "Kidal region" ("the Tera department officials", "KCNA state media": not the
    division's)."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.end >= len(doc) or guess_kind(ent.text) != "other":
        return False
    noun = doc[ent.end]
    return noun.is_lower and noun.lower_ in place_kinds().after_name and noun.dep_ != "compound"


def _hyphen_joined(shapes: WordShapes, first: int) -> bool:
    """Whether the tokens at ``first`` and after are a word and a hyphen written together ("Al-" of
    "Al-Saeedat")."""
    return shapes.text[first + 1] in {"-", "‑"} and not shapes.spaced[first] and not shapes.spaced[first + 1]


def _places_by_context(ents: list[Span]) -> list[Span]:
    """An unknown name the NER read as a person or a body is a place where the text says so: "the village of
    Tassik", "arrested in Gunung Sindur" (a person), "Arbinda and Serma" (coordinated with a place)."""
    places = {i for e in ents if e.label_ in PLACE_LABELS for i in range(e.start, e.end)}
    found = []
    for ent in ents:
        unknown = not ent.id_ and (ent.label_ == "PERSON" or (ent.label_ == "ORG" and guess_kind(ent.text) == "other"))
        if not unknown:
            found.append(ent)
            continue
        root = ent.root
        settled = named_after_place_noun(root)
        person_in = ent.label_ == "PERSON" and root.dep_ == "pobj" and root.head.lower_ in {"in", "near", "outside"}
        coordinated = root.dep_ == "conj" and root.head.i in places
        where = ent.label_ == "PERSON" and _where_follows(ent)
        place = settled or person_in or coordinated or where
        found.append(Span(ent.doc, ent.start, ent.end, label="GPE") if place else ent)
    return found


def _where_follows(ent: Span) -> bool:
    """Whether a comma and "where" follow the name, past a name in brackets: "Tula Toli (Min Gyi), where
    survivors said", "returned to Kawa Dimbe, where they camped" (a place, not a person, is where things happen)."""
    doc, i = ent.doc, ent.end
    if i < len(doc) and doc[i].text == "(":
        while i < len(doc) and doc[i].text != ")" and doc[i].sent == ent.sent:
            i += 1
        i += 1
    while i < len(doc) and doc[i].text in {"*", "_"}:
        i += 1
    return i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "where"


def _named_before_place_nouns(shapes: WordShapes, taken: set[int]) -> list[Span]:
    """Capitalised names before a place noun that the NER missed: "in Amanual town", "the Debre Markos town"."""
    found = []
    for noun in shapes.where_lower(place_nouns()):
        if noun == 0:
            continue
        sent_start = shapes.sentence_start(noun)
        start = noun
        while (
            start > sent_start
            and start - 1 not in taken
            and shapes.title[start - 1]
            and shapes.pos[start - 1] in {PROPN, ADJ, NOUN}
            and noun - start < 3
        ):
            start -= 1
        if start - 2 >= sent_start and _hyphen_joined(shapes, start - 2) and shapes.title[start - 2]:
            start -= 2  # "the Al-Saeedat area": the name's first part, joined by a hyphen
        if start < noun and not (start == sent_start and shapes.pos[start] != PROPN):
            found.append(Span(shapes.doc, start, noun, label="GPE"))
    return found


MAX_SITE_NAME_WORDS = 3
OPENING_WORDS = frozenset({"the", "'s", "’s"})  # before a building's name: "the", a place's possessive


def _named_before_buildings(shapes: WordShapes, taken: set[int]) -> list[Span]:
    """Capitalised names after "the", a preposition or a place's possessive and before the noun of a building that the
    NER missed or read as a people's, one lowercase noun or adjective allowed between, as the building's whole name:
    "the Cândido Mendes prison", "the Rawda mosque", "under Koyalibeda police station limits", "Tarnova's Kilimani
    shopping mall" (``named_building_nouns``)."""
    found = []
    for noun in shapes.where_lower(building_nouns()):
        floor = max(shapes.sentence_start(noun), noun - MAX_SITE_NAME_WORDS - 2)
        start = noun - 1 if noun > floor and _lowercase_qualifier(shapes, noun - 1) else noun
        named = start
        while start > floor and start - 1 not in taken and shapes.title[start - 1] and shapes.pos[start - 1] == PROPN:
            start -= 1
        opener = start - 1 if start > floor else -1
        opened = opener >= 0 and (shapes.lower(opener) in OPENING_WORDS or shapes.pos[opener] == ADP)
        if start < named and opened and shapes.lower(start) not in not_actors():
            found.append(Span(shapes.doc, start, noun + 1, label="FAC"))
    return found


MIN_UNIT_NAME_WORDS = 2  # a full name: "Dagoberto Ramos", not "Kitgwang" (a place's or a people's word, read elsewhere)
MAX_UNIT_NAME_WORDS = 4
UNIT_OPENERS = frozenset({"the", "'s", "’s"})
NOT_PEOPLES_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT"})  # NER labels a person's name may bear


@cache
def person_named_unit_nouns() -> frozenset[str]:
    """The lowercase nouns of a unit named after a person (``person_named_unit_nouns``): "column", "front"."""
    return frozenset(load_seed_yaml("relations.yaml")["person_named_unit_nouns"])


def _units_named_after_people(shapes: WordShapes, ents: list[Span]) -> list[Span]:
    """Units named after a person, the person's full name after "the" or a possessive and right before a lowercase
    unit noun that heads the phrase, as one organisation's name: "attacks by the Dagoberto Ramos column", "the EMC's
    Carlos Patiño front" (not over a known actor's or a place's name: "the Gaza Strip front")."""
    blocked = {i for e in ents if e.id_ or e.label_ not in NOT_PEOPLES_LABELS for i in range(e.start, e.end)}
    found = []
    for noun in shapes.where_lower(person_named_unit_nouns()):
        token = shapes.doc[noun]
        if shapes.pos[noun] != NOUN or token.tag_ != "NN" or token.dep_ == "compound":
            continue
        floor = max(shapes.sentence_start(noun), noun - MAX_UNIT_NAME_WORDS - 1)
        start = noun
        while start > floor and start - 1 not in blocked and shapes.title[start - 1] and shapes.pos[start - 1] == PROPN:
            start -= 1
        opened = start > floor and shapes.lower(start - 1) in UNIT_OPENERS
        if noun - start >= MIN_UNIT_NAME_WORDS and opened and shapes.lower(start) not in not_actors():
            found.append(Span(shapes.doc, start, noun + 1, label="ORG"))
    return found


def _lowercase_qualifier(shapes: WordShapes, i: int) -> bool:
    """Whether the token at ``i`` is a lowercase noun or adjective that may stand between a building's name and its
    noun ("police" of "Koyalibeda police station", "presidential" of "the Qasr presidential palace")."""
    return not shapes.title[i] and shapes.pos[i] in {NOUN, ADJ} and shapes.text[i].isalpha()


def _named_before_base_words(shapes: WordShapes, taken: set[int]) -> list[Span]:
    """Capitalised names before "-based" or "-headquartered" (the ``hyphen_compounds`` of BASED_IN) that the NER
    missed: "the São Paulo-based organisation"."""
    found = []
    for word in shapes.where_lower(base_words()):
        hyphen = word - 1
        if hyphen < 1 or shapes.text[hyphen] != "-":
            continue
        start, floor = hyphen, max(shapes.sentence_start(hyphen), hyphen - 3)
        while start > floor and start - 1 not in taken and shapes.title[start - 1] and shapes.pos[start - 1] == PROPN:
            start -= 1
        if start < hyphen:
            found.append(Span(shapes.doc, start, hyphen, label="GPE"))
    return found


ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$")


def _numbered_units(shapes: WordShapes, taken: set[int]) -> list[Span]:
    """Numbered units the NER misses: "the 63rd Infantry Battalion", "the EMC's 33rd Front"."""
    found = []
    length = len(shapes.text)
    for i, word in enumerate(shapes.text):
        if not word[0].isdigit() or ORDINAL.match(shapes.lower(i)) is None or i in taken:
            continue
        end = i + 1
        while end < length and end - i <= 3 and shapes.title[end] and end not in taken:
            end += 1
        if end > i + 1 and shapes.lower(end - 1) in unit_nouns():
            found.append(Span(shapes.doc, i, end, label="ORG"))
    return found


@cache
def _titled_unit_nouns() -> str:
    """The unit nouns as a name writes them ("Battalion"), longest first, as alternatives of a pattern."""
    return "|".join(sorted((re.escape(n.title()) for n in unit_nouns()), key=len, reverse=True))


@cache
def _unit_noun_numbered() -> re.Pattern[str]:
    """A unit noun and a number ("Brigade 8"): found fast, for its first letters, before the search for whole
    names, which starts over at every character."""
    return re.compile(rf"(?:{_titled_unit_nouns()}) \d")


@cache
def _unit_numbered_after() -> re.Pattern[str]:
    return re.compile(rf"\b(?:(?!The\b)[A-Z][a-z]+ ){{0,3}}(?:{_titled_unit_nouns()}) \d+\b")


def _units_numbered_after(doc: Doc, text: str, taken: set[int]) -> list[Span]:
    """Units with their number after the noun, which the NER misses or reads as a bare number: "Battalion 416",
    "Light Infantry Division 77", "the KIA's Brigade 8" (a search of the text, no loop over its tokens)."""
    found: list[Span] = []
    if _unit_noun_numbered().search(text) is None:
        return found
    for match in _unit_numbered_after().finditer(text):
        span = doc.char_span(match.start(), match.end(), label="ORG")
        if span is not None and not taken.intersection(range(span.start, span.end)):
            found.append(span)
    return found


NOT_NAME_OPENERS = frozenset({"ADP", "DET", "ADV", "CCONJ", "SCONJ", "PRON", "VERB", "AUX"})


@cache
def _numbered_site() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A site's noun and a number ("Base 201"), found fast, for its first letters, before the search for whole names:
    up to three capitalised words ending in the noun, then the number, "No." between or not ("Tunnel No. 8", "Air
    Base 201"; ``numbered_site_nouns``)."""
    nouns = "|".join(re.escape(n.title()) for n in load_seed_yaml("relations.yaml")["numbered_site_nouns"])
    numbered = rf"(?:{nouns}) (?:No\. ?)?\d"
    return re.compile(numbered), re.compile(rf"\b(?:(?!The\b)[A-Z][\w'-]* ){{0,3}}{numbered}+\b(?![.,:/-]?\d)")


def _numbered_sites(doc: Doc, text: str, taken: set[int]) -> list[Span]:
    """Sites named by a noun and a number, which the NER misses or reads as a person's: "the train stopped in Tunnel
    No. 8", "gunmen attacked Air Base 201" (a search of the text, no loop over its tokens; not over a known actor)."""
    found: list[Span] = []
    quick, whole = _numbered_site()
    if quick.search(text) is None:
        return found
    for match in whole.finditer(text):
        span = doc.char_span(match.start(), match.end(), label="FAC", alignment_mode="contract")
        if span is None:
            continue
        start = next((t.i for t in span if t.pos_ not in NOT_NAME_OPENERS), span.end)  # not "At" of "At Gate 4"
        if span.end - start > 1 and not taken.intersection(range(start, span.end)):
            found.append(Span(doc, start, span.end, label="FAC"))
    return found


DESCRIPTION_END = r"(?=[,.;:)]| (?:that|which|based|run|owned|founded|registered|headquartered|controlled)\b)"
NAME_WORD = r"[A-Z][\w&'’.-]*"


@cache
def _described_name() -> re.Pattern[str]:
    """Two to four capitalised words, then a comma, "a" or "an", up to five words (none "of", "for", "in", "at",
    "with", "and" or "or", which open a phrase after the noun or another one) and a noun of a body that ends the
    description (before a mark or a clause): "CTU Security, a Miami-area security company run by X"
    (``describing_body_nouns``; not "X, a member of the party")."""
    nouns = "|".join(sorted(re.escape(n) for n in describing_body_nouns()))
    filler = r"(?:(?!(?:of|for|in|at|with|and|or)\b)[\w'’-]+ ){0,5}?"
    return re.compile(rf"(?<![\w'’-])({NAME_WORD}(?: {NAME_WORD}){{1,3}})\**, an? {filler}(?:{nouns}){DESCRIPTION_END}")


def _names_described_as_bodies(doc: Doc, text: str, ents: list[Span]) -> list[Span]:
    """Names of two to four capitalised words that an apposition describes as a body's ("Agrogate Holding, a
    Sudan-based holding company", "African Initiative, a news agency that ..."), which the NER missed or read as a
    people's or a place's: an organisation's (a search of the text; not a name a known actor's opens, nor the end of
    a longer name: "Arab Tribes" of "the Union of Arab Tribes, an armed group")."""
    known = {e.start for e in ents if e.id_}
    longer = {i for e in ents for i in range(e.start + 1, e.end)}  # inside a name, past its first word
    found: list[Span] = []
    for match in _described_name().finditer(text):
        span = doc.char_span(match.start(1), match.end(1), label="ORG", alignment_mode="contract")
        if span is None:
            continue
        start = next((t.i for t in span if t.lower_ not in load_cues().articles), span.end)
        if span.end - start > 1 and start not in known and start not in longer and not _name_goes_on_before(doc, start):
            found.append(Span(doc, start, span.end, label="ORG"))
    return found


def _name_goes_on_before(doc: Doc, start: int) -> bool:
    """Whether a capitalised word and a name's connector stand right before ``start``: "Union of" of "the Union of
    Desert Tribes", a longer name the NER may have missed."""
    return start > 1 and doc[start - 1].lower_ in load_cues().name_connectors and doc[start - 2].is_title


DATELINE_OUTLET = re.compile(
    r"^((?:[A-Z0-9][\w.]*,? ){0,4}[A-Z0-9][\w.]*,? ?)"  # "BOGOTA, Colombia ", "May 28 "
    r"\(([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})\)[ .]*(?:--|[-–—])\s*[A-Z\"“]",  # "(UPI) -- The"
    re.MULTILINE,
)


def _dateline_outlets(doc: Doc, text: str, taken: set[int]) -> list[Span]:
    """The outlet in a dateline, which the NER misses or reads as a nationality: "May 28 (UPI) -- The",
    "Tripoli (Caasimada Online) – Gun" (a search of the text, no loop over its tokens). A dateline is one word, in
    capitals, or has a comma or a date's number; not a name and its acronym ("Houthi Movement (HM) - A")."""
    found = []
    for match in DATELINE_OUTLET.finditer(text):
        place = match.group(1).strip()
        if " " in place and not place.isupper() and not any(ch.isdigit() or ch == "," for ch in place):
            continue
        span = doc.char_span(match.start(2), match.end(2), label="ORG")
        if span is not None and not taken.intersection(range(span.start, span.end)):
            found.append(span)
    return found


def _an_outlets_name(span: Span) -> bool:
    """Whether a name a photo's credit gives unread is an outlet's, not a photographer's: one word ("AFP",
    "Reuters") or words of a body ("Maxar Technologies"), where "Photo: Jane Roe" names the photographer."""
    return len(span) == 1 or names_an_organisation(span.text, guess_kind(span.text))


DATELINE_PLACE = re.compile(
    r"^([A-Z][A-Z\u00c0-\u00de'’.-]*(?: [A-Z][A-Z\u00c0-\u00de'’.-]*){0,2})"  # "CHIBOK", "TORIBÍO", "SAN PEDRO"
    r"(?:, | \()[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}\)?[ ,]*(?:[\w ]{0,20}[ ,])?"  # ", Cauca, March 17 "
    r"(?:\([A-Z][\w .-]{0,30}\) ?)?(?:--|[-–—]) ",  # "(Reuters) - ", "—"
    re.MULTILINE,
)


def _dateline_places(doc: Doc, text: str, taken: set[int]) -> list[Span]:
    """The town of a dateline in capitals that the NER misses, or reads as a person's name, before its wider place:
    "CHIBOK, Borno State —", "KANDI (Alibori) —", "TORIBÍO, Cauca, March 17 —", "BOSASO, Somalia, Jan 3 (Reuters) -"
    (a search of the text, no loop over its tokens)."""
    found = []
    for match in DATELINE_PLACE.finditer(text):
        span = doc.char_span(match.start(1), match.end(1), label="GPE")
        if span is not None and len(span.text) > 3 and not taken.intersection(range(span.start, span.end)):
            found.append(span)
    return found


def _coordinated_rest(ent: Span, known: list[Span]) -> Span | None:
    """The other name of an organisation span the NER read over a coordination or a verb: "Carteles Unidos" of "the
    Gulf Cartel and Carteles Unidos", "Delta Marine Holdings" of "OFAC designated Delta Marine Holdings"; none where
    the span is the start of a longer title its series runs on into ("the Department of Energy, Water, and Related
    Agencies Act")."""
    if ent.label_ != "ORG" or len(known) != 1 or not (ent.start <= known[0].start and known[0].end < ent.end):
        return None
    if _series_runs_on(ent):
        return None
    rest = ent.doc[known[0].end : ent.end]
    joined = rest[0].lower_ in {"and", ","} or (rest[0].is_lower and rest[0].pos == VERB)
    if not joined or len(rest) < 2 or not all(t.is_title or t.is_upper for t in rest[1:]):
        return None
    return Span(ent.doc, rest.start + 1, rest.end, label="ORG")


def _series_runs_on(ent: Span) -> bool:
    """Whether ", and" or "and" and a capitalised word no name of the NER starts at follow a span: the words of a
    longer title in a series ("Energy, Water, and Related Agencies")."""
    doc = ent.doc
    i = ent.end + (ent.end < len(doc) and doc[ent.end].text == ",")
    return i + 1 < len(doc) and doc[i].lower_ == "and" and doc[i + 1].is_title and not doc[i + 1].ent_type_


@cache
def mission_words() -> tuple[frozenset[str], frozenset[str]]:
    """The last words of a mission's name and the prepositions to the place it is named after
    (``seeds/relations.yaml``)."""
    block = load_seed_yaml("relations.yaml")["mission_names"]
    return frozenset(block["nouns"]), frozenset(block["preps"])


def _place_after(org: Span, place_at: dict[int, Span], preps: frozenset[str]) -> tuple[int, Span] | None:
    """The preposition and the place an organisation's name ends in or runs into: "the X Mission" + "in" + "Sudan",
    "the X Mission in" + "Sudan" (the NER ran into the preposition), "the X Mission in Sudan" (the NER read it whole,
    the place is known)."""
    doc = org.doc
    for prep in (org.end, org.end - 1, *(i for i in range(org.start + 1, org.end - 1) if i + 1 in place_at)):
        place = place_at.get(prep + 1)
        if place is not None and doc[prep].lower_ in preps and place.end >= org.end and prep > org.start:
            return prep, place
    return None


def _places_by_start(ents: list[Span], known: list[Span]) -> dict[int, Span]:
    places = [e for e in ents if e.label_ in {"GPE", "LOC"}] + [k for k in known if k.label_ in {"Location", "Country"}]
    return {p.start: p for p in places}


def _missions_in_places(ents: list[Span], known: list[Span]) -> list[Span]:
    """An organisation's name ending in "Mission", then "in" and a place's name (the NER's, or a known place's), is
    one name the NER cut in two: "the African Union Mission in Sudan" is neither the African Union nor, in its name
    only, Sudan."""
    nouns, preps = mission_words()
    place_at = _places_by_start(ents, known)
    found = []
    for org in (e for e in ents if e.label_ == "ORG" and len(e) > 1):
        doc = org.doc
        if (after := _place_after(org, place_at, preps)) is not None and doc[after[0] - 1].lower_ in nouns:
            found.append(Span(doc, org.start, after[1].end, label="ORG"))
    return found


def _names_ending_in_places(ents: list[Span], known: list[Span]) -> list[Span]:
    """An organisation's capitalised name, then "of" and a known state ("the Maoist Communist Centre of India"), or
    "of" or "in" and a place with the whole name's acronym after it in brackets ("the Movement for Unity and Jihad in
    West Africa (MUJAO)"), or a place the NER read the name on to (:func:`_read_on_to`): one name the NER cut before
    the place, or read whole around a known place."""
    place_at = _places_by_start(ents, known)
    found = []
    for org in (e for e in ents if e.label_ == "ORG" and not e.id_):
        doc = org.doc
        if (after := _place_after(org, place_at, frozenset({"of", "in"}))) is None:
            continue
        prep, place = after
        if not (doc[prep - 1].is_title or doc[prep - 1].is_upper):
            continue
        bracket = place.end + 2 < len(doc) and doc[place.end].text == "(" and doc[place.end + 2].text == ")"
        acronym = bracket and is_acronym(doc[place.end + 1].text)
        state = place.label_ == "Country" and place.end < len(doc) and doc[place.end].lower_ not in {"'s", "’s"}
        if (doc[prep].lower_ == "of" and (state or acronym)) or acronym or _read_on_to(org, prep, place, known):
            found.append(Span(doc, org.start, place.end, label="ORG"))
    return found


def _read_on_to(org: Span, prep: int, place: Span, known: list[Span]) -> bool:
    """Whether the NER read an unknown organisation's name on to the place after its preposition: it ran into the
    preposition ("the Islamic Resistance in" + "Iraq"), or read the name whole around a known place with no other
    known actor in it ("the Popular Resistance in Chad", "the Interim Regional Administration of Tigray"; not "the
    Islamic State in Iraq" of a known group), unless the name before it is a site's ("the Karst Hotel in Kidal")."""
    if org.doc[prep - 1].lower_ in site_nouns():
        return False
    if prep == org.end - 1:
        return True
    return place.end == org.end and not any(
        org.start <= k.start and k.end <= prep and k.label_ not in {"Location", "Country"} for k in known
    )


MAX_PURPOSE_WORDS = 8  # words of a body's purpose after "for": "for the Defence of the People of Azawad"


def _names_going_on_with_for(ents: list[Span]) -> list[Span]:
    """A body's capitalised name, then "for" and the capitalised words of its purpose, joined by "of", "the" or "and":
    one name the NER cut before "for", where the whole name's acronym follows in brackets ("the Strategic Framework for
    the Defence of the People of Azawad (CSP-DPA)") or the name's last word is an organisation's ("the Military Council
    for the Liberation of Syria")."""
    found = []
    for org in (e for e in ents if e.label_ in {"ORG", "FAC"} and not e.id_ and e[-1].is_title):
        doc = org.doc
        if org.end + 1 >= len(doc) or doc[org.end].lower_ != "for":
            continue
        start = org.end + 2 if doc[org.end + 1].lower_ == "the" else org.end + 1
        end = _purpose_end(doc, start)
        if end == start:
            continue
        if _acronym_in_brackets(doc, end) or (start == org.end + 2 and guess_kind(org[-1].text) != "other"):
            found.append(Span(doc, org.start, end, label="ORG"))
    return found


MAX_ACRONYM_TOKENS = 3  # "CSP-DPA": three tokens


def _acronym_in_brackets(doc: Doc, i: int) -> bool:
    """Whether an acronym in brackets opens at ``i``: "(MUJAO)", "(CSP-DPA)"."""
    if i >= len(doc) or doc[i].text != "(":
        return False
    close = next((j for j in range(i + 2, min(len(doc), i + 2 + MAX_ACRONYM_TOKENS)) if doc[j].text == ")"), None)
    return close is not None and is_acronym(doc[i + 1 : close].text)


def _purpose_end(doc: Doc, start: int) -> int:
    """The end of the capitalised words from ``start`` and the "of", "the" and "and" between them, in one sentence;
    ``start`` where none is capitalised."""
    end = last = start
    while end < len(doc) and end - start < MAX_PURPOSE_WORDS and doc[end].sent == doc[start].sent:
        if doc[end].text[:1].isupper() and doc[end].is_alpha:
            last = end + 1
        elif doc[end].lower_ not in {"of", "the", "and"}:
            break
        end += 1
    return last


def _known_whole(ent: Span, known: list[Span]) -> bool:
    """Whether one known actor's name covers the whole span ("UN Mission in South Sudan", an alias of UNMISS)."""
    return any(k.start <= ent.start and ent.end <= k.end for k in known)


def _named_after_places(doc: Doc, known: list[Span]) -> list[Span]:
    """Capitalised organisation names that start with a known place or a state's demonym: "Sinjar Resistance Units",
    "Kirkuk Provincial Council", "the Liberian Senate" (the NER often misses them); the last word is an organisation
    kind's or a body's head (``body_heads``)."""
    found = []
    starts = {k.start for k in known}
    for k in known:
        if k.label_ not in {"Location", "Country"}:
            continue
        end = k.end
        while end < len(doc) and end - k.end < 4 and doc[end].is_title and end not in starts:
            end += 1
        if end > k.end and (guess_kind(doc[end - 1].text) != "other" or ends_in_body_head(doc[k.start : end].text)):
            found.append(Span(doc, k.start, end, label="ORG"))
    return found


NAME_JOINERS = frozenset({"-", "‘", "’", "'", "`"})


def _name_runs(shapes: WordShapes, sent: tuple[int, int], particles: set[int]) -> list[tuple[int, int]]:
    """Runs of capitalised words (with particles, at the positions ``particles``, and apostrophes inside): the
    items a list of names is made of."""
    runs: list[tuple[int, int]] = []
    start = None
    for i in range(*sent):
        word = shapes.title[i] or (shapes.upper[i] and shapes.alpha[i])
        inside = start is not None and (i in particles or shapes.text[i] in NAME_JOINERS)
        if (
            word and (shapes.pos[i] == PROPN or start is not None or _capitalised_word_opening(shapes, i, sent))
        ) or inside:
            start = i if start is None else start
            continue
        if start is not None:
            runs.append((start, i))
        start = None
    if start is not None:
        runs.append((start, sent[1]))
    return [(a, b) for a, b in runs if shapes.title[b - 1] or shapes.upper[b - 1]]


OPENING_TAGS = frozenset({ADP, SCONJ, CCONJ, ADV, PART, DET, AUX, PRON})  # "Than" of "Than Oo", "To" of "Hun To"


def _capitalised_word_opening(shapes: WordShapes, i: int, sent: tuple[int, int]) -> bool:
    """Whether a capitalised function word inside a sentence opens a name before a proper noun: "Than" of "the
    commanders Than Oo and Aung Aung", read as the comparative, is a given name there."""
    return (
        sent[0] < i < sent[1] - 1
        and shapes.pos[i] in OPENING_TAGS
        and bool(shapes.title[i + 1])
        and shapes.pos[i + 1] == PROPN
        and not shapes.space[i - 1]
    )


def _name_lists(
    shapes: WordShapes, sent: tuple[int, int], particles: set[int], gaps: frozenset[str] | None = None
) -> list[list[tuple[int, int]]]:
    """The lists of names in a sentence: runs of capitalised words (:func:`_name_runs`) one after the other with only
    one of ``gaps`` between them (by default a comma, "and" or ", and": "A, B, Hassan Afgooye and Mohamoud Abdi
    Aden"), each run alone else."""
    doc = shapes.doc
    gaps = load_cues().name_list_gaps if gaps is None else gaps
    lists: list[list[tuple[int, int]]] = []
    for run in _name_runs(shapes, sent, particles):
        if lists and span_text(doc[lists[-1][-1][1] : run[0]]) in gaps:
            lists[-1].append(run)
        else:
            lists.append([run])
    return lists


MAX_LISTED_PLACE_WORDS = 3


def _listed_places(shapes: WordShapes, ents: list[Span]) -> list[Span]:
    """Names in a list of places that the NER missed or read as a people's or a body's: in "Meta, Caquetá, Guaviare
    and Putumayo" or "Antioquia, Córdoba and Chocó", where two or more items are places, every other item of one to
    three words that is no other name is one (a body's name with no word of a body and not in capitals is none)."""
    places: set[tuple[int, int]] = set()
    named: set[int] = set()  # the tokens of the other names
    for e in ents:
        if e.label_ in PLACE_LABELS:
            places.add((e.start, e.end))
        unknown_body = e.label_ == "ORG" and not e.id_ and not e.text.isupper() and guess_kind(e.text) == "other"
        if e.label_ != "NORP" and not unknown_body:
            named.update(range(e.start, e.end))
    if len(places) < 2:
        return []
    doc = shapes.doc
    sentences = shapes.sentences()
    placed = Counter(shapes.sentence_of(a) for a, _ in places)
    found = []
    for n, sent in enumerate(sentences):
        if placed[n] < 2:
            continue
        for items in _name_lists(shapes, sent, set()):
            if len(items) < 3 or sum(item in places for item in items) < 2:
                continue
            for a, b in items:
                if b - a <= MAX_LISTED_PLACE_WORDS and not named.intersection(range(a, b)):
                    found.append(Span(doc, a, b, label="GPE"))
    return found


def _listed_by_division_nouns(shapes: WordShapes, ents: list[Span]) -> list[Span]:
    """Names in a list a plural noun of a division calls places, read or missed by the NER: "the five states — Abia,
    Anambra and Imo", "three departments (Meta, Caquetá and Guaviare)", "the districts of Ruma and Thanchi", "the
    Ruma and Thanchi districts" (two items or more; a known actor's or a body's name stays, and so does a number;
    not "the departments of State and Defense": "of" opens a list only after a noun of ``plural_nouns``)."""
    words = place_name_words()
    opener_nouns = words.plural_nouns | words.list_nouns
    nouns = [i for i in shapes.where_lower(opener_nouns) if shapes.doc[i].is_lower]
    if not nouns:
        return []
    doc = shapes.doc
    kept = {
        i
        for e in ents
        if e.id_
        or (e.label_ in {"ORG", "Organization"} and guess_kind(e.text) != "other")
        or e.label_ in UNLISTABLE_LABELS
        for i in range(e.start, e.end)
    }
    sentences = shapes.sentences()
    lists = [
        _names_before(shapes, i, shapes.sentence_start(i), kept) for i in nouns if doc[i].lower_ in words.plural_nouns
    ]
    for n in sorted({shapes.sentence_of(i) for i in nouns}):
        for items in _name_lists(shapes, sentences[n], set()):
            a = items[0][0]
            if len(items) < 2 or a < 2 or doc[a - 1].text not in words.list_openers:
                continue
            openable = words.plural_nouns if doc[a - 1].lower_ == "of" else opener_nouns
            if doc[a - 2].is_lower and doc[a - 2].lower_ in openable:
                lists.append(items)
    return [
        Span(doc, i, j, label="GPE")
        for items in lists
        if len(items) >= 2
        for i, j in items
        if j - i <= MAX_LISTED_PLACE_WORDS and not kept.intersection(range(i, j))
    ]


UNLISTABLE_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})  # no place


def _names_before(shapes: WordShapes, noun: int, start: int, kept: set[int]) -> list[tuple[int, int]]:
    """The capitalised names listed right before a noun ("Ruma" and "Thanchi" of "the Ruma and Thanchi districts"),
    each of up to three words and none of ``kept``, however the tagger read them."""
    doc, items, end = shapes.doc, [], noun
    while True:
        first = end
        while (
            first > start
            and shapes.title[first - 1]
            and shapes.pos[first - 1] not in OPENING_TAGS
            and first - 1 not in kept
        ):
            first -= 1
        if first == end or end - first > MAX_LISTED_PLACE_WORDS:
            return items
        items.append((first, end))
        gap = first - 1
        if gap <= start or doc[gap].text not in {",", "and"}:
            return items
        end = gap - 1 if doc[gap].lower_ == "and" and doc[gap - 1].text == "," else gap


def _listed_people(shapes: WordShapes, ents: list[Span]) -> list[Span]:
    """Names in a list of people that the NER missed or the gazetteer read as a place: in "A, B, Hassan Afgooye
    and Mohamoud Abdi Aden", where two or more items are people, every other item of two to six words is one; in a
    pair of which one is a person ("Dogo Gide and Ado Aleru"), the other is one where no name was read in it (a title
    of a work the NER read there is none)."""
    people: set[tuple[int, int]] = set()
    others: set[tuple[int, int]] = set()
    unread = {"DATE", "CARDINAL", "ORDINAL", *TITLE_LABELS}  # a work of art's title is no name read: a missed person's
    for e in ents:
        if e.label_ not in TITLE_LABELS:
            (people if e.label_ in {"PERSON", "Person"} else others).add((e.start, e.end))
    read = {i for e in ents if e.label_ not in unread for i in range(e.start, e.end)}
    found = []
    doc = shapes.doc
    sentences = shapes.sentences()
    named: Counter[int] = Counter()  # people by sentence, each name within one
    for a, b in people:
        n = shapes.sentence_of(a)
        named[n] += b <= sentences[n][1]
    particles: set[int] | None = None  # looked for in sentences with a list only
    for n, sent in enumerate(sentences):
        if not named[n]:
            continue  # a list needs a person named already
        particles = set(shapes.where_lower(name_particles())) if particles is None else particles
        for items in _name_lists(shapes, sent, particles):
            listed = sum(item in people for item in items)
            pair = len(items) == 2 and listed == 1
            if not pair and (len(items) < 3 or listed < 2):
                continue
            for a, b in items:
                name = doc[a:b].text
                if (a, b) in people or (a, b) in others or not 2 <= b - a <= 6 or guess_kind(name) != "other":
                    continue
                if not (pair and read.intersection(range(a, b))):
                    found.append(Span(doc, a, b, label="PERSON"))
    return found


@cache
def known_given_names() -> frozenset[str]:
    """The first words, in lowercase, of the known people's names of two words or more ("yevgeny", "ali")."""
    return frozenset(
        surface.split()[0].lower()
        for actor in load_gazetteer().actors.values()
        if actor.label == "Person"
        for surface in actor.surfaces
        if " " in surface
    )


def _listed_bodies(shapes: WordShapes, ents: list[Span]) -> list[Span]:
    """Names in a list of bodies that the NER read as people's or places': in "the Sultan Murad Division, the Hamza
    Division and Ahrar al-Sharqiya" or "Los Choneros, Los Lobos, Chone Killers and Los Tiguerones", where two or more
    items are known organisations (or have a word of one) and no item is a known person or place, each unknown item
    read as a person or a place is an organisation (a "the" may open each item of such a list), unless it opens with a
    known person's given name ("Hamas, Hezbollah and Karim Benali")."""
    bodies = {  # known, or with a word of a body: an unknown name the NER calls a body may be a person's
        (e.start, e.end)
        for e in ents
        if e.label_ in {"ORG", "Organization"} and (e.id_ or guess_kind(e.text) != "other")
    }
    given = known_given_names()
    misread = {
        (e.start, e.end)
        for e in ents
        if e.label_ in {"PERSON", "GPE", "LOC"} and not e.id_ and not (e.label_ == "PERSON" and e[0].lower_ in given)
    }
    known = {(e.start, e.end) for e in ents if e.id_ and e.label_ != "Organization"}
    if len(bodies) < 2 or not misread:
        return []
    found = []
    gaps = load_cues().body_list_gaps
    particles = set(shapes.where_lower(name_particles()))
    sentences = shapes.sentences()
    for n in sorted({shapes.sentence_of(a) for a, _ in misread}):
        for items in _name_lists(shapes, sentences[n], particles, gaps):
            others = [item for item in items if item in misread]
            listed = sum(item in bodies for item in items)
            if others and listed >= 2 and not known.intersection(items):
                found += [Span(shapes.doc, a, b, label="ORG") for a, b in others]
    return found


def _article_bodies(ents: list[Span]) -> list[Span]:
    """Names opening with a Spanish or Portuguese plural article that the NER read as people's: "Los Tiguerones",
    "Os Manos" name a gang or a family's clan, never one person."""
    articles = load_cues().plural_name_articles
    return [
        Span(e.doc, e.start, e.end, label="ORG")
        for e in ents
        if e.label_ == "PERSON" and not e.id_ and len(e) > 1 and e[0].text.lower() in articles and e[0].is_title
    ]


def _one_line(ent: Span, shapes: WordShapes) -> Span:
    """A name never runs across a line break (a token of its own) or a slash: "Samantha Fanger\n07/19/2024" is
    Samantha Fanger, "Mohammed Hamoud/Getty Images" a photographer and an agency."""
    for i in range(ent.start + 1, ent.end):
        if shapes.space[i] or shapes.text[i] == "/":
            return Span(ent.doc, ent.start, i, label=ent.label_)
    return ent


def _name_start(token: Token) -> bool:
    """Whether a capitalised word the NER left out can begin a person's name: no rank, role or common word."""
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.is_alpha
        and not token.ent_type_
        and token.lower_ not in not_actors()
        and token.lower_.rstrip(".") not in load_cues().honorifics
        and "\n" not in token.whitespace_
    )


def _person_run_on(before: Span | None, ent: Span) -> bool:
    """Whether a person's name the NER found runs on, with no mark between, from another it found just before: one
    person's long name ("Ali Mahaman" and "Lamine Zeine"), not two people ("Ali Hassan, Omar Said")."""
    return (
        before is not None
        and before.label_ == "PERSON"
        and before.end == ent.start
        and not before.id_
        and "\n" not in ent.doc[before.end - 1].whitespace_
        and len(before) + len(ent) <= MAX_PERSON_WORDS
    )


PERSON_LABELS = frozenset({"PERSON", "Person"})  # a person's name as the NER labels it, and as the rulers do


def _given_name_gap(before: Span, ent: Span) -> bool:
    """Whether nothing, or one given name the NER left out, stands between two names on one line."""
    doc = ent.doc
    gap = range(before.end, ent.start)
    return (
        len(gap) <= 1
        and all(given_name(doc, i) and not doc[i].ent_type_ for i in gap)
        and not any("\n" in doc[i].whitespace_ for i in range(before.end - 1, ent.start))
    )


def _runs_on_into(before: Span, ent: Span) -> bool:
    """Whether a person's name runs on into the unknown person's name after it: an unknown name, or a known person's
    one word standing as a given name before a name of two words or more ("Assad" of "Assad Ahmad Barakat")."""
    return (
        before.label_ in PERSON_LABELS
        and ent.label_ in PERSON_LABELS
        and not ent.id_
        and (not before.id_ or (len(before) == 1 and len(ent) >= 2))
        and ent.end - before.start <= MAX_PERSON_WORDS
        and _given_name_gap(before, ent)
    )


def _given_names_of_known(before: Span, ent: Span) -> bool:
    """Whether an unknown person's name runs right on, on one line, into a known person's shorter name: the names a
    writer gives in full ("President Abd-Rabbu Mansour Hadi": "Abd-Rabbu" and the known "Mansour Hadi", one man)."""
    return (
        before.label_ in PERSON_LABELS
        and ent.label_ in PERSON_LABELS
        and not before.id_
        and bool(ent.id_)
        and before.end == ent.start
        and ent.end - before.start <= MAX_PERSON_WORDS
        and "\n" not in before.doc[before.end - 1].whitespace_
    )


def people_run_on(ents: list[Span]) -> list[Span]:
    """The entities, persons' names the passes found one right after another, with nothing between or one given name
    the NER left out, joined as one person's long name: "Roch Marc" and "Christian Kaboré", "Abdelbasit Hamza",
    "Elhassan" and "Mohamed Khair"; not names a comma or "and" parts ("Ali Hassan, Omar Said"). An unknown name right
    before a known person's is his, given in full (:func:`_given_names_of_known`). A family name the NER left out after
    a name is the name's too (:func:`_with_family_name`)."""
    out: list[Span] = []
    for ent in sorted(ents, key=lambda e: e.start):
        if out and _runs_on_into(out[-1], ent):
            out[-1] = Span(ent.doc, out[-1].start, ent.end, label="PERSON")
        elif out and _given_names_of_known(out[-1], ent):
            out[-1] = Span(ent.doc, out[-1].start, ent.end, label=ent.label_, span_id=ent.id_)
        else:
            out.append(ent)
    starts = {e.start for e in out}
    return [_with_family_name(e, starts) for e in out]


def _with_family_name(ent: Span, starts: set[int]) -> Span:
    """An unknown person's name with the one capitalised name the NER left out right after it, where no other name
    begins and the run of capitalised words ends: "Ali Hassan" + "Tarabay" in "Ali Hassan Tarabay (Tarabay)", not
    "Enriquez Memorial" + "Sports" of "Enriquez Memorial Sports Complex"."""
    doc, after = ent.doc, ent.end
    if ent.label_ != "PERSON" or ent.id_ or after in starts or len(ent) >= MAX_PERSON_WORDS or after >= len(doc):
        return ent
    if "\n" in doc[after - 1].whitespace_ or not given_name(doc, after) or doc[after].ent_type_:
        return ent
    if after + 1 < len(doc) and doc[after + 1].is_title and "\n" not in doc[after].whitespace_:
        return ent  # the capitalised run goes on: a place's or a building's name
    return Span(doc, ent.start, after + 1, label="PERSON")


def _whole_person(ent: Span, before: Span | None) -> Span:
    """A person's name the NER cut after its first name: "Borromeo" read as an organisation or a place before "Enrique
    Henriquez", "Erikas" left out of "Mwisi Kambale". The unknown capitalised word just before joins the name; a
    one-word name the NER read as a body's or a place's takes it too ("Aidar" left out of "Aidar Ukenov")."""
    if ent.label_ in CUT_NAME_LABELS and len(ent) == 1 and not ent.id_:
        return _with_given_name(ent, ent.label_)
    if ent.label_ != "PERSON":
        return ent
    doc = ent.doc
    if _person_run_on(before, ent):  # "Ali Mahaman" before "Lamine Zeine": one name in four words
        return Span(doc, before.start, ent.end, label="PERSON")
    if (
        before is not None
        and before.end == ent.start
        and before.label_ in CUT_NAME_LABELS
        and not before.id_
        and "\n" not in doc[before.end - 1].whitespace_
        and all(t.pos_ == "PROPN" and t.is_title for t in before)
        and len([t for t in before if t.lower_.rstrip(".") not in load_cues().honorifics]) == 1
    ):  # "Lance Corporal Jimi" before "Javier Castro Quenan"; not "Sevastopol State University" before a name
        return Span(doc, before.start, ent.end, label="PERSON")
    return _with_given_name(ent, "PERSON")


def _with_given_name(ent: Span, label: str) -> Span:
    """The name with one first name before it, a capitalised word the NER left out after a word that cannot be part
    of a name or a title, else the name as the NER read it; before a body's or a place's name, not a sentence's first
    word, capitalised as any is there ("Neighbouring Peru")."""
    doc = ent.doc
    first = ent.start - 1
    opening = ent.sent.start if label == "PERSON" else ent.sent.start + 1
    if first < opening or not _name_start(doc[first]):
        return ent
    rank = doc[first - 1].lower_.rstrip(".") in load_cues().honorifics  # "Sergeant William" opens a name
    if first > ent.sent.start and doc[first - 1].is_title and doc[first - 1].pos_ in {"PROPN", "NOUN"} and not rank:
        return ent  # "Financial Intelligence Brian Nelson": a title's last word, not a first name
    return Span(doc, first, ent.end, label=label)


@Language.component("actor_merger")
def merge_actor_spans(doc: Doc) -> Doc:
    """The document's entities: known actors from the rulers, the NER's entities where no known actor is."""
    gazetteer = load_gazetteer()
    named = [k for k in doc.spans[SPANS_KEY] if not span_text(k).islower()]  # "the coalition" needs its theatre named
    known = filter_spans(
        [
            k
            for k in doc.spans[SPANS_KEY]
            if not common_noun(k, gazetteer)
            and not out_of_theatre(k, named, gazetteer)
            and not owner_unwritten(k, gazetteer.actors.get(k.id_))  # "the Security Council" of a page without "UN"
            and not _another_persons_name(k)
            and not _ends_no_actor(k)
        ]
    )
    merged = []
    taken: set[int] = set()
    shapes = WordShapes(doc)
    ents = [_one_line(e, shapes) for e in peoples_read_for_persons(in_law_titles(list(doc.ents)))]
    ents = split_joined(doc, ents, place_nouns())  # "Kebbi's Augie", "Hola Prystan and Oleshky": two names each
    ents = [_whole_person(e, ents[n - 1] if n else None) for n, e in enumerate(ents)]
    runs = persons_ending_in_known(doc, known)  # "Samer Akil Rada": not the Rada of the list
    runs += other_states_names(known, gazetteer)  # "Egyptian Islamic Jihad": not the Palestinian one
    known = [k for k in known if not any(r.start <= k.start < r.end for r in runs)]
    ents = [*runs, *ents]
    known_by_end = {k.end: k for k in known}
    known_by_start = {k.start: k for k in known}
    ents = [with_body_surname(with_place_given_name(e, known_by_end), known_by_start) for e in ents]
    ruled = {i for k in known for i in range(k.start, k.end)}
    starts = {e.start for e in ents}
    places = frozenset(e.text for e in [*ents, *known] if e.label_ in {"GPE", "LOC", "Location"})  # "Kerman" too
    ents += unnamed_of_heads(doc, [*ents, *known])  # "COUNCIL" of a masthead "COUNCIL OF THE EU"
    # whole names; the shorter names they overlap go below
    ents = [
        with_of_name(
            with_facility_noun(
                joined_topics(
                    joined_company(whole_patronymic(as_company(with_glued_name(with_number(e), ruled)), ruled), starts),
                    ruled,
                ),
                ruled,
                places,
            ),
            ruled,
        )
        for e in ents
    ]
    missions = _missions_in_places(ents, known)  # "the United Nations Mission" + "in" + "Haiti": one name
    missions += _names_ending_in_places(ents, known)  # "the Maoist Communist Centre" + "of" + "India"
    missions += _names_going_on_with_for(ents)  # "the Military Council" + "for the Liberation of Syria"
    missions += names_in_places(doc)  # "al-Qaeda" + "in the" + "Islamic Maghreb" + "(AQIM)"
    faith_opened = faith_opened_names(ents)  # "Islamic" + "State": one name
    missions += franchise_branches(
        [*ents, *known, *faith_opened], known
    )  # "Islamic State" + "in the" + "Greater Sahara"
    branches = branch_names(ents, known)  # "Islamic" + "State" + "Sahel Province", "ISIS-Mozambique": one branch
    missions += branches
    missions += faith_opened
    ents = [e for e in ents if not any(m.start <= e.start < m.end for m in missions)] + missions
    known_ends = [k.end for k in known]  # known spans do not overlap: sorted by start, so by end too
    for ent in filter_spans([*ents, *_named_after_places(doc, known)]):
        inside = known[bisect_right(known_ends, ent.start) : bisect_left(known, ent.end, key=lambda k: k.start)]
        if (
            not inside
            or _ner_wins(ent, inside)
            or family_name_inside(ent, inside)
            or _longer_persons_name(ent, inside)
            or first_name_a_place(ent, inside)
            or foreign_longer_name(ent, inside, named, gazetteer)  # "Sudan's National Congress Party"
            or other_owners_body(ent, inside, gazetteer)  # "the Chechen Security Council"
            or other_body_around(ent, inside)  # "the Islamic Jihad Organization", "the Kuki-Chin National Front"
            or (ent in missions and not _known_whole(ent, inside))
        ):
            merged.append(ent)
            taken.update(range(ent.start, ent.end))
        elif (longer := _longer_name(ent, inside) or _fuller_person(ent, inside)) is not None:
            merged.append(longer)
            taken.update(range(ent.start, ent.end))
        elif (other := _coordinated_rest(ent, inside)) is not None:
            merged.append(other)
            taken.update(range(other.start, other.end))
    merged += [
        Span(doc, k.start, k.end, label=k.label_, span_id=k.id_)
        for k in known
        if not taken.intersection(range(k.start, k.end))
    ]
    branch_at = {(b.start, b.end) for b in branches}  # "Sahel Province" ends a branch's name, not a division's
    merged = _places_by_context([e if (e.start, e.end) in branch_at else _person_as_place(e, shapes) for e in merged])
    merged = [Span(doc, e.start, e.end, label="ORG") if tied_body(e) else e for e in merged]  # "Iran-backed Houthis"
    taken = {i for e in merged if e.label_ not in {"NORP", "ORDINAL"} for i in range(e.start, e.end)}
    known_tokens = {i for e in merged if e.id_ for i in range(e.start, e.end)}
    places = _named_before_place_nouns(shapes, taken) + _named_before_base_words(shapes, taken)
    places += names_before_tie_words(shapes, taken | known_tokens)  # "the al Qaeda-linked group"
    places += _named_before_buildings(shapes, taken)  # "the Rawda mosque"
    places += _units_named_after_people(shapes, merged)  # "the Dagoberto Ramos column"
    places += known_place_sites([e for e in merged if e.id_])  # "the Jenin refugee camp": a site of its own
    places += _numbered_units(shapes, known_tokens) + apposed_people(doc, taken)
    places += acronyms_before_group_nouns(shapes, taken)  # "PNLO fighters"
    places += acronyms_after_body_nouns(shapes, taken | {i for p in places for i in range(p.start, p.end)})  # "bloc X"
    places += acting_acronyms(shapes, taken | {i for p in places for i in range(p.start, p.end)})  # "ZNLF killed"
    in_places = {i for p in places for i in range(p.start, p.end)}
    places += state_named_bodies(merged, taken | in_places)  # "Palestine Action", "the Afghan Taliban"
    known_actors = {i for e in merged if e.id_ and e.label_ != "Location" for i in range(e.start, e.end)}
    bodies = {e.text for e in merged if e.label_ in {"ORG", "Organization"}}
    places += named_with_heads(shapes, known_actors, bodies, merged)  # "the Haqqani network", "the 400 Mawozo gang"
    spelled = names_spelled_before_brackets(shapes, [*merged, *places])  # "the Tigray Defence Forces (TDF)"
    in_spelled = {i for span in spelled for i in range(span.start, span.end)}
    places = [*(p for p in places if in_spelled.isdisjoint(range(p.start, p.end))), *spelled]  # and its acronym:
    places += acronyms_defined_in_brackets(
        [*merged, *spelled], taken | {i for span in places for i in range(span.start, span.end)}
    )
    places += acronyms_of_names(  # "IS" beside "Islamic State"
        [*merged, *spelled], taken | {i for span in places for i in range(span.start, span.end)}
    )
    others = {
        i for e in merged if e.id_ or e.label_ not in {"PERSON", "NORP", "ORDINAL"} for i in range(e.start, e.end)
    }
    places += ranked_people(doc, others)  # over a part the NER read: "Lieutenant Colonel Alain Ngoma" + "Kasongo"
    text = text_of(doc)
    places += _units_numbered_after(doc, text, known_tokens) + _dateline_outlets(doc, text, known_tokens)
    places += _numbered_sites(doc, text, known_tokens)  # "Tunnel No. 8", "Air Base 201"
    places += _names_described_as_bodies(doc, text, merged)  # "CTU Security, a security company"
    places += named_after_body_nouns(doc, taken | known_tokens | {i for p in places for i in range(p.start, p.end)})
    places += untagged_bodies(doc, taken | known_tokens | {i for p in places for i in range(p.start, p.end)})
    outlets = credited_outlets(doc, text)  # "... in Goma on Monday. (AFP)": a news outlet the photo's credit names
    read = taken | known_tokens | {i for p in places for i in range(p.start, p.end)}
    places += [o for o in outlets if read.isdisjoint(range(o.start, o.end)) and _an_outlets_name(o)]
    # "CHIBOK, Borno State —": the dateline's town, which the NER misses or takes for a person
    not_people = {i for e in merged if e.label_ not in {"PERSON", "NORP", "ORDINAL"} for i in range(e.start, e.end)}
    places += _dateline_places(doc, text, not_people)
    whole = legal_names(doc, text) + hyphen_places(doc, text) + nicknamed_people(doc, text) + ezafe_names(doc, text)
    whole += particle_names(doc, known)  # "Valle del Cauca", "Familia do Norte"
    whole += joined_arabic_names(doc, text)  # "Jama'at Nusrat al-Islam wal-Muslimin"
    whole += qualified_names(merged)  # "the Communist Party of India (Maoist)": the creed is the name's
    whole += initialled_people(doc, text, known) + hyphened_roads(doc, text)  # "P. Sundarraj", "the Lamu-Garissa road"
    places += [span for span in whole if not _known_whole(span, known)]  # over the shorter names inside them
    covered = {i for span in places for i in range(span.start, span.end)}
    merged = [*places, *(e for e in merged if not covered.intersection(range(e.start, e.end)))]
    merged = split_swallowed_lists(merged)  # "Meta, Caquetá, Guaviare" read as one name: three
    listed = _listed_people(shapes, merged) + _listed_places(shapes, merged) + _listed_bodies(shapes, merged)
    listed += _listed_by_division_nouns(shapes, merged)  # "the Ruma and Thanchi districts"
    listed += _article_bodies(merged) + particle_people(merged) + born_people(merged)
    covered = {i for span in listed for i in range(span.start, span.end)}
    ents = filter_spans([*listed, *(e for e in merged if not covered.intersection(range(e.start, e.end)))])
    ents = people_run_on(ents)  # "Roch Marc" + "Christian Kaboré": one person
    doc.spans["ships"] = ships = ship_names(doc, ents)  # no actors, but what an attack on one is named by
    doc.spans[CREDIT_OUTLETS] = [o for o in outlets if any((e.start, e.end) == (o.start, o.end) for e in ents)]
    doc.ents = without_vessels(ents, ships)
    return doc


@cache
def load_nlp() -> Language:
    """The full pipeline, loaded once per process (never at import time), with the cycle collector paused: what it
    loads stays for good."""
    with paused_gc():
        # "Terrorists (SDGTs): A, B": a bracket and a colon, no emoticon; the tokenizer's special cases loaded once
        # "(MOA-AD).¹ Kato": the footnote's mark a word of its own (with_footnote_marks), read with the tokenizer
        nlp = load_without_bracket_emoticons(model_name(), suffixes=[FOOTNOTE_MARKS])
        nlp = index_attribute_ruler(nlp)  # the same annotations in a quarter of the time
        nlp = memo_lemmatizer(nlp)  # the same lemmas in a third of the time
        nlp = add_paragraph_breaks(nlp)  # a blank line ends a sentence (headings, bylines, captions)
        nlp = add_rank_stops(nlp)  # "Sgt. William Rivers": a rank's full stop ends no sentence
        nlp = add_rank_abbreviations(nlp)  # "Sgt. A, Spc. B and Spc. C": "Sgt." one word, the list one list
        nlp = add_mid_line_words(nlp)  # "the PKK, which Ankara ...": a word mid-line after a word starts no sentence
        nlp = add_clause_repairs(nlp)  # "after B was killed": B the subject of "killed", not "after"'s object
        nlp = add_actor_ruler(nlp, load_gazetteer())
    gc.freeze()  # loaded once for good: the cycle collector no longer walks the model, patterns and gazetteer
    return nlp

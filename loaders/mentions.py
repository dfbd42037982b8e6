"""Actor mentions in a parsed document: known actors from the ruler, others from the NER.

A :class:`Mention` is a span with an ontology label and, for known actors, the
canonical id; unknown actors keep their cleaned surface as name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, cached_property, lru_cache

from spacy.tokens import Doc, Span, Token

from graph.gazetteer import Actor, Gazetteer, is_acronym
from graph.seeds import load_seed_yaml
from graph.slug import name_key
from loaders.body_noun_names import titled_body
from loaders.cues import load_cues
from loaders.doc_words import entities_of, span_text, text_of, token_strings
from loaders.headed_names import name_heads
from loaders.joined_names import name_parts, names_a_faith, names_a_language, names_a_vessel
from loaders.organisation_names import (
    described_as_organisation,
    ends_as_unit,
    ends_in_body_head,
    generic_body,
    glued,
    headed_by_office,
    names_an_organisation,
    names_state_force,
    names_unit,
    opens_as_body,
    owner_unwritten,
    posted_on,
    state_bodies,
    without_furniture,
)
from loaders.page_labels import heading_tokens, masthead, menu_tokens, not_an_actor, title_case_lines
from loaders.peoples_names import peoples_names

# Statistical NER labels mapped onto the ontology (NORP, DATE, ... are not actors).
NER_LABELS = {"PERSON": "Person", "ORG": "Organization", "GPE": "Location", "LOC": "Location", "FAC": "Location"}
TITLE_LABELS = {"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"}  # the NER's labels of titles and things, no actor's
STATE_KINDS = {"government", "military"}  # a state's own bodies: affiliated with it, not "based" there
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")  # "602nd", "9th"
CREDIT_OUTLETS = "credit_outlets"  # the span group of the outlets photo credits name (loaders/credit_outlets.py)
SPACED_DASHES = frozenset({"-", "–", "—"})  # a dash between spaces breaks a clause off, never joins a name
GUESSED_NAMES = 1 << 14  # the names whose kind :func:`guess_kind` remembers (a build names a few thousand)
_LEADING = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
_TRAILING = re.compile(r"(\s*['’]s|['’])$")


@dataclass(frozen=True)
class Mention:
    """One mention of an actor: token span, character span, label, and who it is if known."""

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    label: str
    name: str
    kind: str | None = None
    actor_id: str | None = None
    refers_back: bool = False  # "the group", "he": a reference to an earlier mention, not a name of the actor

    @cached_property
    def key(self) -> str:
        """Who this is within the document: the known id, else the label and name (worked out once a mention: the
        rules and the scorer ask a million times a train build)."""
        return self.actor_id or f"{self.label}:{self.name}"


def distinct_actors(mentions: list[Mention]) -> list[Mention]:
    """One mention an actor, the first each is named by, in the order first named.

    >>> a = Mention(0, 1, 0, 5, "Hamas", "Organization", "Hamas")
    >>> [m.start for m in distinct_actors([a, Mention(3, 4, 9, 14, "Hamas", "Organization", "Hamas")])]
    [0]
    """
    seen: dict[str, Mention] = {}
    for m in mentions:
        seen.setdefault(m.key, m)
    return list(seen.values())


@lru_cache(maxsize=GUESSED_NAMES)
def clean_surface(text: str) -> str:
    """A name as written without a leading article or a trailing possessive; remembered a name (the rules compare
    the page's names again and again).

    >>> clean_surface("the Wagner Group's"), clean_surface(" a Kataib Hezbollah - ")
    ('Wagner Group', 'Kataib Hezbollah')
    """
    return _TRAILING.sub("", _LEADING.sub("", text.strip())).strip(" -,.")


@cache
def not_actors() -> frozenset[str]:
    """Capitalised words the NER takes for actors but are not ("Katyusha", "State" of "Secretary of State")."""
    data = load_seed_yaml("relations.yaml")
    words = {w.lower() for w in data["not_actors"]}
    words |= {w for phrases in data["roles"].values() for p in phrases for w in p.lower().split()}
    return frozenset(words)


@lru_cache(maxsize=GUESSED_NAMES)
def guess_kind(name: str) -> str:
    """An organisation's kind from the words of its name (``seeds/relations.yaml``), else ``other``: the kind of the
    cue of most words in the name, the first kind listed on a tie ("Armed Forces" is a state's, "Forces" a group's).
    Remembered a name: the merger and the rules ask of the same names again and again, each time a scan of every cue.

    >>> guess_kind("Malian Armed Forces"), guess_kind("Rapid Support Forces"), guess_kind("Kivu Holdings")
    ('military', 'armed_group', 'other')
    >>> guess_kind("UN Security Council"), guess_kind("U.N. Group of Experts"), guess_kind("Kim Jong Un")
    ('international', 'international', 'other')
    >>> guess_kind("602nd Brigades"), guess_kind("6th Division"), guess_kind("33rd Front")
    ('military', 'military', 'armed_group')
    """
    first, _, rest = name.partition(" ")
    if ORDINAL.fullmatch(first) and not _ordinal_units().isdisjoint(rest.lower().split()):
        return "military"  # "the 602nd Brigade", "the 9th Armored Division"
    words = f" {_short_forms().get(first, first.lower())} {rest.lower()} "
    best, longest = "other", 0
    for kind, cues in _kind_cues():
        size = max((size for cue, size in cues if cue in words), default=0)
        if size > longest:
            best, longest = kind, size
    return best


@cache
def _ordinal_units() -> frozenset[str]:
    """Nouns of a unit that make a name opened by an ordinal a state's force (``ordinal_unit_nouns``)."""
    return frozenset(load_seed_yaml("relations.yaml")["ordinal_unit_nouns"])


@cache
def _short_forms() -> dict[str, str]:
    """Short forms of a body's name opening another name, as written, each with the name written out
    (``kind_short_forms``: "UN")."""
    return load_seed_yaml("relations.yaml")["kind_short_forms"]


@cache
def _kind_cues() -> tuple[tuple[str, tuple[tuple[str, int], ...]], ...]:
    """Each organisation kind's cues (``organisation_kinds``) as :func:`guess_kind` looks for them, in order: set off
    by spaces, with their number of words."""
    kinds = load_seed_yaml("relations.yaml")["organisation_kinds"]
    return tuple((kind, tuple((f" {cue} ", len(cue.split())) for cue in cues)) for kind, cues in kinds.items())


@cache
def numbered_heads() -> frozenset[str]:
    """Heads of a body's name a number may open (``of_name_heads`` and ``numbered_heads``: "the 2140 Sanctions
    Committee", "the 444 Combat Brigade")."""
    data = load_seed_yaml("relations.yaml")
    return frozenset(data["of_name_heads"]) | frozenset(data["numbered_heads"])


DESIGNATOR = re.compile(r"[A-Z]{1,3}-?\d{1,3}[A-Z]?")  # a model's letters and number: "B-1", "MQ-9", "T72"
HYPHENED_DESIGNATOR = re.compile(r"[A-Z][A-Za-z]{1,6}-\d{1,4}[A-Z]?s?")  # a word and a number: "Kh-101", "Shahed-136s"
MODEL_REACH = 5  # words from a model's name to the noun of its machine: "Kh-101 air-launched cruise missile"
FOOTNOTE = re.compile(r"[\[\]]|,\d|[a-z]\d+\b")  # a reference mark inside a name


@cache
def hyphened_particles() -> frozenset[str]:
    """Lowercase particles a name may open with, joined by a hyphen to its first capitalised word ("al" of
    "al-Shaddadi", "az" of "az-Zallaqa"; ``seeds/relations.yaml``'s ``name_particles`` and ``hyphened_articles``)."""
    seeds = load_seed_yaml("relations.yaml")
    return frozenset(seeds["name_particles"]) | frozenset(seeds["hyphened_articles"])


def _particle_opened(name: str, label: str = "") -> bool:
    """Whether a name opens with a lowercase particle and a hyphen before a capital: "al-Rajma", "el-Fasher"; an
    organisation's with a space too ("al Shabaab", the article written apart).

    >>> _particle_opened("al-Rajma"), _particle_opened("az-Zallaqa"), _particle_opened("al-qaeda-linked")
    (True, True, False)
    >>> _particle_opened("de facto")
    False
    >>> _particle_opened("al Nusra", "Organization"), _particle_opened("al Nusra", "Person")
    (True, False)
    """
    particle, hyphen, rest = name.partition("-")
    if label == "Organization" and not hyphen:
        particle, hyphen, rest = name.partition(" ")
    return bool(hyphen) and particle in hyphened_particles() and rest[:1].isupper()


@cache
def not_places() -> frozenset[str]:
    """Adjectives of a faith the NER reads as a place ("Islamic" of "an Islamic State-allied group")."""
    return frozenset(w.lower() for w in load_seed_yaml("relations.yaml")["not_places"])


def _plausible(name: str, label: str) -> bool:
    if label == "Location" and name.lower() in not_places():
        return False  # "Islamic" of "an Islamic State-allied group": no place
    if label == "Organization" and re.match(r"\d+(st|nd|rd|th) [A-Z]", name):
        return True  # "63rd Infantry Battalion"
    if label == "Organization" and re.match(r"\d+ [A-Z]", name) and name.split()[-1].lower() in numbered_heads():
        return True  # "2140 Sanctions Committee": a body named by its resolution's number
    if label == "Organization" and re.match(r"\d+ [A-Z]", name) and name.split()[-1].lower() in name_heads():
        return True  # "400 Mawozo gang": a group named with a number and its head noun
    if (
        len(name) < 2
        or not (name[0].isupper() or _particle_opened(name, label))
        or not any(ch.isalpha() for ch in name)
    ):
        return False
    if FOOTNOTE.search(name):
        return False  # "LNA,[2", "Somalia,4": a name run into a footnote mark, not one actor
    if label == "Organization" and (name_key(name) in state_bodies() or headed_by_office(name)):
        return True  # "the Ministry of Defence", "State Department": a state's body, though its words are a title's
    if name.lower() in not_actors() or all(w in not_actors() | load_cues().honorifics for w in name.lower().split()):
        return False  # "Katyusha", "Field Marshal": a weapon, a rank
    if name.endswith("s") and name[:-1].lower() in not_actors():
        return False  # "AK-47s", "Stingers": the plural of a weapon's name
    base, _, mark = name.lower().rpartition(" ")
    if mark in load_cues().name_suffixes and base in not_actors():
        return False  # "Wing Loong II": a weapon's name and its model's numeral
    return not (label == "Person" and " " not in name and name.isupper())


def _names_a_state_body(span: Span) -> bool:
    """Whether a name, its article aside, is one of the bodies every state has ("General Staff", "Air Force":
    ``state_bodies``), which a rank or a title opening it makes the NER read as a person's."""
    words = [t for t in span if t.lower_ not in load_cues().articles]
    return len(words) > 1 and name_key(" ".join(t.text for t in words)) in state_bodies()


def mention_from_span(span: Span, gazetteer: Gazetteer) -> Mention | None:
    """The mention a span stands for, or None for spans that are not actors."""
    if span.ent_id_ and span.ent_id_ in gazetteer.actors:
        actor = gazetteer.actors[span.ent_id_]
        if posted_on(span, actor.name):
            return None  # "said on Twitter": where it was said
        if span_text(span) in actor.demonyms and (names_a_language(span) or names_a_faith(span)):
            return None  # "known in Spanish as": a language; "Greek Orthodox": a church
        if actor.stands_for and acts(span) and not state_written_after(span, actor.stands_for, gazetteer):
            actor = gazetteer.lookup(actor.stands_for) or actor
        return Mention(
            span.start,
            span.end,
            span.start_char,
            span.end_char,
            span_text(span),
            actor.label,
            actor.name,
            actor.kind,
            actor.id,
        )
    label = NER_LABELS.get(span.label_)
    if label is None and span.label_ in TITLE_LABELS and ends_as_unit(span.text.strip(" \"'“”‘’")):
        label = "Organization"  # 'a team from its "Lions Battalion"': a unit's name the NER read as a title's
    if label is None and span.label_ in TITLE_LABELS and _numbered_site(span):
        label = "Location"  # "the drone attack on Tower 22": a site the NER read as an incident's name
    if label is None and span.label_ in TITLE_LABELS and (described_as_organisation(span.root) or titled_body(span)):
        label = "Organization"  # "its Amaq news agency", 'the "Zoland" units': a body's name read as a title's
    if label is None and span.label_ == "NORP" and names_unit(span):
        label = "Organization"  # "the Agwelek forces": a name the NER read as a people's, before a group's noun
    if label is None and span.label_ in TITLE_LABELS and _ranked_name(span):
        label = "Person"  # "and Pvt. Cy Dunmore.": a ranked name the NER read as a title's
    if label is None:
        return None
    if span.end == len(span.doc) and span.doc[-1].is_alpha:
        return None  # a name the text was cut in the middle of ("Amnesty Interna")
    if label != "Person" and _ranked_name(span):
        label = "Person"  # "Rear Admiral Farba Sarr": a rank of two words before a name is a person's
    elif label == "Person" and _names_a_state_body(span):
        label = "Organization"  # "the chief of the General Staff": a body every state has, not a general's name
    honorifics = load_cues().honorifics if label == "Person" else frozenset()
    articles = load_cues().articles
    hedges = load_cues().hedging_adjectives
    trimmed = span
    while len(trimmed) and (
        trimmed[0].lower_ in articles
        or trimmed[0].is_punct
        or trimmed[0].lower_.rstrip(".") in honorifics
        or (trimmed[0].lower_ in hedges and len(trimmed) > 1)
    ):
        trimmed = trimmed[1:]  # "Lt Gen Mohammed Hamdan" is Mohammed Hamdan; "Suspected Lakurawa militants" Lakurawa
    trimmed = _before_spaced_dash(trimmed)  # "led by Abdul-Malik al-Houthi - struck": the name ends at the dash
    if label != "Person" and len(trimmed) > 1 and _ends_in_rank(trimmed):
        trimmed = _without_trailing_rank(trimmed)  # "Marine Corps Lance Cpl. X": the body, its rank the person's
    if label == "Person" and _title_body_first(trimmed):
        trimmed = trimmed[1:]  # "Superintendent of Police I.K. Elesela": the title's body, then the person
    while len(trimmed) and (trimmed[-1].lower_ in {"'s", "’s", "'"} or (trimmed[-1].is_punct and not _closes(trimmed))):
        trimmed = trimmed[:-1]
    opened = [t.i for t in trimmed if t.text == "("]
    if opened and not any(t.text == ")" for t in trimmed if t.i > opened[-1]):
        trimmed = span.doc[trimmed.start : opened[-1]]  # "Center for Economic Research (CEPR": the acronym apart
        while len(trimmed) and trimmed[-1].is_punct:
            trimmed = trimmed[:-1]
    credited = is_credited_outlet(span)  # "... 2023. (AFP)": the outlet itself, no furniture of the page
    trimmed = trimmed if credited else without_furniture(trimmed)
    if not len(trimmed):
        return None
    if (furniture := glued(span_text(trimmed))) is not None:
        return _outlet_glued(trimmed, furniture, gazetteer)
    state = gazetteer.lookup(trimmed[0].text) if len(trimmed) > 1 else None
    if state is not None and state.label == "Country" and all(t.is_lower for t in trimmed[1:]):
        # "Iranian foreign ministry", "Iraqi security forces": a state's unnamed body stands for the state
        first = trimmed[0]
        return Mention(
            first.i, first.i + 1, first.idx, first.idx + len(first), first.text, "Country", state.name, None, state.id
        )
    name = clean_surface(span_text(trimmed))
    known = gazetteer.lookup(name) or state_itself(trimmed, gazetteer)
    if owner_unwritten(trimmed, known):
        known = None  # "the Security Council" on a page that never names the UN: a state's, unknown
    if (
        known is not None
        and known.stands_for
        and acts(trimmed)
        and not state_written_after(trimmed, known.stands_for, gazetteer)
    ):
        known = gazetteer.lookup(known.stands_for) or known  # "Yaoundé agreed": a spelling the ruler lacks acts too
    if known is not None:
        return Mention(
            trimmed.start,
            trimmed.end,
            trimmed.start_char,
            trimmed.end_char,
            span_text(trimmed),
            known.label,
            known.name,
            known.kind,
            known.id,
        )
    if not _plausible(name, label) or (label == "Organization" and generic_body(name)) or not_an_actor(trimmed):
        return None
    if _names_a_model(trimmed):
        return None  # "long-range B-1 bombers": a machine's model
    if label == "Person" and _names_a_people(trimmed):
        return None  # "the Meitei majority": a people, not a person
    if (label == "Person" or guess_kind(name) == "other") and label != "Location" and _titles_portfolio(trimmed):
        return None  # "Minister of State for Regional Integration": what the office deals with
    if label == "Person" and (names_an_organisation(name, guess_kind(name)) or ends_in_body_head(name)):
        label = "Organization"  # "Jund al-Aqsa", "Furadino Shipping", "Horn Dispatch"
    elif label in {"Person", "Location"} and opens_as_body(name):
        label = "Organization"  # "Jaysh al-Adl", "Jamaat-ul-Ahrar", "Cárteles Unidos"
    elif label in {"Person", "Location"} and described_as_organisation(trimmed.root):
        label = "Organization"  # "Russia's Baza news outlet", "the clans of Habargidir"
    elif label == "Location" and (
        ends_as_unit(name) or names_unit(trimmed) or _ends_as_body(name) or ends_in_body_head(name)
    ):
        label = "Organization"  # "the FARC's Eastern Bloc", "the Kitgwang faction", "the Manipur Police", "X Programme"
    elif label == "Location" and _headed_as_body(name):
        label = "Organization"  # "the UN Interim Force in Lebanon", "the Communist Party of Zandoria"
    if label == "Organization" and _described_as_person(trimmed.root):
        label = "Person"  # "Ilaria Allegrozzi, senior Sahel researcher at Human Rights Watch"
    kind = guess_kind(name) if label == "Organization" else None
    if label == "Organization" and credited:
        kind = "media"  # "... in Goma on Monday. (AFP)": the outlet a photo's credit names
    if kind in {"armed_group", "other"} and _a_states_force(trimmed, gazetteer):
        kind = "military"  # "the Pakistan Army", "the Ethiopian National Defense Force": a state's own force
    if kind == "other" and len(trimmed) == 1 and _after_place_preposition(trimmed.root):
        label, kind = "Location", None  # "struck two cars in Shehabiya": a village the NER took for a body
    if label == "Organization" and kind == "other" and _names_a_place(trimmed):
        label, kind = "Location", None  # "the Tawakal Continental Hotel", "Saint Kizito Hospital", "Air Base 101"
    elif label == "Organization" and _ends_in_a_site_head(trimmed):
        label, kind = "Location", None  # "Kandara International Airport", "the Hayatabad Police Lines"
    elif label == "Person" and (_ends_in_a_site(trimmed) or _ends_in_a_lowercase_site(trimmed)):
        label = "Location"  # "summoned them to Kangla Fort", "the escape from Jaw prison": a site, not a man
    return Mention(
        trimmed.start, trimmed.end, trimmed.start_char, trimmed.end_char, span_text(trimmed), label, name, kind
    )


def _before_spaced_dash(span: Span) -> Span:
    """A span up to a dash set apart by spaces within it before a lowercase word, where a clause between dashes breaks
    off ("the group - which is led by X - struck"): a hyphen joins the words of a name ("al-Houthi").

    >>> import spacy
    >>> doc = spacy.blank("en")("led by Tessa Orvane - struck the port")
    >>> _before_spaced_dash(doc[2:6]).text, _before_spaced_dash(doc[2:4]).text
    ('Tessa Orvane', 'Tessa Orvane')
    """
    dash = next((t.i for t in span[1:-1] if _breaks_off(t)), None)
    return span if dash is None else span.doc[span.start : dash]


def _breaks_off(token: Token) -> bool:
    """Whether a token is a dash between spaces before a lowercase word ("X - struck", "X - the Y"; not "Combined Joint
    Task Force - Operation Inherent Resolve", one name)."""
    spaced = token.text in SPACED_DASHES and bool(token.whitespace_) and bool(token.nbor(-1).whitespace_)
    return spaced and token.nbor().is_lower


def _closes(span: Span) -> bool:
    """Whether a name ends in a bracket round one word of its own, no acronym: "the Communist Party of India
    (Maoist)" keeps its creed, "the Kurdistan Workers' Party (PKK)" is read without its acronym."""
    inner = span[-2] if len(span) > 3 else None
    return (
        inner is not None
        and span[-1].text == ")"
        and span[-3].text == "("
        and inner.is_alpha
        and inner.is_title
        and not is_acronym(inner.text)
    )


@cache
def whole_numbered_site_nouns() -> frozenset[str]:
    """Nouns of a site a number names that the NER reads whole with it ("Tower 22", "Camp 7")."""
    return frozenset(load_seed_yaml("relations.yaml")["whole_numbered_site_nouns"])


def _numbered_site(span: Span) -> bool:
    """Whether a name is a site's noun, capitalised, and its number alone: "Tower 22", not "Tower 22 attack"."""
    words = [t for t in span if t.lower_ not in load_cues().articles]
    return (
        len(words) == 2 and words[0].is_title and words[0].lower_ in whole_numbered_site_nouns() and words[1].is_digit
    )


def is_credited_outlet(span: Span) -> bool:
    """Whether a name is an outlet a photo's credit names (``doc.spans["credit_outlets"]``)."""
    return any(s.start == span.start and s.end == span.end for s in span.doc.spans.get(CREDIT_OUTLETS, ()))


def _a_states_force(span: Span, gazetteer: Gazetteer) -> bool:
    """Whether a name opens with a known state's name or demonym and the words after it name that state's armed force
    (:func:`names_state_force`): "the Pakistan Army", not "the Sudan People's Liberation Army"."""
    state = gazetteer.lookup(span[0].text) if len(span) > 1 else None
    return state is not None and state.label == "Country" and names_state_force(span[1:].text)


def _ends_in_rank(span: Span) -> bool:
    """Whether a name ends in a shortened rank with its full stop ("Marine Corps Sgt.", ``rank_abbreviations``) or
    in a rank word the shortened rank follows ("Marine Corps Lance" of "Marine Corps Lance Cpl.")."""
    cues, last, doc = load_cues(), span[-1], span.doc
    after = doc[span.end] if span.end < len(doc) else last
    return any(
        token.is_title and token.text.endswith(".") and token.lower_.rstrip(".") in cues.rank_abbreviations
        for token in (last, after)
    ) and (after is last or last.lower_.rstrip(".") in cues.honorifics)


def _without_trailing_rank(span: Span) -> Span:
    """A body's name without the rank words it ends in, kept if nothing would be left.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Marine", "Corps", "Lance", "Cpl."])
    >>> _without_trailing_rank(doc[:]).text
    'Marine Corps'
    """
    honorifics, end = load_cues().honorifics, len(span)
    while end > 1 and span[end - 1].is_title and span[end - 1].lower_.rstrip(".") in honorifics:
        end -= 1
    return span[:end]


def _ranked_name(span: Span) -> bool:
    """Whether a name opens with a rank of two words ("Rear Admiral", "Major General", ``honorifics``) or a shortened
    rank with its full stop ("Pvt.", ``rank_abbreviations``) before two capitalised words or more: a person's,
    whatever the NER read ("General Intelligence Directorate" opens with one word of a rank only).

    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = English()("Rear Admiral Farba Sarr met the General Command.")
    >>> _ranked_name(doc[0:4]), _ranked_name(doc[6:8])
    (True, False)
    >>> _ranked_name(Doc(doc.vocab, words=["Pvt.", "Cy", "Dunmore"])[:])
    True
    """
    cues = load_cues()
    words = [t for t in span if not t.is_punct]
    shortened = bool(words) and words[0].text.endswith(".") and words[0].lower_[:-1] in cues.rank_abbreviations
    rank = 1 if shortened and words[0].is_title else 2
    rest = " ".join(t.text for t in words[rank:])
    return (
        len(words) >= rank + 2
        and all(t.lower_.rstrip(".") in cues.honorifics and t.text[0].isupper() for t in words[:rank])
        and all(t.text[0].isupper() and t.lower_.rstrip(".") not in cues.honorifics for t in words[rank:])
        and not names_an_organisation(rest, guess_kind(rest))
    )


@cache
def _ends_as_body(name: str) -> bool:
    """Whether a name of two words or more ends in a word of an organisation's kind, its head noun: "the Manipur
    Police", "the Lake Chad Basin Commission" (not "the Police Lines", whose head is a place's).

    >>> _ends_as_body("Lake Chad Basin Commission"), _ends_as_body("Peshawar Police Lines")
    (True, False)
    """
    words = name.split()
    return len(words) > 1 and guess_kind(words[-1]) != "other"


PLACE_TAIL = re.compile(r" (?:in|of|for) (?:the )?[A-Z]")  # "... Force in Lebanon", "... Party of the Philippines"


def _headed_as_body(name: str) -> bool:
    """Whether the words of a name before its place ("in", "of" or "for" and a capitalised name) end as a body's: the
    name is an organisation's that carries a place, not a place's ("the Democratic Republic of the Congo").

    >>> _headed_as_body("UN Interim Force in Lebanon"), _headed_as_body("Democratic Republic of the Congo")
    (True, False)
    """
    tail = PLACE_TAIL.search(name)
    head = name[: tail.start()] if tail is not None else ""
    return bool(head) and (_ends_as_body(head) or ends_in_body_head(head) or ends_as_unit(head))


@cache
def _model_nouns() -> frozenset[str]:
    """Nouns (lemmas) of machines of war named by a model ("bomber", "drone"; ``seeds/relations.yaml``)."""
    return frozenset(load_seed_yaml("relations.yaml")["model_nouns"])


def _names_a_model(span: Span) -> bool:
    """Whether a name is a model's designator (letters and a number) before a lowercase noun of a machine of war:
    "B-1" of "long-range B-1 bombers", not "M23" of "M23 fighters"; or a word and a number joined by a hyphen that
    the page writes, alone or plural, as a machine's model somewhere ("a Kh-101 air-launched cruise missile ...
    more Kh-101s") or whose word names a weapon ("Shahed-136").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("A Kh-101 air-launched cruise missile hit the hospital. Russia fired more Kh-101s.")
    >>> _names_a_model(doc[1:2]), _names_a_model(doc[14:15])
    (True, True)
    """
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if DESIGNATOR.fullmatch(span.text) is not None and after is not None and _is_model_noun(after):
        return True
    if HYPHENED_DESIGNATOR.fullmatch(span.text) is None:
        return False
    base = span.text.removesuffix("s")
    if base.split("-")[0].lower() in not_actors():
        return True  # "Shahed-136": a weapon's name (``not_actors``) and its number
    return any(t.text in {base, f"{base}s"} and _models_a_machine(t) for t in span.doc)


def _is_model_noun(token: Token) -> bool:
    return token.is_lower and token.lemma_.lower() in _model_nouns()


def _models_a_machine(token: Token) -> bool:
    """Whether a word qualifies a lowercase noun of a machine of war after it, next to it or a few words on ("Kh-101
    air-launched cruise missile")."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    head = token.head
    return (after is not None and _is_model_noun(after)) or (
        token.dep_ in {"compound", "amod", "nmod"}
        and token.i < head.i <= token.i + MODEL_REACH
        and _is_model_noun(head)
    )


MAX_TITLE_WORDS = 4  # "Minister of State for", "Deputy Minister of Defence for"


def _titles_portfolio(span: Span) -> bool:
    """Whether a person's or a body's name the NER read is the portfolio of a title before it: after "for" and
    capitalised words one of which is a role only people hold ("Minister of State for Regional Integration", "for
    Border Affairs")."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "for":
        return False
    for token in reversed(doc[max(span.sent.start, span.start - 1 - MAX_TITLE_WORDS) : span.start - 1]):
        if not (token.is_title or token.lower_ in {"of", "the"}):
            return False
        if token.is_title and load_cues().is_person_role(token.lower_):
            return True
    return False


def _title_body_first(span: Span) -> bool:
    """Whether a person's name the NER read opens with the body or the portfolio of a title before it ("Police" of
    "Superintendent of Police I.K. Elesela", "State" of "Secretary of State Jane Roe", "Treasury" of "Secretary of
    the Treasury John Doe"): one word of a body's kind or of a portfolio (``title_portfolios``, ``portfolio_words``)
    after "of" or "of the", then a name of two words or more."""
    first = span[0] if len(span) >= 3 else None
    if first is None or first.i < 1 or not all(t.is_title or t.is_upper for t in span[1:]):
        return False
    before = span.doc[first.i - 1]
    if before.lower_ == "the" and first.i > 1:
        before = span.doc[first.i - 2]
    portfolios = load_cues().portfolio_words | title_portfolios()
    return before.lower_ == "of" and (guess_kind(first.text) != "other" or first.lower_ in portfolios)


@cache
def title_portfolios() -> frozenset[str]:
    """Portfolios a title names after "of" that are no ministry's word of their own ("Secretary of State")."""
    return frozenset(load_seed_yaml("relations.yaml")["title_portfolios"])


def _outlet_glued(span: Span, furniture: str, gazetteer: Gazetteer) -> Mention | None:
    """The known outlet a headline ran into ("HouthisReuters" is Reuters), else no name."""
    outlet = gazetteer.lookup(furniture)
    if outlet is None:
        return None
    last = span[-1]
    return Mention(
        last.i,
        last.i + 1,
        span.end_char - len(furniture),
        span.end_char,
        furniture,
        outlet.label,
        outlet.name,
        outlet.kind,
        outlet.id,
    )


def _described_as_person(token: Token) -> bool:
    """Whether a name stands in apposition with a role only people hold ("X, senior researcher at Y")."""
    cues = load_cues()
    return any(c.dep_ == "appos" and cues.is_person_role(c.lemma_.lower()) for c in token.children)


@cache
def state_itself_words() -> frozenset[str]:
    """Words that with a state's name and nothing else name the state: "government" (``seeds/relations.yaml``)."""
    return frozenset(load_seed_yaml("relations.yaml")["state_itself_words"])


@cache
def state_itself_styles() -> frozenset[str]:
    """Words of a state's style before "government" that still name the state: "the Federal Government of Somalia"
    (``seeds/relations.yaml``)."""
    return frozenset(load_seed_yaml("relations.yaml")["state_itself_styles"])


def state_itself(span: Span, gazetteer: Gazetteer) -> Actor | None:
    """The state a name is when it is a state's name and a word of the state itself ("the Government of South
    Sudan", "the U.S. Government", "the Royal Government of Cambodia"), else None.

    >>> from graph.gazetteer import load_gazetteer
    >>> from spacy.lang.en import English
    >>> state_itself(English()("Federal Government of Somalia")[:], load_gazetteer()).name
    'Somalia'
    """
    words = state_itself_words()
    if len(span) > 3 and span[0].lower_ in state_itself_styles():
        span = span[1:]  # "the Federal Government of Somalia" is "the Government of Somalia"
    rest = None
    if len(span) > 2 and span[0].lower_ in words and span[1].lower_ == "of":
        rest = span[2:]
    elif len(span) > 1 and span[-1].lower_ in words:
        rest = span[:-1]
    state = gazetteer.lookup(clean_surface(rest.text)) if rest is not None else None
    return state if state is not None and state.label == "Country" else None


@cache
def facility_nouns() -> frozenset[str]:
    """Nouns that end the name of a building or a place on a road ("hotel", "church"; ``seeds/relations.yaml``)."""
    return frozenset(load_seed_yaml("relations.yaml")["facility_nouns"])


def _names_a_place(span: Span) -> bool:
    """Whether a name with no word of an organisation ends in the noun of a building or a road (and the building's
    number: "Air Base 101"), or has one before its first "of" ("the Church of the Holy Cross")."""
    of = next((t.i for t in span[1:] if t.lower_ == "of"), None)
    last = span[-2] if len(span) > 2 and span[-1].like_num else span[-1]
    return last.lower_ in facility_nouns() or (of is not None and span.doc[of - 1].lower_ in facility_nouns())


@cache
def building_nouns() -> frozenset[str]:
    """Nouns of a building whose name the NER often misses before them (``seeds/relations.yaml``)."""
    return frozenset(load_seed_yaml("relations.yaml")["named_building_nouns"])


@cache
def site_heads() -> tuple[tuple[str, ...], ...]:
    """Heads of a site's name, of one word or two, that outweigh a body's words before them ("airport", "police
    lines"; ``seeds/relations.yaml``'s ``site_heads``)."""
    return tuple(tuple(head.split()) for head in load_seed_yaml("relations.yaml")["site_heads"])


def _ends_in_a_site_head(span: Span) -> bool:
    """Whether a name of two words or more ends in the head of a site's name: "Kandara International Airport", "the
    Police Lines", "Obudu Medium Security Custodial Centre" (not "Human Rights Centre", nor "Airport" alone)."""
    words = tuple(t.lower_ for t in span)
    return len(words) > 1 and any(words[-len(head) :] == head for head in site_heads())


@cache
def site_nouns() -> frozenset[str]:
    """Nouns of a site that no surname is ("fort", "barracks"; ``seeds/relations.yaml``'s ``site_nouns``)."""
    return frozenset(load_seed_yaml("relations.yaml")["site_nouns"])


def _ends_in_a_site(span: Span) -> bool:
    """Whether a name of two words or more the NER read as a person's ends in the capitalised noun of a site that no
    surname is: "to Kangla Fort", "Khalifa Gul Nawaz Hospital", "the Obala Arena bombing" (not "Stuart Hall": "hall"
    is no such noun)."""
    return len(span) > 1 and span[-1].text[:1].isupper() and span[-1].lower_ in site_nouns()


def _ends_in_a_lowercase_site(span: Span) -> bool:
    """Whether a name the NER read as a person's ends in a lowercase noun of a building or a site ("Jaw prison",
    ``facility_nouns``): no person's name ends in a word written in lower case."""
    return len(span) > 1 and span[-1].is_lower and span[-1].lower_ in facility_nouns()


@cache
def people_nouns() -> frozenset[str]:
    """Lowercase nouns of a people, its land or its fighters (``seeds/relations.yaml``'s ``people_nouns``)."""
    return frozenset(load_seed_yaml("relations.yaml")["people_nouns"])


def _names_a_people(span: Span) -> bool:
    """Whether a lone word the NER read as a person's is set right before a lowercase noun of a people, its land or
    its fighters: "the Meitei majority", "the mainly Igbo south-east" name a people, not a person."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return len(span) == 1 and after is not None and after.is_lower and after.lower_ in people_nouns()


def _after_place_preposition(token: Token) -> bool:
    return token.dep_ == "pobj" and token.head.lower_ in load_cues().place_preps


ACTING = {"nsubj", "nsubjpass", "dobj", "dative", "poss", "npadvmod", "appos", "conj"}  # "gave Kigali $20m"


def acts(span: Span) -> bool:
    """Whether a place name is used as an actor ("Tehran denied", "Washington-backed"), not as a place."""
    root = span.root
    if is_dateline(span) or (root.dep_ == "appos" and root.head.ent_type_ in {"Location", "GPE", "LOC", "FAC"}):
        return False  # "KABUL, Afghanistan (AP) --", "in Menteng, Jakarta, Indonesia", "at PDVSA La Estancia,
        # Caracas": the city as a place
    if root.dep_ == "appos" and root.head.lemma_.lower() in load_cues().place_nouns:
        return False  # "attacks on its capital, Beirut": the city named as a place
    if root.dep_ == "conj":
        root = root.head
    if root.dep_ == "dobj" and (_attack_verb(root.head) or ends_journey(root) or _holding_verb(root.head)):
        return False  # "the rebels attacked Bangui": the city hit; "visited Kigali": gone to; "controlled Bangui": held
    if root.dep_ == "pobj":
        return root.head.lower_ in load_cues().acting_preps or _seat_of_backers(root) or _side_named(root)
    if root.dep_ == "poss":  # "Tehran's proxies" acts; "Baghdad's Mashtal district", "Kigali's Tarnova mall" are places
        return root.head.lemma_.lower() not in load_cues().place_nouns | building_nouns()
    return root.dep_ in ACTING and not (root.dep_ == "npadvmod" and root.head.lower_ == "based")


@cache
def moving_words() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs of moving and their prepositions to or from a place (``moving_verbs``, ``moving_preps``)."""
    data = load_seed_yaml("relations.yaml")
    return frozenset(data["moving_verbs"]), frozenset(data["moving_preps"])


@cache
def _journeys() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs of a journey and the prepositions of its end (``journey_verbs``, ``journey_preps``)."""
    data = load_seed_yaml("relations.yaml")
    return frozenset(data["journey_verbs"]), frozenset(data["journey_preps"])


def ends_journey(token: Token) -> bool:
    """Whether a place's name is where a journey ends: "visited Kigali", "arrived in Ankara", "flew to Yaounde"."""
    verbs, preps = _journeys()
    if token.dep_ == "pobj" and token.head.lower_ in preps:
        token = token.head
    elif token.dep_ != "dobj":
        return False
    return token.head.pos_ == "VERB" and token.head.lemma_.lower() in verbs


def state_written_after(span: Span, state: str, gazetteer: Gazetteer) -> bool:
    """Whether a capital is written as in an address, its state after a comma ("Tehran, Iran", "KINGSTON HOLDING,
    Paris, France"): the city, whatever its place in the parse."""
    doc = span.doc
    first = span.end + 1
    if first >= len(doc) or doc[span.end].text != "," or doc[first].ent_iob_ != "B":
        return False
    end = first + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    named = gazetteer.lookup(doc[first:end].text)
    return named is not None and named.name == state


@cache
def _holding_verbs() -> frozenset[str]:
    """The verbs (lemmas) of holding ground (``organisation_places.control_verbs``), whose object is a place."""
    return frozenset(load_seed_yaml("relations.yaml")["organisation_places"]["control_verbs"])


def _holding_verb(verb: Token) -> bool:
    """Whether a verb is one of holding ground: "the courts that controlled Mogadishu" held the city."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _holding_verbs()


def _attack_verb(verb: Token) -> bool:
    """Whether a verb is one of ATTACKED (``relations.yaml`` verbs), whose object is what was hit."""
    return verb.pos_ == "VERB" and any(c.type == "ATTACKED" for c in load_cues().verbs.get(verb.lemma_.lower(), ()))


@cache
def _backer_seats() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns of backers and allies (``backing_phrases.backer_nouns``, ``hostility.ally_nouns``) and the
    prepositions that name their seat (``backing_phrases.backer_place_preps``)."""
    data = load_seed_yaml("relations.yaml")
    nouns = frozenset(data["backing_phrases"]["backer_nouns"]) | frozenset(data["hostility"]["ally_nouns"])
    return nouns, frozenset(data["backing_phrases"]["backer_place_preps"])


@cache
def _side_nouns() -> frozenset[str]:
    """The nouns (lemmas) of an ally or a foe whose "of" names the other side (``hostility.ally_nouns`` and
    ``hostility.foe_nouns``)."""
    block = load_seed_yaml("relations.yaml")["hostility"]
    return frozenset(block["ally_nouns"]) | frozenset(block["foe_nouns"])


def _side_named(token: Token) -> bool:
    """Whether a place is named as the side someone is an ally or a foe of: "an ally of Kinshasa", "a rival of
    Riyadh" (the state; not "the ally in Kinshasa", nor "the capital of Kinshasa province")."""
    prep = token.head
    return prep.lower_ == "of" and prep.head.lemma_.lower() in _side_nouns()


def _seat_of_backers(token: Token) -> bool:
    """Whether a place is named as the seat of someone's backers or allies: "its backers in Moscow", "allies in
    Beijing" (the state, as in ``loaders/backing_phrases.py``)."""
    nouns, preps = _backer_seats()
    prep = token.head
    return prep.lower_ in preps and prep.head.lemma_.lower() in nouns


def is_dateline(span: Span) -> bool:
    """Whether a name in capitals opens a line: the dateline's city ("PRISTINA, Kosovo --")."""
    before = span.doc[span.start - 1] if span.start else None
    opens = before is None or before.is_space or "\n" in before.whitespace_
    return opens and span.text.isupper() and len(span.text) > 3


def _word_amid_capitals(m: Mention, doc: Doc) -> bool:
    """Whether a one-word mention is a common word ("IS", "US", "WHO") written in capitals beside another common
    word in capitals: "THE ATTACK IS THE WORST" is a line in capitals, not the Islamic State named in it ("US
    CENTCOM said" names the United States, and so does "A US strike": one capital letter is no word in capitals)."""
    if m.end - m.start != 1 or not doc[m.start].is_stop:
        return False
    beside = (doc[i] for i in (m.start - 1, m.end) if 0 <= i < len(doc))
    return any(len(t) > 1 and t.is_alpha and t.is_upper and t.is_stop for t in beside)


def find_mentions(doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    """Every actor mention in the document, in text order (the names the NER ran together apart, no ship's name)."""
    spans = (part for ent in entities_of(doc) if not names_a_vessel(ent) for part in name_parts(ent))
    # "Home | News | Press Statements": a breadcrumb names no actor the gazetteer does not know, nor a known region it
    # files the page under ("POLICY BRIEF | Middle East Programme")
    menu = menu_tokens(doc)
    heading = heading_tokens(doc)  # "WHO IS BEHIND IT": a heading in capitals names no actor, not even "WHO"
    mentions = (mention_from_span(span, gazetteer) for span in spans)
    headline = _headline_only(doc)  # "Council Renews Arms Embargo": a title-case headline's phrase, not a name
    found = [
        m
        for m in mentions
        if m is not None
        and ((m.actor_id and m.label != "Location") or m.start not in menu or masthead(doc[m.start : m.end]))
        and m.start not in heading
        and not _word_amid_capitals(m, doc)
        and not (m.actor_id is None and m.label != "Person" and headline(m) and not masthead(doc[m.start : m.end]))
    ]
    unknown = {m.name for m in found if m.label == "Person" and not m.actor_id}
    peoples = peoples_names(doc, unknown, [(m.start, m.end) for m in found])  # "Meitei groups", "the Kuki"
    return [m for m in found if m.actor_id or m.name not in peoples]  # whatever else the NER read it for there


def _headline_only(doc: Doc) -> Callable[[Mention], bool]:
    """Whether a name is read in a line written in title case (a headline, a heading, a "Related:" link: "Council
    Renews Arms Embargo") and nowhere in the text outside that line: a phrase the capitals made look like a name (a
    body's or a place's; a person's name is a byline's), written elsewhere, if at all, only in lower case ("as a
    transnational criminal organization")."""
    lines = title_case_lines(doc)
    if not lines:
        return lambda _: False
    text = text_of(doc)
    outside = {line.start: text[: line.start_char] + "\n" + text[line.end_char :] for line in lines}

    def only_there(m: Mention) -> bool:
        line = next((line for line in lines if line.start <= m.start < line.end), None)
        return line is not None and m.text not in outside[line.start]

    return only_there


def _known_otherwise(name: Mention, acronym: Mention | None, letters: str) -> bool:
    """Whether the acronym after a name is another actor's: "BOGOTA, Colombia (AP)" is the outlet's, and so is
    "KIGALI, Rwanda (UPI)" (a place's acronym starts with its initial: "Central African Republic (CAR)"); an
    unknown name's known acronym stays the known actor ("the Khorasan branch (ISKP)")."""
    if name.label in {"Country", "Location"} and letters[0] != name.name[0]:
        return True
    if acronym is None or acronym.actor_id == name.actor_id:
        return False
    return name.actor_id is None or acronym.label != name.label


def _spells_out(name: Mention, acronym: Mention | None) -> bool:
    """Whether an unknown body's name is spelled out before a known body's acronym: "Ukraine's Main Intelligence
    Directorate (HUR)" names the HUR."""
    return (
        acronym is not None
        and name.actor_id is None
        and name.label == "Organization"
        and acronym.label == "Organization"
        and not name.refers_back
    )


def _as_actor(m: Mention, known: Mention) -> Mention:
    """A mention made the known actor's, its words kept."""
    return replace(m, label=known.label, name=known.name, kind=known.kind, actor_id=known.actor_id)


MAX_BRACKETED_ACRONYM = 10  # letters of a longer acronym set in brackets after a name: "US Africa Command (AFRICOM)"


def bracketed_acronym(text: str) -> bool:
    """Whether a word set in brackets right after a name is its acronym: a short form (``is_acronym``) or a longer
    word all in capitals ("AFRICOM", "MINURSO"), which the brackets mark as the name's other form.

    >>> bracketed_acronym("AFRICOM"), bracketed_acronym("KDF"), bracketed_acronym("Reuters")
    (True, True, False)
    """
    letters = text.replace("-", "")
    return is_acronym(text) or (letters.isalpha() and letters.isupper() and len(letters) <= MAX_BRACKETED_ACRONYM)


MAX_BRACKETED_PARTS = 3  # the tokens of a hyphenated word in brackets: "CSP", "-", "DPA"


def bracketed_word(doc: Doc, i: int) -> Span | None:
    """The one word set in brackets opening at token ``i``, its hyphenated parts joined ("(CSP-DPA)", which the
    tokenizer splits at the hyphen), or None where no bracket opens there or it holds more than one word.

    >>> from spacy.vocab import Vocab
    >>> spaces = [True, False, False, False, False, False]
    >>> doc = Doc(Vocab(), words=["Front", "(", "CSP", "-", "DPA", ")"], spaces=spaces)
    >>> bracketed_word(doc, 1).text, bracketed_word(doc, 0)
    ('CSP-DPA', None)
    """
    if i >= len(doc) or doc[i].text != "(":
        return None
    end = next((j for j in range(i + 2, min(i + 2 + MAX_BRACKETED_PARTS, len(doc))) if doc[j].text == ")"), None)
    if end is None or any(t.whitespace_ for t in doc[i + 1 : end - 1]):
        return None
    return doc[i + 1 : end]


def bind_acronyms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """An acronym spelled out in the text ("the Mahdi Army (JAM)") stands for that actor wherever it appears.

    The acronym's mentions are bound to the spelled-out actor, and its occurrences the NER missed are added; an
    unknown body's name spelled out before a known acronym is that known body.
    """
    defined: dict[str, Mention] = {}
    known_at = {m.start: m for m in mentions if m.actor_id}
    spelled: dict[int, Mention] = {}  # unknown bodies' names spelling out a known body's acronym, by their start
    for m in mentions:
        i = m.end
        word = bracketed_word(doc, i)
        if word is None or not bracketed_acronym(word.text):
            continue
        known = known_at.get(i + 1)
        known = known if known is not None and known.end == word.end else None  # not "ISIS" of "(ISIS-K)"
        if not _known_otherwise(m, known, word.text):
            defined.setdefault(word.text, m)
        elif _spells_out(m, known):
            spelled[m.start] = known
    mentions = [_as_actor(m, spelled[m.start]) if m.start in spelled else m for m in mentions]
    if not defined:
        return mentions
    covered = {i for m in mentions for i in range(m.start, m.end)}
    bound = []
    for m in mentions:
        full = defined.get(m.text)
        bound.append(
            m if full is None else replace(m, label=full.label, name=full.name, kind=full.kind, actor_id=full.actor_id)
        )
    for i, text in enumerate(token_strings(doc)):  # the words read as strings: a token made only where one is bound
        full = defined.get(text)
        if full is not None and i not in covered:
            token = doc[i]
            bound.append(
                Mention(
                    token.i,
                    token.i + 1,
                    token.idx,
                    token.idx + len(token),
                    token.text,
                    full.label,
                    full.name,
                    full.kind,
                    full.actor_id,
                )
            )
    return sorted(bound, key=lambda m: m.start)

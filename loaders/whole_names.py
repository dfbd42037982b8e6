"""Whole names the NER cuts or splits, found by a look at a name's neighbours (``seeds/relations.yaml``,
``whole_names``).

- A company's name ends in its legal form: "Tarsa Marine Supply Co Ltd" is one organisation, whatever the NER made of
  "Tarsa Marine" (a person's name, often).
- A bank's or a company's name may hold "and": "Kivu Savings and Mortgage Bank" is one name when the NER cut it at
  "and" and left the rest unnamed.
- A place's name hyphenated around a lowercase word is one place: "Rostov-on-Don", "Stratford-upon-Avon".
- A group's Urdu or Persian name with its ezafe is one organisation: "Jaish-e-Nasr-e-Islam", "Jamiat
  Ulema-e-Pakistan", not the country Pakistan, and so is the name with a state's name after it ("Tehreek-e-Jihad
  Pakistan").
- A nickname in quotes inside a person's name ('Joaquin "El Alto" Meza') leaves the name whole, though the NER often
  finds no name there at all.
- A group's Arabic name joined by "wal-" ("and the") is one organisation: "Jama'at Nusrat al-Islam wal-Muslimin",
  "Jama'atu Ahlis Sunna lidda'Awati wal-Jihad", however the NER cut its words (a number, a person, a body).
- A personal name in the Arabic manner, a chain of given names before the family name ("Kadhim Muzhir Jabbar
  al-Fartusi"), is one person, though the NER reads two people or a body and a person in it.
- A family name after a particle is the person's, though a known actor has it: "Hassan Badreddin al-Houthi" is a
  person, not the Houthis.
- A name the NER read as a person's or a body's, written before a building's or a site's lowercase noun, is that
  place's name with its noun: "the Westgate shopping mall", "the Cobasna depot" (``named_site_nouns``).
- A body's one-word head the NER read apart from the "of" name after it is the whole name: "the Community of
  Sant'Egidio", "the Secretariat of the Council" (``of_name_heads``), not a body called "Community".
- A person's given name may be a known place's: "Aden Hashi Ayro" is one person, though the list knows Aden.
- Two persons' names the NER read one right after the other, with nothing but a space between, are one person's
  long name: "Carlos Amílcar Marroquín Chica" (given names, then two family names) is not two people.

>>> import spacy
>>> doc = spacy.blank("en")("Ships left Kamensk-on-Sea for Tarsa Marine Supply Co Ltd docks.")
>>> text = doc.text
>>> [(s.text, s.label_) for s in hyphen_places(doc, text)]
[('Kamensk-on-Sea', 'GPE')]
>>> [(s.text, s.label_) for s in legal_names(doc, text)]
[('Tarsa Marine Supply Co Ltd', 'ORG')]
>>> doc = spacy.blank("en")('Police held Joaquin "El Alto" Meza and the "Red" Brigade.')
>>> [(s.text, s.label_) for s in nicknamed_people(doc, doc.text)]
[('Joaquin "El Alto" Meza', 'PERSON')]
>>> doc = spacy.blank("en")("Guards at the Kovari shopping mall fled .")
>>> named_place = with_facility_noun(Span(doc, 3, 4, label="PERSON"), set())
>>> named_place.text, named_place.label_
('Kovari shopping mall', 'FAC')
"""

from __future__ import annotations

import re
from functools import cache

from spacy.attrs import LOWER
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from graph.gazetteer import load_gazetteer
from graph.seeds import load_seed_yaml
from loaders.cues import load_cues
from loaders.doc_words import token_strings
from loaders.mentions import guess_kind, not_actors, numbered_heads, site_heads
from loaders.mentions import site_nouns as surname_free_site_nouns
from loaders.page_labels import of_name_heads
from loaders.person_names import name_particles
from loaders.token_rules import tokens_with

MAX_NAME_WORDS = 8  # words of a company's name before its legal form
MAX_TOPIC_WORDS = 3  # capitalised words of a topic after "and" in a body's name
MAX_TRADE_WORDS = 3  # capitalised words of a company's trade after "for" or "and": "Company for Multi Activities"
MAX_JOINED_WORDS = 5  # words of an Arabic name before its "wal-" word
MAX_GIVEN_NAMES = 3  # given names before the part of a personal name the NER found
APOSTROPHES = frozenset({"'", "‘", "’", "`"})
NAME_LABELS = frozenset({"", "PERSON", "ORG"})  # what the NER may have made of a given name


@cache
def _lists() -> dict[str, frozenset[str]]:
    """The ``whole_names`` block, each list as a set, loaded once per process."""
    return {key: frozenset(words) for key, words in load_seed_yaml("relations.yaml")["whole_names"].items()}


@cache
def unit_nouns() -> frozenset[str]:
    """Nouns that name a body within an organisation ("Council", "Brigade", ``seeds/relations.yaml``): "X Military
    Council" is not another name of X, and after "and" such a word begins another body's name."""
    return frozenset(load_seed_yaml("relations.yaml")["unit_nouns"])


@cache
def _legal_suffix() -> re.Pattern[str]:
    """A legal form as written, not inside a longer word."""
    forms = sorted((re.escape(s) for s in _lists()["legal_suffixes"]), key=len, reverse=True)
    return re.compile(rf"(?<![\w.])(?:{'|'.join(forms)})(?![\w])")


def ends_in_legal_form(name: str) -> bool:
    """Whether a name ends in a company's legal form (``legal_suffixes``).

    >>> ends_in_legal_form("Noor Al Hilal General Trading L.L.C"), ends_in_legal_form("Orinoco Data Systems C.A.")
    (True, True)
    >>> ends_in_legal_form("Incheon"), ends_in_legal_form("Ltd Road Market")
    (False, False)
    """
    return any(match.end() == len(name) for match in _legal_suffix().finditer(name))


@cache
def _hyphen_particles() -> str:
    return "|".join(sorted(_lists()["place_hyphen_particles"]))


@cache
def _hyphen_particle() -> re.Pattern[str]:
    """A particle between hyphens ("-on-"): found fast, before the search for whole names."""
    return re.compile(rf"-(?:{_hyphen_particles()})-[A-Z]")


@cache
def _ezafe_name() -> re.Pattern[str]:
    ezafe = "|".join(sorted(_lists()["ezafe_particles"]))
    return re.compile(rf"\b(?:[A-Z][\w']+ )?[A-Z][\w']+(?:-(?:{ezafe})-[A-Z][\w']+)+\b")


def ezafe_names(doc: Doc, text: str) -> list[Span]:
    """Groups named in Urdu or Persian with the ezafe ("Lashkar-e-Jhangvi", "Jamiat Ulema-e-Islam"), a search of the
    text (the ezafe between hyphens found first)."""
    found: list[Span] = []
    if not any(f"-{particle}-" in text for particle in _lists()["ezafe_particles"]):
        return found
    for match in _ezafe_name().finditer(text):
        span = doc.char_span(match.start(), match.end(), label="ORG")
        if span is not None:
            span = Span(doc, span.start, _with_state(doc, span.end), label="ORG")
            found.append(span if span[0].lower_ not in load_cues().articles else span[1:])
    return found


@cache
def _joined_arabic_name() -> re.Pattern[str]:
    """Up to five words of a name ("Jama'atu", "al-Islam", "Al-Islam", "lidda'Awati"; none ending in "'s") then a
    joining particle and a capitalised word ("wal-Jihad")."""
    joins = "|".join(sorted(_lists()["arabic_joins"]))
    word = r"(?:[A-Z]|[a-z]+['’-][A-Z])[\w'’]*(?:-[A-Z][\w'’]*)*(?<!['’]s)"
    return re.compile(rf"(?<![\w'’-])(?:{word} ){{1,{MAX_JOINED_WORDS}}}(?i:{joins})-[A-Z][\w'’]*")


def joined_arabic_names(doc: Doc, text: str) -> list[Span]:
    """Groups named in Arabic with words joined by "wal-" ("Jama'at Nusrat al-Islam wal-Muslimin"), a search of the
    text (the joining particle found first); a leading article left off.

    >>> import spacy
    >>> doc = spacy.blank("en")("The Jama'atu Ahlis Sunna lidda'Awati wal-Jihad split.")
    >>> [(s.text, s.label_) for s in joined_arabic_names(doc, doc.text)]
    [("Jama'atu Ahlis Sunna lidda'Awati wal-Jihad", 'ORG')]
    """
    found: list[Span] = []
    lowered = text.lower()
    if not any(f" {join}-" in lowered for join in _lists()["arabic_joins"]):
        return found
    for match in _joined_arabic_name().finditer(text):
        span = doc.char_span(match.start(), match.end())
        if span is None:
            continue
        start = span.start + (span[0].lower_ in load_cues().articles)
        if span.end - start > 1:
            found.append(Span(doc, start, span.end, label="ORG"))
    return found


def _with_state(doc: Doc, end: int) -> int:
    """The end of a group's name with the state's name written right after it, not as its owner ("Tehreek-e-Jihad
    Pakistan", not "Tehreek-e-Jihad Pakistan's"): ``end`` + 1, else ``end``."""
    if end >= len(doc) or not doc[end].is_title or not doc[end - 1].whitespace_:
        return end
    state = load_gazetteer().lookup(doc[end].text)
    owner = end + 1 < len(doc) and doc[end + 1].lower_ in {"'s", "’s"}
    return end + 1 if state is not None and state.label == "Country" and not owner else end


MAX_PARTICLE_RUN = 4  # capitalised words on either side of a Spanish or Portuguese particle
PERSON_LABELS = frozenset({"PERSON", "Person"})
ROMANCE_LABELS = {"GPE": "GPE", "LOC": "GPE", "FAC": "GPE", "Location": "GPE", "Country": "GPE"}


def _capitalised(token: Token) -> bool:
    """Whether a token can be a word of a name: a capitalised word on the line of the one before."""
    on_line = not token.i or "\n" not in token.doc[token.i - 1].whitespace_
    return token.text[:1].isupper() and token.text[:1].isalpha() and on_line


def _particles_end(doc: Doc, start: int) -> int:
    """The end of the particles and capitalised words of a Spanish or Portuguese name from a particle at ``start``
    ("de la Sierra Nevada", "de los Bloques y Frentes"), or ``start`` if no capitalised word follows a particle."""
    particles, joins = _lists()["romance_particles"], _lists()["romance_joins"]
    end = i = start
    while i < len(doc) and (doc[i].lower_ in particles or (end > start and doc[i].lower_ in joins)):
        if not doc[i].is_lower:
            break
        while i < len(doc) and doc[i].is_lower and doc[i].lower_ in particles | joins:
            i += 1
        words = i
        while i < len(doc) and i - words < MAX_PARTICLE_RUN and not doc[i].is_sent_start and _capitalised(doc[i]):
            i += 1
        if i == words:
            break
        end = i
    return end


def particle_names(doc: Doc, known: list[Span]) -> list[Span]:
    """Names with a Spanish or Portuguese particle inside ("Valle del Cauca", "Família do Norte", "the Autodefensas
    Unidas de Colombia"), which the NER cuts, splits or loses to a known place inside: the capitalised words before
    the particle and after it, one place's name when the NER or the list of known actors read its first word as a
    place's, else one organisation's; a person's when the NER read a person's name at its start and no other name in
    it ("Rodrigo Alves" and "Cunha" of "Rodrigo Alves da Cunha"), none when it read another name too. Only where the
    NER or the list read some word of it as a name (``known``: the rulers' actors).

    >>> import spacy
    >>> doc = spacy.blank("en")("Fighting spread to Valle del Cauca and the Estado Mayor de los Bloques y Frentes.")
    >>> doc.ents = [Span(doc, 3, 4, label="GPE"), Span(doc, 8, 9, label="ORG")]
    >>> [(s.text, s.label_) for s in particle_names(doc, [])]
    [('Valle del Cauca', 'GPE'), ('Estado Mayor de los Bloques y Frentes', 'ORG')]
    >>> doc.ents = [Span(doc, 3, 4, label="PERSON"), Span(doc, 5, 6, label="GPE")]
    >>> [(s.text, s.label_) for s in particle_names(doc, [])]
    []
    """
    found: list[Span] = []
    particles = tokens_with(doc, _lists()["romance_particles"])  # read from the document's array of words
    if not particles:
        return found
    labels = {i: e.label_ for e in doc.ents for i in range(e.start, e.end)}
    labels.update({i: k.label_ for k in known for i in range(k.start, k.end)})
    skip = not_actors() | load_cues().honorifics | load_cues().articles
    end = 0
    for token in particles:
        if token.i < end or not token.is_lower or not token.i:
            continue
        start = token.i
        while not doc[start].is_sent_start and token.i - start < MAX_PARTICLE_RUN and _capitalised(doc[start - 1]):
            start -= 1
        while start < token.i and (doc[start].lower_ in skip or (doc[start].is_sent_start and doc[start].is_stop)):
            start += 1
        end = _particles_end(doc, token.i)
        read = {labels.get(i, "") for i in range(start, end)} - {"", "DATE", "CARDINAL"}
        if start == token.i or end == token.i or not read:
            continue
        if labels.get(start) in PERSON_LABELS:
            if read <= PERSON_LABELS:  # "Rodrigo Alves" and "Cunha" of "Rodrigo Alves da Cunha": one person
                found.append(Span(doc, start, end, label="PERSON"))
            continue
        found.append(Span(doc, start, end, label=ROMANCE_LABELS.get(labels.get(start, ""), "ORG")))
    return found


@cache
def _hyphen_place() -> re.Pattern[str]:
    return re.compile(rf"\b[A-Z][\w']+(?:-(?:{_hyphen_particles()})-[A-Z][\w']+)+\b")


NAMES = r"[A-Z][\w'-]+(?: [A-Z][\w'-]+)?"  # one or two capitalised words
QUOTED_NAME = r"[\"“][A-Z][^\"”\n]{0,30}[\"”] [A-Z]"  # found fast, before the search for whole names
NICKNAMED = re.compile(rf"\b{NAMES} [\"“][A-Z][^\"”\n]{{0,30}}[\"”] {NAMES}\b")


def nicknamed_people(doc: Doc, text: str) -> list[Span]:
    """People named with a nickname in quotes between their names ('Joaquin "El Alto" Meza'), a search of the text;
    none that opens with a word of no name ("the", a rank or role: the rank is left out later)."""
    found: list[Span] = []
    if re.search(QUOTED_NAME, text) is None:
        return found
    for match in NICKNAMED.finditer(text):
        span = doc.char_span(match.start(), match.end(), label="PERSON")
        if span is not None and span[0].lower_ not in not_actors() | load_cues().articles:
            found.append(span)
    return found


INITIALLED = re.compile(r"(?<![\w.])(?:[A-Z]\. ?){1,3}[A-Z][a-z][\w'-]*(?: [A-Z][a-z][\w'-]*)?")


def initialled_people(doc: Doc, text: str, known: list[Span]) -> list[Span]:
    """People named by initials before a family name ("P. Sundarraj", "S. P. Rao", "I.K. Elesela"), a search of the
    text, which the NER often leaves unnamed: none over a known actor's name ("U.S. Treasury") or a person's the NER
    read ("Brian E. Nelson"), none whose words after the initials open a sentence or are no
    name ("Plan B. The army") or a body's ("J. Walter Company")."""
    found: list[Span] = []
    matches = list(INITIALLED.finditer(text))
    if not matches:
        return found  # the document's entities are not read (a span made for each) where no name has initials
    ruled = {i for k in known for i in range(k.start, k.end)}
    ruled |= {i for e in doc.ents if e.label_ == "PERSON" for i in range(e.start, e.end)}  # "Brian E. Nelson"
    skip = not_actors() | load_cues().articles | load_cues().honorifics
    for match in matches:
        span = doc.char_span(match.start(), match.end(), label="PERSON")
        if span is None or ruled.intersection(range(span.start, span.end)):
            continue
        words = [t for t in span if not t.text.endswith(".")]
        if not words or words[0].is_sent_start or any(t.lower_ in skip for t in words):
            continue
        if guess_kind(span.text) == "other":
            found.append(span)
    return found


HYPHENED_NAME = r"[A-Z][\w'’]*(?:[-–][A-Z][\w'’]*)+(?: [A-Z][\w'’]*)?"  # "Lamu-Garissa", "Enugu-Port Harcourt"


@cache
def _hyphened_road() -> re.Pattern[str]:
    nouns = "|".join(sorted(_lists()["road_nouns"]))
    return re.compile(rf"(?:\b({HYPHENED_NAME}) and )?\b({HYPHENED_NAME}) (?:{nouns})(s?)\b")


def hyphened_roads(doc: Doc, text: str) -> list[Span]:
    """Roads named by the places they join, hyphened, before a road's noun ("the Lamu-Garissa road", "the Trans-Papua
    highway"), a search of the text: the road with its noun, a place of its own, not the towns it joins; before the
    noun in the plural, each name alone ("the Juba-Yei and Juba-Nimule roads")."""
    found: list[Span] = []
    for match in _hyphened_road().finditer(text):
        plural = bool(match.group(3))
        ends = [(match.start(2), match.end(2) if plural else match.end())]
        if plural and match.group(1):
            ends.append((match.start(1), match.end(1)))
        found += [span for a, b in ends if (span := doc.char_span(a, b, label="FAC")) is not None]
    return found


def company_noun(word: str) -> bool:
    """Whether a word ends a company's or a bank's name ("Bank", "Technology").

    >>> company_noun("Technology"), company_noun("Kenya")
    (True, False)
    """
    return word.lower() in _lists()["company_nouns"]


def as_company(ent: Span) -> Span:
    """A company's name the NER took for a work's or a product's ("Orion Gold Trading"): capitalised words ending in
    a company's noun are an organisation's."""
    if ent.label_ not in {"WORK_OF_ART", "PRODUCT"} or len(ent) < 2 or not company_noun(ent[-1].text):
        return ent
    return Span(ent.doc, ent.start, ent.end, label="ORG") if all(t.is_title or t.is_upper for t in ent) else ent


def hyphen_places(doc: Doc, text: str) -> list[Span]:
    """Places named with a lowercase word between hyphens ("Rostov-on-Don"), a search of the text."""
    found: list[Span] = []
    if _hyphen_particle().search(text) is None:
        return found
    for match in _hyphen_place().finditer(text):
        span = doc.char_span(match.start(), match.end(), label="GPE")
        if span is not None:
            found.append(span)
    return found


def _in_company_name(doc: Doc, i: int) -> bool:
    """Whether a token can be a word of a company's name before its legal form: capitalised, "&", a hyphen, "for"
    or "of" after a company's noun ("X Company for Investment Limited"), a Romance particle or "y" between two
    capitalised words ("Combustibles y Lubricantes X", "Inmobiliaria Los Álamos del Norte"), or "and" between two
    words of a trade ("X Group for Development and Investment Co. Ltd")."""
    token = doc[i]
    inner = token.lower_ in _lists()["company_name_joins"] and i > 0 and company_noun(doc[i - 1].text)
    romance = token.lower_ in _romance_words() and 0 < i < len(doc) - 1 and _capitalised(doc[i - 1], doc[i + 1])
    trades = token.lower_ == "and" and 0 < i < len(doc) - 1 and _trades(doc[i - 1], doc[i + 1])
    return (token.is_title or token.is_upper or token.text in {"&", "-"} or inner or romance or trades) and (
        "\n" not in token.whitespace_
    )


def _trades(*tokens: Token) -> bool:
    """Whether capitalised words are all a trade's (``trade_words``): "Development and Investment" of "X Group for
    Development and Investment Co. Ltd" is one company's, where "Trading and Zulu Shipping" joins two."""
    return all((t.is_title or t.is_upper) and t.lower_ in _lists()["trade_words"] for t in tokens)


@cache
def _romance_words() -> frozenset[str]:
    """The particles and joins of Romance names ("de", "del", "los", "y"), read once."""
    return frozenset(_lists()["romance_particles"]) | frozenset(_lists()["romance_joins"])


def _capitalised(*tokens: Token) -> bool:
    return all(t.is_title or t.is_upper for t in tokens)


def legal_names(doc: Doc, text: str) -> list[Span]:
    """Companies named with their legal form ("X Multi Activities Co Ltd", "X Frontera Norte, S.A. de C.V."): the
    capitalised words before the form (and a comma right before it), without a leading article, to the form's end
    (a search of the text, then a look back from each form)."""
    found = []
    for match in _legal_suffix().finditer(text):
        suffix = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if suffix is None or not suffix.start:
            continue
        start = suffix.start
        if start > 1 and doc[start - 1].text == "," and _in_company_name(doc, start - 2):
            start -= 1  # "X, S.A. de C.V.", "X, Inc.": the comma is the name's
        floor = max(0, start - MAX_NAME_WORDS)
        while start > floor and not doc[start].is_sent_start and _in_company_name(doc, start - 1):
            start -= 1
        start = _name_before_join(doc, start, floor)  # "Larrycom" of "Larrycom for Investment Ltd"
        while start < suffix.start and (doc[start].lower_ in load_cues().articles or doc[start].is_lower):
            start += 1
        if start < suffix.start:
            found.append(Span(doc, start, suffix.end, label="ORG"))
    return found


MAX_JOINED_NAME_TOKENS = 5  # "Nabaa Al-Hayat" (four tokens) of "Nabaa Al-Hayat for Trading LLC"
NOT_COMPANY_WORDS = frozenset({"DATE", "TIME"})  # "on Tuesday for Investment Ltd": a day, no name


def _in_joined_name(token: Token) -> bool:
    """Whether a token may be a word of a company's name before "for": a capitalised name's word, not a day's, or a
    hyphen ("Al-Hayat")."""
    name = token.is_title and token.pos_ == "PROPN" and token.ent_type_ not in NOT_COMPANY_WORDS
    return name or (token.text == "-" and not token.whitespace_)


def _name_before_join(doc: Doc, start: int, floor: int) -> int:
    """Where a company's name opens when "for" or "of" stands before its trade: at the capitalised words (a name's,
    joined by hyphens or not, none of a date) that open it, as in "Larrycom for Investment Ltd" (the join need not
    follow a company's noun, as :func:`_in_company_name` asks, when a name's own words come before it); else
    ``start``."""
    join = start - 1
    if join <= floor or doc[start].is_sent_start or doc[join].lower_ not in _lists()["company_name_joins"]:
        return start
    first = join
    while (
        first > floor
        and join - first < MAX_JOINED_NAME_TOKENS
        and _in_joined_name(doc[first - 1])
        and not doc[first].is_sent_start
    ):
        first -= 1
    opened = first == 0 or doc[first].is_sent_start or not (doc[first - 1].is_title or doc[first - 1].is_upper)
    return first if first < join and opened else start


def joined_company(ent: Span, starts: set[int]) -> Span:
    """A company's or a bank's name the NER cut at "and" ("Kivu Savings" of "Kivu Savings and Mortgage Bank"): the
    whole name, when capitalised words no other name starts at follow "and" and end in a company's noun, or words of
    a trade alone do ("X Exchange and Money Transfers Company", :func:`_trade_end`); or at "for"
    after a company's noun ("Al-Junaid Company" of "Al-Junaid Company for Multi Activities"): the name with up to
    three capitalised words of its trade after "for"."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.end + 2 >= len(doc):
        return ent
    if doc[ent.end].lower_ == "for" and company_noun(ent[-1].text):
        end = ent.end + 1
        while end < len(doc) and end - ent.end <= MAX_TRADE_WORDS and doc[end].is_title:
            end += 1
        return Span(doc, ent.start, end, label="ORG") if end > ent.end + 1 else ent
    if doc[ent.end].lower_ != "and":
        return ent
    end = ent.end + 1
    while end < len(doc) and end - ent.end <= 3 and doc[end].is_title and end not in starts:
        end += 1
    if end > ent.end + 1 and company_noun(doc[end - 1].text) and ent.end + 1 not in starts:
        return Span(doc, ent.start, end, label="ORG")
    trade_end = _trade_end(doc, ent.end + 1) if company_noun(ent[-1].text) else None
    return Span(doc, ent.start, trade_end, label="ORG") if trade_end is not None else ent


def _trade_end(doc: Doc, start: int) -> int | None:
    """The end of a company's trade named after "and" in its name, whatever the NER made of it: capitalised words of
    a trade (``trade_words``) then a company's noun or "Co." ("Money Transfers Company", "Remittance Co."); None
    where a word of a name of its own stands among them ("Zam Zam Shipping Company")."""
    end = start
    while (
        end < len(doc)
        and end - start < MAX_TRADE_WORDS
        and doc[end].is_title
        and doc[end].lower_ in _lists()["trade_words"]
    ):
        end += 1
    if end == start or end >= len(doc) or not doc[end].is_title:
        return None
    last = doc[end].lower_
    return end + 1 if company_noun(last) or last in _lists()["company_abbreviations"] else None


def _topic_words(doc: Doc, start: int, known: set[int]) -> int:
    """The end of the capitalised words from ``start`` that can end a body's name of topics ("Financial
    Intelligence"): up to three, no known actor's, no person's or place's, no word of a body ("Ministry")."""
    end = start
    while (
        end < len(doc)
        and end - start < MAX_TOPIC_WORDS
        and doc[end].is_title
        and doc[end].is_alpha
        and end not in known
        and doc[end].ent_type_ in {"", "ORG"}
    ):
        end += 1
    if end == start or (end < len(doc) and doc[end].is_title) or any(t.lower_ in unit_nouns() for t in doc[start:end]):
        return start
    return end


def joined_topics(ent: Span, known: set[int]) -> Span:
    """A body's name of two topics the NER cut at "and" ("Office of Terrorism" of "Office of Terrorism and Financial
    Intelligence", "Ministry of Justice and Public Security"): the whole name, when the name ends in "of" or "for"
    and a topic, and capitalised words that name no body, no known actor and no person follow "and"
    (``known``: the tokens of the rulers' actors)."""
    doc = ent.doc
    joins = {"of", "for"}
    conjunction = ent.end - 1 if ent[-1].lower_ == "and" else ent.end  # "Office of Sanctions and" is read, too
    if ent.label_ != "ORG" or conjunction + 1 >= len(doc) or doc[conjunction].lower_ != "and":
        return ent
    named = doc[ent.start : conjunction]
    if not any(t.lower_ in joins for t in named[1:-1]) or named[-1].lower_ in joins:
        return ent
    end = _topic_words(doc, conjunction + 1, known)
    return Span(doc, ent.start, end, label="ORG") if end > conjunction + 1 else ent


def in_law_titles(ents: list[Span]) -> list[Span]:
    """The NER's entities without the bodies it read inside a law's title, a series before the law's last words
    ("the Department of State, Energy Programs, and Related Agencies Act": "Energy Programs" is no body)."""
    dropped: set[int] = set()
    for n, ent in enumerate(ents):
        if ent.label_ != "LAW":
            continue
        while n and ents[n - 1].label_ == "ORG" and _series_gap(ents[n - 1], ents[n]):
            n -= 1
            dropped.add(n)
    return [e for n, e in enumerate(ents) if n not in dropped]


def _series_gap(first: Span, second: Span) -> bool:
    """Whether only a comma, "and" or ", and" stands between two spans."""
    return first.doc[first.end : second.start].text in {",", "and", ", and"}


def family_name_inside(ent: Span, known: list[Span]) -> bool:
    """Whether the known actors inside a person's name the NER read are a body's or a place's name written as a family
    name after a particle ("Houthi" of "Hassan Badreddin al-Houthi", "Saada" of "Youssef Ben Saada"), or a body's
    one-word name closing the name after given names ("Wagner" of "Therese Kayikwamba Wagner"): the person's name
    wins (a known person's is left to the known person)."""
    return ent.label_ == "PERSON" and all(
        _after_particle(ent, k) or _body_as_surname(ent, k) or _double_barrelled(ent, k) for k in known
    )


def _after_particle(ent: Span, known: Span) -> bool:
    """Whether a known body's or place's name follows a particle after a given name inside a person's name, with a
    hyphen ("Houthi" of "Hassan Badreddin al-Houthi") or capitalised ("Saada" of "Youssef Ben Saada")."""
    doc = ent.doc
    hyphen = doc[known.start - 1].text == "-"
    particle = known.start - 2 if hyphen else known.start - 1
    return (
        known.label_ != "Person"
        and ent.start < particle
        and doc[particle].lower_ in name_particles()
        and (hyphen or doc[particle].is_title)  # not "Valle del Cauca": a place's name
    )


def _body_as_surname(ent: Span, known: Span) -> bool:
    """Whether a known body's one-word name ends a person's name the NER read, after given names only: "Therese
    Kayikwamba Wagner" is a minister, not the Wagner Group."""
    return (
        known.label_ == "Organization"
        and len(known) == 1
        and known.end == ent.end
        and known.start > ent.start
        and known[0].is_title
        and all(given_name(ent.doc, i) for i in range(ent.start, known.start))
    )


def _double_barrelled(ent: Span, known: Span) -> bool:
    """Whether a known body's or place's one-word name opens a family name of two joined by a hyphen, after given
    names, inside a person's name the NER read: "Wilma Austria-Tiamzon" is a woman, not Austria."""
    doc = ent.doc
    return (
        known.label_ != "Person"
        and len(known) == 1
        and known.start > ent.start
        and known.end + 1 < ent.end
        and doc[known.end].text == "-"
        and not known[0].whitespace_
        and not doc[known.end].whitespace_
        and doc[known.end + 1].is_title
        and all(given_name(doc, i) for i in range(ent.start, known.start))
    )


def given_name(doc: Doc, i: int) -> bool:
    """Whether a token can be a given name in a chain of them: a capitalised proper noun of no rank, role or body."""
    token = doc[i]
    word = token.lower_
    return (
        (token.pos == PROPN or not token.text.isascii())  # "Thérèse": the tagger reads an accented name as a noun
        and token.is_title
        and token.is_alpha
        and "\n" not in token.whitespace_
        and word not in not_actors()
        and word.rstrip(".") not in load_cues().honorifics
        and guess_kind(token.text) == "other"
    )


def _glued_apostrophe(doc: Doc, i: int) -> bool:
    """Whether a token is an apostrophe written onto the next word ("'Ali" of "Ahmad 'Ali Hassan")."""
    return doc[i].text in APOSTROPHES and not doc[i].whitespace_ and i + 1 < len(doc) and doc[i + 1].is_title


def _has_particle(ent: Span) -> bool:
    """Whether a name holds a particle of a family name written with a hyphen ("al-Fartusi", "bin-Laden")."""
    particles = name_particles()
    return any(t.text == "-" and t.i > ent.start and ent.doc[t.i - 1].lower_ in particles for t in ent)


def whole_patronymic(ent: Span, known: set[int]) -> Span:
    """A person's name with a family name after a particle ("Jabbar al-Fartusi"), with the given names the NER left
    out or read as a person's or a body's before it ("Kadhim Muzhir"): up to three capitalised proper nouns no known
    actor holds (``known``: the tokens of the rulers' actors), an apostrophe glued to a name among them."""
    if ent.label_ != "PERSON" or not _has_particle(ent):
        return ent
    doc = ent.doc
    start, names, floor = ent.start, 0, ent.sent.start
    while start > floor and names < MAX_GIVEN_NAMES:
        i = start - 1
        if _glued_apostrophe(doc, i) and i > floor and given_name(doc, i - 1):
            i -= 1
        if not given_name(doc, i) or i in known or doc[i].ent_type_ not in NAME_LABELS:
            break
        start, names = i, names + 1
    return ent if start == ent.start else Span(doc, start, ent.end, label="PERSON")


@cache
def site_nouns() -> frozenset[str]:
    """Nouns of a building or a site that a name before is the site's own (``seeds/relations.yaml``)."""
    return frozenset(load_seed_yaml("relations.yaml")["named_site_nouns"])


@cache
def common_site_nouns() -> frozenset[str]:
    """Of the sites, those a town has many of ("hotel", "church"; ``seeds/relations.yaml``'s ``common_site_nouns``):
    one is a named site only with "the" before its town's name."""
    return frozenset(load_seed_yaml("relations.yaml")["common_site_nouns"])


@cache
def feature_nouns() -> frozenset[str]:
    """Nouns of a natural site that shares its name with a place rather than lies in it ("island", "river";
    ``seeds/relations.yaml``'s ``named_feature_nouns``)."""
    return frozenset(load_seed_yaml("relations.yaml")["named_feature_nouns"])


PLACE_ENTS = frozenset({"GPE", "LOC", "Country", "Location"})  # the labels of a place's name, the NER's or the rulers'


def with_of_name(ent: Span, known: set[int]) -> Span:
    """A body's head the NER read without the "of" name after it (its last word, "the", and capitalised words on its
    line), as the body's whole name: "the Community of Sant'Egidio", "the Secretariat of the Council", "the U.S.
    Department" of "the U.S. Department of the Treasury", a group's head before a place ("the Communist Party of the
    Philippines"); other names as they are (``known``: the tokens of the rulers' actors, whose heads stay their
    own)."""
    doc = ent.doc
    head = ent[-1]
    if ent.label_ not in {"ORG", "PERSON"} or head.i in known or (len(ent) > 1 and ent.label_ != "ORG"):
        return ent
    heads = of_name_heads() | of_place_name_heads()
    if head.lower_ not in heads or ent.end >= len(doc) or doc[ent.end].lower_ != "of":
        return ent
    end = ent.end + 1
    if end < len(doc) and doc[end].lower_ == "the":
        end += 1
    last = end
    while last < len(doc) and _capitalised(doc[last]) and doc[last].sent == ent.sent:
        last += 1
    if head.lower_ not in of_name_heads() and not all(t.ent_type_ in PLACE_ENTS for t in doc[end:last]):
        return ent  # "the Holy Spirit Movement of Alice Auma": a group's head joins a place's name only
    return Span(doc, ent.start, last, label="ORG") if last > end else ent


@cache
def of_place_name_heads() -> frozenset[str]:
    """Heads of a group's name joined with "of" and a place the NER names after them (``of_place_name_heads``)."""
    return frozenset(load_seed_yaml("relations.yaml")["of_place_name_heads"])


def unnamed_of_heads(doc: Doc, named: list[Span]) -> list[Span]:
    """A body's capitalised head the NER named no part of, before "of" and a name, as a one-word name that
    :func:`with_of_name` makes whole: "Council" of a masthead "Council of the EU" (the NER read only "EU").

    >>> import spacy
    >>> doc = spacy.blank("en")("COUNCIL OF THE EU\\nPress release")
    >>> [(s.text, s.label_) for s in unnamed_of_heads(doc, [Span(doc, 3, 4, label="ORG")])]
    [('COUNCIL', 'ORG')]
    """
    taken = {i for span in named for i in range(span.start, span.end)}
    heads = of_name_heads()
    texts, lowers = token_strings(doc), token_strings(doc, LOWER)
    return [
        Span(doc, i, i + 1, label="ORG")
        for i in range(len(doc) - 1)
        if lowers[i] in heads and i not in taken and texts[i][:1].isupper() and lowers[i + 1] == "of"
    ]


def with_number(ent: Span) -> Span:
    """A body's name ending in one of the :func:`~loaders.mentions.numbered_heads` with a number before it that the
    parse hangs on the name, as the whole name: "the 2140 Sanctions Committee" (a committee named by its resolution),
    "the 444 Combat Brigade"; other names as they are.

    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> words = ["the", "2140", "Sanctions", "Committee", "met"]
    >>> doc = Doc(English().vocab, words, heads=[3, 3, 3, 4, 4], deps=["det", "nummod", "compound", "nsubj", "ROOT"])
    >>> with_number(Span(doc, 2, 4, label="ORG")).text
    '2140 Sanctions Committee'
    """
    doc = ent.doc
    if ent.label_ != "ORG" or ent.start == 0 or ent[-1].lower_ not in numbered_heads():
        return ent
    number = doc[ent.start - 1]
    if not number.text.isdecimal() or number.dep_ != "nummod" or number.head.i not in range(ent.start, ent.end):
        return ent
    return Span(doc, number.i, ent.end, label="ORG")


MIN_GLUED_WORD = 3  # letters of a word glued to an acronym by a hyphen: not "ISIS-K"


def with_glued_name(ent: Span, known: set[int]) -> Span:
    """A body's acronym the NER read without the capitalised word a hyphen glues to it, as the whole name:
    "SSC-Khatumo" of "the SSC-Khatumo administration" (not a known actor's word: "ISIS-Somalia" is the list's).

    >>> from spacy.lang.en import English
    >>> doc = English()("the SSC-Khatumo administration")
    >>> with_glued_name(Span(doc, 1, 2, label="ORG"), set()).text
    'SSC-Khatumo'
    """
    doc, end = ent.doc, ent.end
    if ent.label_ != "ORG" or not ent.text.isupper() or end + 1 >= len(doc) or doc[end].text != "-":
        return ent
    word = doc[end + 1]
    glued = not ent[-1].whitespace_ and not doc[end].whitespace_
    if not glued or not word.is_title or len(word) < MIN_GLUED_WORD or not word.is_alpha or word.i in known:
        return ent
    return Span(doc, ent.start, end + 2, label="ORG")


def _after_preposition(doc: Doc, start: int) -> bool:
    return start > 0 and doc[start - 1].pos_ == "ADP"


SITE_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})  # names read before a site noun


def with_facility_noun(ent: Span, known: set[int], places: frozenset[str] = frozenset()) -> Span:
    """A person's, a body's or a place's name the NER read before a lowercase noun of a building or a site (one
    lowercase noun may come between: "shopping mall", "refugee camp"), as the site's whole name with its noun: the
    site is a place of its own ("Imrali island", "the Sulaimani airport" in Sulaimani); other names as they are
    (``known``: the tokens of the rulers' actors, whose names stay theirs: "Kabul airport"). A people's name is a
    site's only right after a preposition, or where the page reads the same word as a place elsewhere (``places``:
    "the Kerman cemetery" of a page that names Kerman), and when it is not a people's known word ("on Imrali island";
    not "a Rohingya camp", "the Marine barracks", "a Serbian Orthodox monastery")."""
    doc = ent.doc
    if ent.label_ not in SITE_NAME_LABELS or known.intersection(range(ent.start, ent.end)):
        return ent
    placed = _after_preposition(doc, ent.start) or ent.text in places
    if ent.label_ == "NORP" and (ent.text.lower() in not_actors() or not placed):
        return ent
    if ent.label_ == "ORG" and guess_kind(ent.text) != "other":
        return ent
    return _site_after(ent) or ent


TOWN_LABELS = frozenset({"GPE", "LOC", "Location"})  # a name read as a place's: the town a site may be one of many in
_JOINING_TAGS = frozenset({"ADP", "CCONJ", "SCONJ", "DET", "AUX", "VERB", "PRON", "ADV"})  # "Belgrade over monastery"


def _site_after(ent: Span) -> Span | None:
    """The name with the lowercase site noun after it (one lowercase noun or adjective may come between: "refugee
    camp"), as a site's name; not after "a" ("a Moscow jail" is one of the town's, not a named site), nor a site a
    town has many of after a place's name without "the" (a headline's "siege of Mogadishu hotel", "Kasindi church
    bombing": a hotel, a church in the town; "the Derbent synagogue" is the one site)."""
    doc = ent.doc
    lowers = token_strings(doc, LOWER)
    before = lowers[ent.start - 1] if ent.start > 0 else ""
    if before in load_cues().indefinite_articles:
        return None
    for size in (1, 2):
        last = ent.end + size - 1
        if (
            last < len(doc)
            and lowers[last] in site_nouns()  # read first: most names have no site noun after them
            and all(t.is_lower and t.is_alpha and t.pos_ not in _JOINING_TAGS for t in doc[ent.end : last + 1])
        ):
            if ent.label_ in TOWN_LABELS and lowers[last] in common_site_nouns() and before not in load_cues().definite:
                return None  # not "Westgate mall", "the Hipercor supermarket": their names are the sites' own
            return Span(doc, ent.start, last + 1, label="FAC")
    return None


def known_place_sites(known: list[Span]) -> list[Span]:
    """The sites named by a known place's name and a lowercase site noun ("the Jenin refugee camp", "Goma
    airport") or a capitalised one that ends the name ("Bannu Cantonment"): a place of its own, apart from the town
    it is named after; a known site's whole name ("Kabul airport") is the rulers' own."""
    return [
        site for k in known if k.label_ == "Location" and (site := _site_after(k) or _titled_site_after(k)) is not None
    ]


MAX_SITE_WORDS = 2  # capitalised words between a town's name and its site's noun: "General", "Teaching"


def _titled_site_after(known: Span) -> Span | None:
    """A known place's name with the capitalised site noun or site head that ends it, up to two capitalised words
    between ("Bannu Cantonment", "Mosul Dam", "Dohuk General Hospital", "the Hayatabad Police Lines"), as a site's
    name; not one more capitalised word on ("Mosul Dam Authority")."""
    doc, end = known.doc, known.end
    nouns = site_nouns() | surname_free_site_nouns()
    last = min(len(doc), end + MAX_SITE_WORDS + 1)
    while end < last and doc[end].is_title and doc[end].is_alpha:
        words = tuple(t.lower_ for t in doc[known.end : end + 1])
        if words[-1] in nouns or any(words[-len(head) :] == head for head in site_heads()):
            break
        end += 1
    else:
        return None
    if end + 1 < len(doc) and doc[end + 1].is_title:
        return None
    return Span(doc, known.start, end + 1, label="FAC")


def with_place_given_name(ent: Span, known: dict[int, Span]) -> Span:
    """A person's name of two words or more the NER read right after a known place's or state's one-word name,
    within a sentence and after no preposition, as one person's name opening with that word ("Aden" of "Aden Hashi
    Ayro"); ``known``: the rulers' actors by the token they end before."""
    place = known.get(ent.start)
    if ent.label_ != "PERSON" or place is None:
        return ent
    doc = ent.doc
    whole = Span(doc, place.start, ent.end, label="PERSON")
    before = doc[place.start - 1] if place.start > ent.sent.start else None
    if before is None or before.pos_ == "ADP" or before.is_title or doc[place.start].whitespace_ != " ":
        return ent
    return whole if first_name_a_place(whole, [place]) else ent


def _after_role(ent: Span) -> bool:
    """Whether a name follows a person's role, next to it or after a comma: "Foreign Minister X", "its defence
    minister, X"."""
    at = ent.start - 1
    if at > ent.sent.start and ent.doc[at].text == ",":
        at -= 1
    return at >= ent.sent.start and load_cues().is_person_role(ent.doc[at].lower_)


def with_body_surname(ent: Span, known: dict[int, Span]) -> Span:
    """A person's name of two given names the NER read right before a known body's one-word name, with one space
    between, as one name closing with that word ("Wagner" of "Hélène Mbadinga Wagner", :func:`family_name_inside`);
    ``known``: the rulers' actors by the token they start at."""
    body = known.get(ent.end)
    if ent.label_ != "PERSON" or ent.id_ or len(ent) < 2 or body is None or ent.doc[ent.end - 1].whitespace_ != " ":
        return ent
    whole = Span(ent.doc, ent.start, body.end, label="PERSON")
    return whole if _body_as_surname(whole, body) else ent


def first_name_a_place(ent: Span, known: list[Span]) -> bool:
    """Whether the one known actor inside a person's name of three words or more, or of two after a person's role
    ("Defence Minister Israel Katz", "the minister, Israel Katz"), is a place's or a state's one-word name opening
    it, written as a given name ("Aden Hashi Ayro"): the person's name wins."""
    return (
        ent.label_ == "PERSON"
        and (len(ent) >= 3 or (len(ent) == 2 and _after_role(ent)))
        and len(known) == 1
        and len(known[0]) == 1
        and known[0].start == ent.start
        and known[0].label_ in {"Location", "Country"}
        and ent[0].is_title
        and all(t.is_title and t.is_alpha for t in ent)
    )

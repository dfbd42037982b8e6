"""Names the NER took for a place's or a body's that their sentence shows are a person's.

- A name a person's title or role noun is set before: "Army spokesperson Lul Ruai Koang", "former deputy Prophane
  Victor", "YAT fighter Ruha Bashar" (``seeds/relations.yaml``: ``roles`` of people, ``honorifics`` and
  ``person_nouns``).
- A name of two words or more that opens a person's longer name in the document: "Iván Archivaldo" after "Iván
  Archivaldo Guzmán Salazar" is that person, not a place.
- A name of two words or more listed with a person's named in full: "Sidan ag Hitta, Salem ould Breihmatt and
  Ali Mohamed Rage", "the individuals are Mahad Moalim and Abu Musab al-Barnawi".
- A name of two words or more that is the agent of a participle of leading: "the Badr Organisation, led by Hadi
  al-Amiri" (``heading_participles``).
- A name given as one's name ("a fighter who gave his name as X", "gave only his surname, X", "identified herself
  as X") or one a person is known by ("a commander known as X"): ``naming_phrases`` of ``seeds/relations.yaml``.
- A name of two words or more in apposition with a noun of a person or a person's role, after it or before it:
  "X, a fugitive businessman", "X, one of the most feared field commanders", "the country's president, X, said",
  "two of his deputies, X and Y, were arrested"; the list of names set off by a comma right after such a noun is
  read from the words too, wherever the parser hangs it (:func:`set_after_person_noun`).

Only unknown names shaped as a person's (capitalised words, no word of an organisation's name, no noun of a
building) are read again; every mention of such a name in the document becomes the person's.

>>> from loaders.nlp import load_nlp
>>> from loaders.mentions import Mention
>>> doc = load_nlp()("Army spokesperson Odong Lakor said the road was open.")
>>> ms = [Mention(2, 4, 18, 29, "Odong Lakor", "Location", "Odong Lakor")]
>>> [(m.label, m.name) for m in people_in_context(doc, ms)]
[('Person', 'Odong Lakor')]
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from graph.seeds import load_seed_yaml
from graph.slug import name_key
from loaders.allegiance import allegiance_nouns
from loaders.coordination import first_of_list
from loaders.cues import load_cues
from loaders.doc_tree import has_child, span_root
from loaders.mentions import Mention, facility_nouns, guess_kind, not_actors
from loaders.organisation_names import article_and_body_word, names_an_organisation, opens_as_body
from loaders.place_names import place_kinds

MAX_WORDS = 4


@cache
def name_particles() -> frozenset[str]:
    """Lowercase words inside personal names ("bin", "ould", "de"; ``seeds/relations.yaml``)."""
    return frozenset(load_seed_yaml("relations.yaml")["name_particles"])


@cache
def person_particles() -> frozenset[str]:
    """Particles that join only a person's names ("ag", "ould"; ``seeds/relations.yaml``)."""
    return frozenset(load_seed_yaml("relations.yaml")["person_particles"])


def particle_people(ents: list[Span]) -> list[Span]:
    """Unknown bodies' names the NER read around a particle only a person's name has, between two capitalised words:
    "Alghabass Ag Intalla" is a man, whatever the NER took him for; "the Bin Laden Group" (a word of a body) stays.

    >>> import spacy
    >>> doc = spacy.blank("en")("Alghabass Ag Intalla and the Bin Laden Group spoke.")
    >>> ents = [Span(doc, 0, 3, label="ORG"), Span(doc, 5, 8, label="ORG")]
    >>> [(s.text, s.label_) for s in particle_people(ents)]
    [('Alghabass Ag Intalla', 'PERSON')]
    """
    return [
        Span(e.doc, e.start, e.end, label="PERSON")
        for e in ents
        if e.label_ in {"ORG", "GPE"}
        and not e.id_
        and any(t.lower_ in person_particles() and e[n - 1].is_title and e[n + 1].is_title for n, t in _inner(e))
        and guess_kind(e.text) == "other"
    ]


@cache
def birth_words() -> frozenset[str]:
    """Words that open a person's date of birth in brackets ("DOB", "born"; ``seeds/relations.yaml``)."""
    return frozenset(load_seed_yaml("relations.yaml")["birth_words"])


BORN_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})


def born_people(ents: list[Span]) -> list[Span]:
    """Unknown names the NER read as anything but a person's, before a bracket that opens with a date of birth:
    "Kasereka Mumbere Jean (DOB 12 Mar 1975; POB Butembo)" is a man listed by a sanctions notice.

    >>> import spacy
    >>> doc = spacy.blank("en")("Kasereka Mumbere Jean (DOB 12 Mar 1975) and Beni Trading (Goma).")
    >>> ents = [Span(doc, 0, 3, label="WORK_OF_ART"), Span(doc, 10, 12, label="ORG")]
    >>> [(s.text, s.label_) for s in born_people(ents)]
    [('Kasereka Mumbere Jean', 'PERSON')]
    """
    found = []
    for e in ents:
        doc = e.doc
        opened = e.end + 1 < len(doc) and doc[e.end].text == "(" and doc[e.end + 1].lower_ in birth_words()
        if opened and e.label_ in BORN_LABELS and not e.id_ and all(t.is_title for t in e):
            found.append(Span(doc, e.start, e.end, label="PERSON"))
    return found


def _inner(span: Span) -> list[tuple[int, Token]]:
    """The words of a span but its first and last, with their places in it."""
    return [(n, span[n]) for n in range(1, len(span) - 1)]


@cache
def person_nouns() -> frozenset[str]:
    """Nouns of people that are no role in an organisation ("fighter", "militiaman", "boy")."""
    return frozenset(load_seed_yaml("relations.yaml")["person_nouns"])


def shaped_as_a_person(m: Mention) -> bool:
    """Whether an unknown place's or body's name could be a person's: up to four capitalised words (name particles
    aside), none an organisation's or a building's, nor ending in a division's noun ("Sverdlovsk Oblast")."""
    words = m.name.replace("-", " ").split()
    return (
        not m.actor_id
        and not m.refers_back
        and m.label in {"Organization", "Location"}
        and 0 < len(m.name.split()) <= MAX_WORDS
        and all(w[0].isupper() or w.lower() in name_particles() for w in words)
        and not any(w.isupper() and len(w) > 1 for w in words)
        and not names_an_organisation(m.name, guess_kind(m.name))
        and not opens_as_body(m.name)
        and words[-1].lower() not in facility_nouns()
        and not (len(words) > 1 and words[-1].lower() in place_kinds().division_endings)
        and not any(w.lower() in not_actors() for w in words)
    )


def titled_by_role(span: Span) -> bool:
    """Whether a person's title or role noun is set before the name and modifies it ("spokesman X", "General X")."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    if not span.start <= before.head.i < span.end:
        return False
    word, cues = before.lower_.rstrip("."), load_cues()
    return word in cues.honorifics or word in person_nouns() or cues.is_person_role(word)


def titled_names(doc: Doc, mentions: list[Mention]) -> set[str]:
    """The unknown names of two words or more right after a person's title or role noun in one of their mentions
    ("Col. X Y's forces", "commander-in-chief X Y"; the parse may hang the title elsewhere): a person's, whatever
    another sentence seems to make of them.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Colonel Tessa Orvane's men spoke in Kibali.")
    >>> titled_names(doc, [Mention(1, 3, 8, 20, "Tessa Orvane", "Person", "Tessa Orvane"),
    ...                    Mention(7, 8, 34, 40, "Kibali", "Location", "Kibali")])
    {'Tessa Orvane'}
    """
    cues = load_cues()

    def titled(start: int) -> bool:
        before = start - 2 if start > 1 and doc[start - 1].text == "." else start - 1  # "Col. X" read as "Col", "."
        word = doc[before].lower_.rstrip(".") if before >= 0 else ""
        return word in cues.honorifics or word in person_nouns() or cues.is_person_role(word)

    return {m.name for m in mentions if not m.actor_id and " " in m.name and titled(m.start)}


def _pledged_to(span: Span) -> bool:
    """Whether allegiance is pledged to the name ("swore allegiance to X", "their pledge of loyalty to X"): given to
    an unknown name that no word shows to be a group's, it is given to a leader, a person; not to an Arabic article
    and a word no family name ends as ("allegiance to al Qaeda": :func:`article_and_body_word`)."""
    to = span.root.head
    if span.root.dep_ != "pobj" or to.lower_ != "to" or article_and_body_word(span.text):
        return False
    nouns = allegiance_nouns()
    pledge = to.head
    return pledge.lemma_.lower() in nouns or any(
        c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in pledge.children
    )


@cache
def naming_phrases() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The verbs one gives one's name with, the nouns of a name and the reflexive pronouns (``naming_phrases``)."""
    data = load_seed_yaml("relations.yaml")["naming_phrases"]
    return frozenset(data["verbs"]), frozenset(data["nouns"]), frozenset(data["reflexives"])


MAX_NAMING_GAP = 3  # words between the verb and the noun of a name: "gave only his first name"


def _given_as_name(span: Span) -> bool:
    """Whether the words before the name give it as one's own ("gave his name as X", "gave his name only as X",
    "gave only his surname, X", "identified herself as X") or as what a person is known by ("a commander known as
    X"; not "the group known as X", nor "fighters known as X": a group's men go by its name); read from the words,
    as the parser often hangs the name on a later verb."""
    verbs, nouns, reflexives = naming_phrases()
    doc, i = span.doc, span.start - 1
    if i < 2 or doc[i].lower_ not in {"as", ","}:
        return False
    i -= 1
    if doc[i].lower_ == "known" and doc[i].tag_ == "VBN":
        noun = doc[i - 1].lemma_.lower()
        plural = doc[i - 1].tag_ == "NNS"  # "fighters known as X": a group's men are known by the group's name
        return doc[i - 1].pos_ == "NOUN" and not plural and (noun in person_nouns() or load_cues().is_person_role(noun))
    if doc[i].lower_ == "only":
        i -= 1
    if doc[i].lemma_.lower() not in nouns and doc[i].lower_ not in reflexives:
        return False
    return any(t.lemma_.lower() in verbs and t.pos_ == "VERB" for t in doc[max(0, i - 1 - MAX_NAMING_GAP) : i])


@cache
def alias_words() -> frozenset[str]:
    """The words that give a person's other name (``naming_phrases.aliases``: "alias")."""
    return frozenset(load_seed_yaml("relations.yaml")["naming_phrases"]["aliases"])


def _aliased(span: Span) -> bool:
    """Whether the name stands beside an alias word, before it ("Naef, alias Galuhan") or after it ("alias
    \"Chiquito Malo\""), a comma or a quotation mark between.

    >>> import spacy
    >>> doc = spacy.blank("en")('They named Naef, alias "Galuhan" and Askur.')
    >>> [_aliased(doc[i : i + 1]) for i in (2, 6, 9)]
    [True, True, False]
    """
    doc, words, marks = span.doc, alias_words(), {",", '"', "“"}
    after = next((t for t in doc[span.end : span.end + 2] if t.text not in marks), None)
    before = next((t for t in reversed(doc[max(0, span.start - 2) : span.start]) if t.text not in marks), None)
    return any(t is not None and t.lower_ in words for t in (after, before))


@cache
def heading_participles() -> frozenset[str]:
    """The participles (lemmas) whose agent is the head of a body ("led by", "headed by": ``heading_participles``)."""
    return frozenset(load_seed_yaml("relations.yaml")["heading_participles"])


def _heads_by_agent(span: Span) -> bool:
    """Whether the name is the agent of a participle of leading ("the Badr Organisation, led by Hadi al-Amiri",
    "the agency, now headed by Kyrylo Budanov"): the one who heads a body is a person."""
    by = span.root.head
    if span.root.dep_ != "pobj" or by.lower_ != "by" or by.dep_ != "agent":
        return False
    return by.head.tag_ == "VBN" and by.head.lemma_.lower() in heading_participles()


def names_one_person(token: Token) -> bool:
    """Whether a noun, singular, names one person by a noun of people or a role ("an Iran-based Houthi financier",
    "a Hezbollah official"), not a group's people ("Congo-based ADF rebels")."""
    return token.tag_ in {"NN", "NNP"} and _a_person_noun(token)


def _a_person_noun(token: Token) -> bool:
    word = token.lemma_.lower()
    return word in person_nouns() or token.lower_ in person_nouns() or load_cues().is_person_role(word)


def apposed_person(span: Span) -> bool:
    """Whether a noun of a person or a person's role stands in apposition to the name: "X, a fugitive businessman",
    "X, one of the most feared field commanders"."""
    for apposed in (c for c in span.root.children if c.dep_ == "appos"):
        if apposed.lower_ == "one":
            of = next((c for c in apposed.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            apposed = next((c for c in of.children if c.dep_ == "pobj"), apposed) if of is not None else apposed
        if _a_person_noun(apposed):
            return True
    return False


def apposed_to_person(span: Span) -> bool:
    """Whether the name, or the list it is an item of, stands in apposition to a noun of a person or a person's role
    before it (:func:`_a_titled_role`), or to the body after such a role's "of": "the country's president, X, said",
    "two of his deputies, X and Y, were arrested", "The Inspector General, X", "the head of the city's police, X"
    (not a byline's "By Staff Reporter, Sahel Chronicle", which names the outlet)."""
    item = first_of_list(span.root)
    if item.dep_ != "appos":
        return False
    noun = item.head
    if noun.like_num or noun.lower_ == "one":  # "two of his deputies"
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), noun) if of is not None else noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and _a_titled_role(noun.head.head):
        return True  # "the head of the city's police, X": the parser hangs the role's holder on the body
    return _a_titled_role(noun)


def _a_titled_role(noun: Token) -> bool:
    """Whether the word is a noun of a person or a role written in lower case ("president"), or capitalised after
    "the" ("The Inspector General, X"; not a byline's "By Staff Reporter, Sahel Chronicle")."""
    titled = noun.is_title and has_child(noun, {"det"}, {"the"})
    return (noun.is_lower or titled) and _a_person_noun(noun)


def _list_gap_before(doc: Doc, i: int) -> int:
    """Where the gap between two names of a list ends before token ``i`` (", ", " and ", ", and "), or ``i`` when no
    such gap is there."""
    j = i
    if j > 0 and doc[j - 1].lower_ == "and":
        j -= 1
    if j > 0 and doc[j - 1].text == ",":
        j -= 1
    return j


def set_after_person_noun(doc: Doc, span: Span, ends: dict[int, Mention]) -> bool:
    """Whether the name, or the list of names it is an item of, is set off by a comma right after a noun of a person or
    a person's role in lower case: "two of his deputies, X and Y, were arrested", "His spokesman, X, said". Read from
    the words, as the parser may hang the names on the verb; ``ends``: the document's mentions by the token they end
    before.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Two of his deputies, Arman Tulegen and Bolat Serikov, were held.")
    >>> ends = {7: Mention(5, 7, 21, 34, "Arman Tulegen", "Organization", "Arman Tulegen")}
    >>> set_after_person_noun(doc, doc[8:10], ends), set_after_person_noun(doc, doc[0:1], ends)
    (True, False)
    """
    i = span.start
    while i >= 2:
        if doc[i - 1].text == "," and doc[i - 2].is_lower and _a_person_noun(doc[i - 2]):
            return True
        gap = _list_gap_before(doc, i)
        item = ends.get(gap) if gap < i else None
        if item is None:
            return False
        i = item.start
    return False


def _list_gap_after(doc: Doc, i: int) -> int:
    """Where the next name of a list would start after a name ending before token ``i``, or ``i`` when no gap is
    there."""
    j = i
    if j < len(doc) and doc[j].text == ",":
        j += 1
    if j < len(doc) and doc[j].lower_ == "and":
        j += 1
    return j


def listed_beside_a_person(doc: Doc, m: Mention, mentions: list[Mention]) -> bool:
    """Whether a person's name of two words or more is written in a list right beside another such name ("X, Y and
    Z"): a list of people, whatever the parser hangs it on ("three men living in Canada, X, Y and Z")."""
    if m.label != "Person" or " " not in m.name:
        return False
    gap, after = _list_gap_before(doc, m.start), _list_gap_after(doc, m.end)
    beside = [o for o in mentions if (gap < m.start and o.end == gap) or (after > m.end and o.start == after)]
    return any(o.label == "Person" and " " in o.name for o in beside)


def _named_people(doc: Doc, mentions: list[Mention], named: set[str]) -> set[int]:
    """The head words of the names of people in full (two words or more): those labelled a person's, and every mention
    of a name labelled a person's elsewhere or found one (``named``), wherever the NER read it otherwise."""
    full = [m for m in mentions if not m.refers_back and " " in m.name]
    names = named | {m.name for m in full if m.label == "Person"}
    return {
        span_root(doc, m.start, m.end).i for m in full if m.label == "Person" or (not m.actor_id and m.name in names)
    }


def _person_by_context(doc: Doc, span: Span, m: Mention, people: set[int], ends: dict[int, Mention]) -> bool:
    """Whether a title, a pledge or, for a name of two words or more, a list of people or an apposition shows the
    name is a person's."""
    return (
        titled_by_role(span)
        or _pledged_to(span)
        or _given_as_name(span)
        or _aliased(span)
        or (
            " " in m.name
            and (
                _listed_with(span, people)
                or _heads_by_agent(span)
                or apposed_person(span)
                or apposed_to_person(span)
                or set_after_person_noun(doc, span, ends)
            )
        )
    )


def _listed_with(span: Span, people: set[int]) -> bool:
    """Whether the name is an item of a list ("A, B and C") another item of which is a person's name."""
    head = first_of_list(span.root)
    items = {head.i} | {t.i for t in head.subtree if t.dep_ == "conj" and first_of_list(t) == head}
    return len(items) > 1 and bool((items - {span.root.i}) & people)


def named_in_full(mentions: list[Mention]) -> list[Mention]:
    """The mentions, with every unknown name of two words or more shaped as a person's that opens the longer name of
    a person in the document that person's (a given name and a middle name: "Iván Archivaldo").

    >>> full = Mention(0, 4, 0, 30, "Iván Archivaldo Guzmán Salazar", "Person", "Iván Archivaldo Guzmán Salazar")
    >>> part = Mention(9, 11, 50, 65, "Iván Archivaldo", "Location", "Iván Archivaldo")
    >>> [(m.label, m.name) for m in named_in_full([full, part])][1]
    ('Person', 'Iván Archivaldo Guzmán Salazar')
    """
    people = [(f"{name_key(m.text)} ", m) for m in mentions if m.label == "Person" and len(m.text.split()) > 2]
    if not people:
        return mentions
    found = []
    for m in mentions:
        opening = f"{name_key(m.text)} "
        full = next((p for key, p in people if key.startswith(opening)), None)
        if full is None or " " not in m.name or not shaped_as_a_person(m):
            found.append(m)
        else:
            found.append(replace(m, label="Person", name=full.name, kind=None, actor_id=full.actor_id))
    return found


def people_in_context(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with every unknown name a title or a list of people shows is a person's labelled a person, and
    every one that opens a person's longer name that person's (:func:`named_in_full`)."""
    mentions = named_in_full(mentions)
    candidates = [m for m in mentions if shaped_as_a_person(m)]
    if not candidates:
        return mentions
    named: set[str] = set()
    people = _named_people(doc, mentions, named)  # named in full: a lone word the NER took for a person's is too
    # often a village's
    ends = {m.end: m for m in mentions}
    while True:  # a name found a person's makes each of its mentions one: "Alain Ferrandi and Pierre Alessandri"
        found = {
            m.name
            for m in candidates
            if m.name not in named and _person_by_context(doc, doc[m.start : m.end], m, people, ends)
        }
        if not found:
            break
        named |= found
        people = _named_people(doc, mentions, named)
    if not named:
        return mentions
    return [
        replace(m, label="Person", kind=None) if not m.actor_id and m.label != "Person" and m.name in named else m
        for m in mentions
    ]

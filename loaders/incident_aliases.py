"""More names of one incident: its name in the other number ("Xitaxi killings" of "Xitaxi killing"), its phrase
without the larger place its place lies in ("a strike at a home in the city of Qom" of "a strike at a home in the city
of Qom in central Iran"), and its victim's whole name where the text gives only the surname ("Ibrahim Sahar killing"
of "Sahar was killed"), the name an act told by its verb has by the verb's own noun ("fighters ambushed a convoy
near X": the "X ambush", beside the "X attack" its kind names), and its phrase without the phrase that places it
("drones struck an oil depot" of "drones struck an oil depot in the Belgorod region", "kidnapped ten people in X" of
"kidnapped ten people in X, among them two nuns"), its victim's surname for the whole name ("Santoso killing" of "Abu
Wardah Santoso killing") and its phrase without the acronym in brackets it spells out ("a clash with the Defence and
Security Forces" of "... Forces (FDS)").

The verbs' nouns are ``verb_nouns`` in ``seeds/relations.yaml``, the prepositions that place an incident
``alias_place_preps``, those a phrase of an incident may start with and its name leaves out ``alias_lead_preps``
("a strike ordered by X" of "in a strike ordered by X").
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.mentions import Mention
from loaders.syntax import MentionIndex


def within_place(words: list[Token], index: MentionIndex) -> list[Token]:
    """The words before an "in" that names a place after a place was named, or none when no such "in"."""
    places = {"Location", "Country"}
    placed = False
    for t in sorted(words, key=lambda t: t.i):
        outer = [index.at(p) for p in t.children if p.dep_ == "pobj"]
        if placed and t.lower_ == "in" and t.dep_ == "prep" and any(m and m.label in places for m in outer):
            return [w for w in words if w.i < t.i]
        placed = placed or ((m := index.at(t)) is not None and m.label in places)
    return []


def whole_name(person: Mention, mentions: list[Mention]) -> str:
    """The whole name a person named by one word has in the document ("Ibrahim al-Sahar" of "Sahar" or "al-Sahar"),
    or the name as it is when it is whole, no one's, or several people's.

    >>> whole = Mention(0, 3, 0, 16, "Ibrahim al-Sahar", "Person", "Ibrahim al-Sahar")
    >>> short = Mention(9, 10, 40, 45, "Sahar", "Person", "Sahar")
    >>> whole_name(short, [whole, short]), whole_name(whole, [whole, short])
    ('Ibrahim al-Sahar', 'Ibrahim al-Sahar')
    """
    if person.label != "Person" or " " in person.name:
        return person.name
    short = person.name.lower()
    wholes = {
        m.name
        for m in mentions
        if m.label == "Person" and " " in m.name and m.name.lower().split()[-1] in {short, f"al-{short}"}
    }
    return next(iter(wholes)) if len(wholes) == 1 else person.name


def surname_names(name: str, victims: list[Mention], mentions: list[Mention]) -> list[str]:
    """An incident named after its victim's whole name, named by the surname alone ("Santoso killing" of "Abu Wardah
    Santoso killing"), as a reader names it; none when the page names another person by that surname, whose incident
    the short name could be too.

    >>> whole = Mention(0, 3, 0, 18, "Abu Wardah Santoso", "Person", "Abu Wardah Santoso")
    >>> other = Mention(9, 11, 40, 51, "Ali Santoso", "Person", "Ali Santoso")
    >>> surname_names("Abu Wardah Santoso killing", [whole], [whole])
    ['Santoso killing']
    >>> surname_names("Abu Wardah Santoso killing", [whole], [whole, other])
    []
    """
    names = []
    for victim in victims:
        words = victim.name.split()
        surname = words[-1]
        if len(words) < 2 or not name.startswith(f"{victim.name} ") or not surname[:1].isupper():
            continue
        others = {m.name for m in mentions if m.label == "Person" and m.name.split()[-1] == surname and " " in m.name}
        if others <= {victim.name}:
            names.append(f"{surname}{name[len(victim.name) :]}")
    return names


def without_spelled_acronyms(phrase: str) -> str:
    """A phrase without the acronyms in brackets after the names they spell ("a clash with the Defence and Security
    Forces" of "a clash with the Defence and Security Forces (FDS)"), "" when it has none.

    >>> without_spelled_acronyms("a clash with the Defence and Security Forces (FDS) in Sofala")
    'a clash with the Defence and Security Forces in Sofala'
    >>> without_spelled_acronyms("a clash in Sofala (Mozambique)")
    ''
    """
    cut = _BRACKETED_ACRONYM.sub("", phrase)
    return cut if cut != phrase else ""


_BRACKETED_ACRONYM = re.compile(r" \((?:[A-Z][A-Za-z]*[A-Z]|[A-Z]{2,})\)")


@cache
def verb_nouns() -> dict[str, str]:
    """The noun each verb of an incident (lemma) names its act by ("ambush": "ambush", "bomb": "bombing").

    >>> verb_nouns()["ambush"], verb_nouns()["kidnap"]
    ('ambush', 'kidnapping')
    """
    return dict(load_seed_yaml("relations.yaml")["verb_nouns"])


@cache
def mass_killing_cues() -> dict:
    """The ``mass_killings`` block of seeds/relations.yaml: the verbs of a killing, the count from which a killing
    is a massacre and the words that count that many ("hundreds")."""
    return load_seed_yaml("relations.yaml")["mass_killings"]


def massacre_names(verb: Token, anchors: list[str]) -> list[str]:
    """A killing's names as a massacre when its verb kills many: "LRA fighters killed more than 300 people in and
    around X" is the "X massacre" as well as the "X killing"; none for a killing of a few.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Rebels killed more than 300 people in Kuna. Soldiers killed hundreds of villagers in Zaria.")
    >>> massacre_names(doc[1], ["Kuna"]), massacre_names(doc[10], ["Zaria"])
    (['Kuna massacre'], ['Zaria massacre'])
    >>> massacre_names(load_nlp()("Rebels killed 12 people in Kuna.")[1], ["Kuna"])
    []
    """
    cues = mass_killing_cues()
    if verb.lemma_.lower() not in cues["verbs"]:
        return []
    counted = [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree]
    many = any(t.lower_ in cues["many_words"] or _count(t) >= cues["many"] for t in counted)
    return [f"{anchor} massacre" for anchor in anchors if anchor] if many else []


def _count(token: Token) -> int:
    """The number a token writes in figures ("300", "1,200"), else 0."""
    figures = token.text.replace(",", "")
    return int(figures) if figures.isdigit() else 0


def verb_noun_names(verb: Token, anchors: list[str]) -> list[str]:
    """An act's names by its verb's own noun after each anchor (its place, target or victim): "Junin ambush" of
    "ambushed a convoy near Junin", none for a verb with no noun of its own in ``verb_nouns``."""
    noun = verb_nouns().get(verb.lemma_.lower())
    return [f"{anchor} {noun}" for anchor in anchors] if noun else []


def weapon_noun_names(verb: Token, anchors: list[str]) -> list[str]:
    """An act's names by the noun of the weapon its verb says did it, where the weapon's noun names an act of its own
    in ``verb_nouns``: "Gisenyi shelling" of "shells hit Gisenyi", "market bombing" of "a bomb tore through the
    market".

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Shells hit Gisenyi on Monday.")
    >>> weapon_noun_names(doc[1], ["Gisenyi"]), weapon_noun_names(doc[1], [])
    (['Gisenyi shelling'], [])
    """
    nouns = verb_nouns()
    weapons = [c.lemma_.lower() for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    return [f"{anchor} {nouns[w]}" for w in weapons[:1] if w in nouns for anchor in anchors]


@cache
def alias_place_preps() -> frozenset[str]:
    """The prepositions whose phrase, naming an incident's place, a shorter name of the incident leaves out.

    >>> "over" in alias_place_preps(), "of" in alias_place_preps()
    (True, False)
    """
    return frozenset(load_seed_yaml("relations.yaml")["alias_place_preps"])


@cache
def alias_lead_preps() -> frozenset[str]:
    """The prepositions a phrase of an incident may start with that are no part of its name (``alias_lead_preps``).

    >>> "during" in alias_lead_preps(), "the" in alias_lead_preps()
    (True, False)
    """
    return frozenset(load_seed_yaml("relations.yaml")["alias_lead_preps"])


def unled_name(phrase: str) -> str:
    """A phrase of an incident without the preposition it starts with ("a strike ordered by X" of "in a strike
    ordered by X"), or "" when it starts with none or leaves a single word, which names no incident.

    >>> unled_name("in a strike ordered by the president"), unled_name("during the raid"), unled_name("in attacks")
    ('a strike ordered by the president', 'the raid', '')
    >>> unled_name("attack on the base"), unled_name("On 4 May, gunmen attacked a base")
    ('', '4 May, gunmen attacked a base')
    """
    first, _, rest = phrase.partition(" ")
    return rest if first.lower() in alias_lead_preps() and " " in rest else ""


def unplaced_names(phrase: str, places: list[str]) -> list[str]:
    """A phrase of an incident cut before each phrase of a place preposition that names one of its places, and
    before an aside set off by a comma after a place it names; each cut keeps three words or more.

    >>> unplaced_names("Drones struck an oil depot in the Belgorod region", ["Belgorod"])
    ['Drones struck an oil depot']
    >>> unplaced_names("gunmen kidnapped ten people in Gao, among them two nuns", ["Gao"])
    ['gunmen kidnapped ten people', 'gunmen kidnapped ten people in Gao']
    >>> unplaced_names("the bombing of a bus in Gao", []), unplaced_names("killed in Gao", ["Gao"])
    ([], [])
    """
    words = phrase.split()
    preps = alias_place_preps()
    cuts = [
        " ".join(words[:i])
        for i in range(3, len(words))
        if words[i].lower() in preps and any(p in " ".join(words[i:]) for p in places)
    ]
    head = phrase.split(", ")[0]
    if head != phrase and len(head.split()) >= 3 and any(p in head for p in places):
        cuts.append(head)  # "kidnapped ten people in X" of "..., among them two nuns"
    return [c.rstrip(",") for c in dict.fromkeys(cuts) if c.rstrip(",") != phrase]


def other_number(name: str) -> str:
    """An incident's name with its last word, the noun of its kind, in the other number: "Xitaxi killings" of "Xitaxi
    killing" (a town's killings of dozens), "Plaine Savo attack" of "Plaine Savo attacks" (a list's attacks, one a
    place); "" for a last word that is no plain lowercase noun.

    >>> other_number("Xitaxi killing"), other_number("Plaine Savo attacks"), other_number("Kuna ambushes")
    ('Xitaxi killings', 'Plaine Savo attack', 'Kuna ambush')
    >>> other_number("Mugi ambush"), other_number("Operation 1027"), other_number("Amenas hostage crisis")
    ('Mugi ambushes', '', 'Amenas hostage crises')
    """
    head, _, last = name.rpartition(" ")
    if not head or not last.isalpha() or not last.islower():
        return ""
    if last.endswith("sis"):  # "crisis", "crises"
        return f"{head} {last[:-2]}es"
    if last.endswith(("shes", "ches", "sses", "xes")):
        return f"{head} {last[:-2]}"
    if last.endswith("s") and not last.endswith("ss"):
        return f"{head} {last[:-1]}"
    return f"{head} {last}{'es' if last.endswith(('sh', 'ch', 'ss', 'x')) else 's'}"


def victim_names(name: str, dead: list[str]) -> list[str]:
    """An incident's name with the people it killed in place of its place: "Fuad Saleh strike" of the "Beirut strike"
    that killed him, "Ali Omar drone strike" of the "Tyre drone strike" (the lowercase words that end its name); none
    for a name that ends in no such words or already starts with the person.

    >>> victim_names("Tyre drone strike", ["Ali Omar"]), victim_names("Ali Omar killing", ["Ali Omar"])
    (['Ali Omar drone strike'], [])
    >>> victim_names("Operation Iron Gate", ["Ali Omar"])
    []
    """
    words = name.split()
    kind: list[str] = []
    while words and words[-1].islower():
        kind.insert(0, words.pop())
    if not kind or not words:
        return []
    return [f"{person} {' '.join(kind)}" for person in dead if not name.startswith(person)]

"""Territory taken: "the rebels captured Goma", "took control of X", "X fell to the M23", "the M23's seizure of X",
"the fall of X to the M23". The capture of a town or region is an attack on the place (ATTACKED from the taker to
the place), not an incident: :func:`takes_place` tells the event finder to make no Event of it. A capture of people
or of a ship ("captured 20 soldiers", "seized the Galaxy Leader") names no place and is left as it was.

The cue words are the ``territory`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.errors import OntologyError
from graph.seeds import load_seed_yaml
from loaders.blame_phrases import relative_object
from loaders.cues import load_cues
from loaders.doc_tree import has_child
from loaders.mentions import Mention
from loaders.syntax import actors_of, agents_of, conjuncts, gapped_objects, is_passive, prep_objects, subjects_of

_AT = {"at", "in", "near"}  # "the army base at X": where an unnamed place taken is

if TYPE_CHECKING:
    from loaders.extract import DocReader
    from loaders.mentions import MentionIndex


@dataclass(frozen=True)
class TerritoryCues:
    """The ``territory`` block of ``seeds/relations.yaml``."""

    verbs: frozenset[str]
    control_nouns: frozenset[str]
    control_only_verbs: frozenset[str]
    falling_verbs: frozenset[str]
    falling_preps: frozenset[str]
    nouns: frozenset[str]
    taker_preps: frozenset[str]
    listing_preps: frozenset[str]
    launching_verbs: frozenset[str]
    past_forms: dict[str, str]  # "retook": "retake", a past form the tagger can read as a noun


@cache
def territory_cues() -> TerritoryCues:
    """The project's cues of territory taken, loaded once per process.

    >>> sorted(territory_cues().falling_verbs), "takeover" in territory_cues().nouns
    (['fall'], True)
    """
    block = load_seed_yaml("relations.yaml")["territory"]  # a missing key is a one-line SeedKeyError
    if not isinstance(block, dict):
        raise OntologyError("relations.yaml: no 'territory' block")
    words = {name: frozenset(block[name]) for name in TerritoryCues.__dataclass_fields__ if name != "past_forms"}
    return TerritoryCues(**words, past_forms=dict(block["past_forms"]))


def territory_words() -> frozenset[str]:
    """The words (lemmas or forms) at which :func:`read_territory` can find anything."""
    cues = territory_cues()
    return cues.verbs | cues.falling_verbs | cues.nouns | cues.past_forms.keys()


def _places(tokens: list[Token], index: MentionIndex) -> list[Mention]:
    """The named places the phrases headed by these tokens are: "X", "the town of X", "the army base at X" (not the
    Beledweyne of "20 soldiers near Beledweyne", where the soldiers were taken, nor the Hiiraan of "dozens of towns in
    Hiiraan", where some towns of the region were)."""
    place_nouns = load_cues().place_nouns
    heads = [h for t in tokens for h in conjuncts(t)]
    heads += [p for h in heads for p in prep_objects(h, {"of"})]
    sites = [h for h in heads if h.lemma_.lower() in place_nouns and "Plur" not in h.morph.get("Number")]
    heads += [p for h in sites for p in prep_objects(h, _AT)]
    heads = [h for h in heads if index.at(h) is not None or h.lemma_.lower() in place_nouns]  # not "the X column"
    return [m for h in heads for m in actors_of(h, index, with_preps=False) if m.label == "Location"]


def lists_places(noun: Token) -> bool:
    """Whether a common noun lists the names of what was taken after one of the listing prepositions ("towns
    including A, B and C", "several bases, comprising A").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The rebels took Kalehe, and towns including Minova and Sake.")
    >>> lists_places(doc[6]), lists_places(doc[3])
    (True, False)
    """
    return noun.pos_ == "NOUN" and bool(prep_objects(noun, territory_cues().listing_preps))


def listed_after_scene(verb: Token) -> list[Token]:
    """The names a comma sets after the phrase that places a named place taken, which the parse joins to that phrase:
    A and B of "took X in Y, A and B" (a list of places taken; not Z of "took X in Y and Z", where X may lie in both).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The rebels have since taken Kalehe in South Kivu, Minova and Sake.")
    >>> [t.text for t in listed_after_scene(doc[4])]
    ['Minova', 'Sake']
    """
    doc = verb.doc
    scenes = prep_objects(verb, _AT)
    listed = [c for p in scenes for c in p.children if c.dep_ == "conj" and c.i > 0 and doc[c.i - 1].text == ","]
    return [t for c in listed for t in conjuncts(c) if t.i >= c.i]


def _taken_objects(verb: Token) -> list[Token]:
    """What a taking verb's clause says was taken: its object, the "of" of "took control of X", its passive subject
    ("X was overrun"), or a list of places the parse hangs on the verb ("took X, and towns including Y")."""
    cues = territory_cues()
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    objects += relative_taken(verb) + gapped_objects(verb) + gapped_after_date(verb)  # "seized X in May and Y in June"
    if verb.dep_ == "amod" and verb.head.lemma_.lower() in cues.control_nouns:  # "seized control of X" parsed as
        objects.append(verb.head)  # a "seized control": the noun is still what was taken
    place_nouns = load_cues().place_nouns
    if any(o.lemma_.lower() in place_nouns for o in objects):  # "overran the army base at X", the parse's "at"
        objects += prep_objects(verb, _AT)
    objects += [c for c in verb.children if c.dep_ == "conj" and lists_places(c)]  # "took X, and towns including Y"
    controlled = [o for o in objects if o.lemma_.lower() in cues.control_nouns]
    if controlled:
        return [p for o in controlled for p in prep_objects(o, {"of"})] + prep_objects(verb, {"of"})
    if verb.lemma_.lower() in cues.control_only_verbs:  # "took Maungdaw", "took the town of X"; not "took the bus"
        return [o for o in objects if o.pos_ == "PROPN" or o.lemma_.lower() in place_nouns]
    return objects


def relative_taken(verb: Token) -> list[Token]:
    """What a relative clause of taking describes, the place taken: "Goma, which the M23 seized", "the towns that the
    rebels captured", "the city the army retook" (and the name a described noun is set beside: "Goma" of "Goma, the
    city that the M23 seized").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Goma, the city that the M23 seized in January, is quiet.")
    >>> [t.text for t in relative_taken(doc[7])]
    ['city', 'Goma']
    """
    described = relative_object(verb)
    return described + [d.head for d in described if d.dep_ == "appos" and d.head.i < d.i]


def gapped_after_date(verb: Token) -> list[Token]:
    """The names a second object of a verb left out: what the parse joins by "and" to the date of the first one's
    phrase: "Bukavu" of "seized Goma on January 27 and Bukavu on February 16" (none when the verb has no object).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The M23 seized Goma on January 27 and Bukavu on February 16.")
    >>> [t.text for t in gapped_after_date(doc[2])]
    ['Bukavu']
    """
    if not any(c.dep_ == "dobj" for c in verb.children):
        return []
    dates = [p for p in prep_objects(verb, {"on", "in"}) if p.ent_type_ == "DATE"]
    return [c for d in dates for c in d.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ != "DATE"]


def taken_by_verb(verb: Token, index: MentionIndex) -> tuple[list[Token], list[Mention]]:
    """The taker tokens and the named places of a clause of taking: "the rebels captured X", "X was seized by Y",
    "X fell to Y"; none for a word that is not such a verb.

    The takers are tokens so that the caller reads them as it reads every side."""
    cues, lemma = territory_cues(), verb.lemma_.lower()
    if verb.pos_ != "VERB" and not has_child(verb, {"dobj"}):  # "retook" read as a noun
        return [], []
    lemma = lemma if lemma in cues.verbs | cues.falling_verbs else cues.past_forms.get(verb.lower_, lemma)
    if lemma in cues.falling_verbs:
        takers = prep_objects(verb, cues.falling_preps)
        return (takers, _places(subjects_of(verb), index)) if takers else ([], [])
    if lemma not in cues.verbs:
        return [], []
    takers = agents_of(verb) if is_passive(verb) else subjects_of(verb)
    objects = _taken_objects(verb)
    listed = listed_after_scene(verb) if any(o.pos_ == "PROPN" for o in objects) else []  # "took X in Y, A and B"
    places = _places(objects, index)
    if listed:  # the parse hangs A and B on Y, where X lies: A and B were taken, not Y
        scenes = {t.i for t in prep_objects(verb, _AT)}
        listed_places = [m for m in _places(listed, index) if not scenes & set(range(m.start, m.end))]
        places += [m for m in listed_places if m not in places]
    return takers + offensive_launchers(takers), places


def offensive_launchers(takers: list[Token]) -> list[Token]:
    """The subjects of the verb that launched or led an offensive said to have taken a place: HTS of "HTS led the
    offensive that took Aleppo", of "HTS launched an offensive, which captured X" (the offensive's own author, "the
    RSF's offensive", is read from the offensive as any side is).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The rebels launched an offensive that captured Minova.")
    >>> [t.text for t in offensive_launchers([doc[4]])]
    ['rebels']
    """
    verbs = territory_cues().launching_verbs
    return [
        s
        for t in takers
        if t.dep_ == "dobj" and t.head.lemma_.lower() in verbs
        for s in subjects_of(t.head)
        if s.i != t.i
    ]


def taken_by_noun(noun: Token, index: MentionIndex) -> tuple[list[Token], list[Mention]]:
    """The taker tokens and the named places of a noun of taking: "the M23's capture of X", "the seizure of X by Y",
    "the fall of X to Y"; none for a word that is not such a noun."""
    cues = territory_cues()
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in cues.nouns:
        return [], []
    takers = [c for c in noun.children if c.dep_ == "poss"] + prep_objects(noun, cues.taker_preps)
    takers += [p for a in noun.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    return takers, _places(prep_objects(noun, {"of"}), index)


def _taken(token: Token, index: MentionIndex) -> tuple[list[Token], list[Mention]]:
    """The takers and places a noun or a verb of taking tells."""
    nominal = token.pos_ == "NOUN" and token.lemma_.lower() in territory_cues().nouns
    return taken_by_noun(token, index) if nominal else taken_by_verb(token, index)


def takes_place(token: Token, index: MentionIndex) -> bool:
    """Whether a verb or noun tells a named place taken, which makes no incident: "the rebels captured X on Tuesday",
    "the capture of X" (not "captured 20 soldiers near X")."""
    return bool(_taken(token, index)[1])


def read_territory(reader: DocReader, token: Token) -> None:
    """ATTACKED from each taker to each named place a verb or noun of taking tells."""
    takers, places = _taken(token, reader.index)
    if not places:
        return
    sides = [m for t in takers for m in actors_of(t, reader.index, with_preps=False) if m.label != "Location"]
    if not sides:  # "the rebels of the CSP captured X": the group of a generic taker
        sides = [m for t in takers for m in actors_of(t, reader.index) if m.label == "Organization"]
    method = f"territory:{token.lemma_.lower()}"
    reader.emit_all(sides, "ATTACKED", [p for p in places if p not in sides], token, method, 0.65)

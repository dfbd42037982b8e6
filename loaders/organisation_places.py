"""Where organisations are, from what describes them and from their people: BASED_IN.

"The Sentinel Front, a Chadian rebel movement", "X is a militia operating in Darfur", "X, an armed group in Chad's
Salamat province" (a description set beside the name or after "is"); "the Houthi rebels from Yemen", "JNIM fighters
in Mali" (the group's people placed); "Tripoli's Government of National Accord" (a place's possessive); "Wagner's
fighters in Mali", "the group has a branch in Chad" (its own people or parts placed). The words are the
``organisation_places`` block of ``seeds/relations.yaml``; the rules emit through the document's reader.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from loaders.coordination import names_listed_before
from loaders.coreference import is_country_reference
from loaders.cues import word_sets
from loaders.doc_tree import has_child, span_root, tree_of
from loaders.mentions import STATE_KINDS, Mention
from loaders.people_bodies import gathering_body
from loaders.place_phrases import incident_doers, place_phrase_words
from loaders.places import (
    described_place,
    division_placed_in,
    listed_conjuncts,
    organisation_before,
    titled_institution,
)
from loaders.qualified_nouns import qualified_noun
from loaders.role_types import role_types
from loaders.syntax import actors_of, agents_of, conjuncts, prep_objects, subjects_of

if TYPE_CHECKING:
    from loaders.cues import Cues
    from loaders.extract import DocReader
    from loaders.syntax import MentionIndex

PLACES = {"Location", "Country"}
OFFICE_KINDS = {"international"}  # a world body's building in a city is one office among many, not its base


@dataclass(frozen=True)
class PlaceWords:
    """The cue words of the organisation-place rules."""

    description_nouns: frozenset[str]
    preps: frozenset[str]
    people_nouns: frozenset[str]
    base_nouns: frozenset[str]
    part_nouns: frozenset[str]
    moving_verbs: frozenset[str]
    moved_parts: frozenset[str]
    holding_verbs: frozenset[str]
    collective_words: frozenset[str]
    control_verbs: frozenset[str]
    control_object_preps: frozenset[str]
    premises_nouns: frozenset[str]
    premises_preps: frozenset[str]
    base_user_verbs: frozenset[str]
    base_chain_preps: frozenset[str]
    settlement_references: frozenset[str]
    naming_participles: frozenset[str]
    region_nouns: frozenset[str]
    aspired_homelands: frozenset[str]


@cache
def place_words() -> PlaceWords:
    """The seed's ``organisation_places`` block."""
    return word_sets(PlaceWords, "organisation_places")


def region_owners(reader: DocReader, place: Mention) -> list[Mention]:
    """The states after "of" that name whose region a place is, with the states listed after them ("based in the
    Lake Chad region of northeastern Nigeria": Nigeria; "active in the Menaka region of Mali and western Niger": Mali
    and Niger); none where the place's noun is no region's (``region_nouns``), nor a province a region lies in ("the
    Zap area of Duhok province" is where an outpost is, the province only the place rules' to say)."""
    root = span_root(reader.doc, place.start, place.end)
    if (state := _demonym_of_regions(reader, root)) is not None:
        return [state]  # "operates in the Mexican states of Tamaulipas and Nuevo León": Mexico
    noun = root if root.dep_ not in {"compound", "amod", "nmod"} else root.head
    if noun.lemma_.lower() not in place_words().region_nouns:
        return []
    owners = [m for t in prep_objects(noun, {"of"}) for m in actors_of(t, reader.index) if m.label == "Country"]
    listed = [c for m in owners for c in listed_conjuncts(reader, m) if c.label == "Country" and c not in owners]
    return owners + listed


def _demonym_of_regions(reader: DocReader, root: Token) -> Mention | None:
    """The state whose word stands before the region noun a place (or a list of places) is named after "of" ("the
    Mexican states of Tamaulipas and Nuevo León", "Kenya's counties of Lamu and Garissa"), else None."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    noun = root.head.head
    if root.dep_ != "pobj" or root.head.lower_ != "of" or noun.lemma_.lower() not in place_words().region_nouns:
        return None
    owners = (reader.index.at(t) for t in noun.children if t.dep_ in {"amod", "poss"})
    return next((m for m in owners if m is not None and m.label == "Country"), None)


def regions_named_of(reader: DocReader, state: Mention) -> list[Mention]:
    """The places a region noun after a state's word names after "of" ("the Mexican state of Tamaulipas":
    Tamaulipas; "Kenya's counties of Lamu and Garissa": both), where the state is what the phrase names first."""
    root = span_root(reader.doc, state.start, state.end)
    noun = root.head
    if root.dep_ not in {"amod", "poss"} or noun.lemma_.lower() not in place_words().region_nouns:
        return []
    if reader.index.at(noun) is not None:
        return []
    named = (m for t in prep_objects(noun, {"of"}) for m in actors_of(t, reader.index))
    return [m for m in named if m.label in PLACES and m != state]


def with_region_owners(reader: DocReader, places: list[Mention]) -> list[Mention]:
    """The places an organisation is based in, with the places the regions of a state's word name
    (:func:`regions_named_of`) and the wider places their regions are named of (:func:`region_owners`)."""
    places = places + [r for m in places for r in regions_named_of(reader, m) if r not in places]
    return places + [o for m in places for o in region_owners(reader, m) if o not in places]


def organisations_placed(reader: DocReader, sent: Span) -> None:
    """Every organisation of a sentence placed by its description, its people, a place's possessive, a clause of
    "where" after a place or a place called its base."""
    words = place_words()
    mentions = reader.index.inside(sent)
    for place in (m for m in mentions if m.label in PLACES):
        _placed_where(reader, place)
        _base_of(reader, place, words)
        described_place(reader, place)
    text = reader.words.text
    for word in (t for t in reader.words.with_lower(words.collective_words, sent) if t.i > 0 and text[t.i - 1] == ","):
        _all_based(reader, word)  # "A, B and C, all based in Mexico"
    for base in (t for t in reader.words.with_lemma(words.base_nouns, sent) if reader.index.at(t) is None):
        _base_is(reader, base)  # "whose stronghold is the Ouaka prefecture", "its headquarters is in Laiza"
        _base_beside(reader, base, words)  # "Erbil, seat of the KRG", "X, a base used by the KDF"
        _base_named(reader, base, words)  # "the group's stronghold of Kidal", "its main base Kidal"
    for noun in reader.words.with_lemma(words.description_nouns, sent):
        _described_elsewhere(reader, noun, words)  # "Sepehr Energy (SE), an Iranian company", however parsed
    for verb in (t for t in reader.words.with_lemma(words.control_verbs, sent) if t.pos_ == "VERB"):
        _controlled(reader, verb, words)  # "HTS, the group that controls most of Idlib province"
        _held_by(reader, verb)  # "Kidal, a town long held by the Sentinel Front"
    for owner in (t for t in reader.words.with_lower(reader.cues.owner_pronouns, sent) if reader.index.at(t) is None):
        org = reader.index.antecedent(owner)  # "X said its forces in Libya": the same sentence's X
        if org is not None and org.label == "Organization":
            _parts_placed(reader, org, owner, words)
    for org in mentions:
        if org.label != "Organization":
            continue
        root = span_root(reader.doc, org.start, org.end)
        if (owner := _place_owner(reader, org, root)) is not None:  # "Tripoli's Government of National Accord"
            reader.emit(org, "BASED_IN", owner, reader.doc[org.start], "place-possessive-organisation", 0.7, "asserted")
        _premises_placed(reader, org, root, words)  # "the TC Television building in Guayaquil"
        if org.kind in STATE_KINDS:
            continue
        for noun in _descriptions(reader, root, words):
            places = _description_places(reader, noun, words)
            reader.emit_all([org], "BASED_IN", places, noun, "described-placed", 0.7, "asserted")
        people = qualified_noun(reader.doc, org, {"compound"})  # "Houthi rebels from Yemen"
        if people is not None and people.lower_ in words.people_nouns and reader.index.at(people) is None:
            done = incident_doers(reader, people)  # "the killing of X by cartel gunmen in Reynosa": the killing's place
            places = [] if done else _places(reader, prep_objects(people, words.preps))
            reader.emit_all([org], "BASED_IN", places, people, "people-placed", 0.7, "asserted")
        elif _from_place(reader, org, root):
            places = _places(reader, prep_objects(root, {"from"}))
            reader.emit_all([org], "BASED_IN", places, root, "organisation-from-place", 0.7, "asserted")
        _parts_placed(reader, org, root, words)  # "Wagner's fighters in Mali", "X has a branch in Y"


def _parts_placed(reader: DocReader, org: Mention, owner: Token, words: PlaceWords) -> None:
    """An organisation (named or as "its" at ``owner``) based where its own people or parts are: their preposition's
    places, or their verb's ("X keeps troops in Chad"); a part the subject of its clause is said to be is that
    subject's place, not the owner's ("X was set up as al-Qaeda's branch in Syria": X is in Syria)."""
    for part in _own_parts(reader, owner, words):
        holders = [part, part.head] if part.dep_ == "dobj" else [part]
        objects = [t for h in holders for t in prep_objects(h, words.preps)]
        places = _places(reader, objects + _moved_to(part, words))
        named = _named_as_part(reader, part)
        based = [org] if named is None else [m for m in named if m.key != org.key]
        reader.emit_all(based, "BASED_IN", places, part, "own-part-placed", 0.7, "asserted")


def _moved_to(part: Token, words: PlaceWords) -> list[Token]:
    """Where a verb of moving takes a base, the object of its "to" or "into": "X moved its headquarters to Doha",
    "the group shifted its bases to Garamba National Park"; none for its people ("moved its fighters to the front")."""
    verb = part.head
    if part.dep_ != "dobj" or part.lower_ not in words.moved_parts or verb.lemma_.lower() not in words.moving_verbs:
        return []
    return prep_objects(verb, {"to", "into"})


def _named_as_part(reader: DocReader, part: Token) -> list[Mention] | None:
    """The organisations a part is said to be, as their clause's complement: "X was founded as al-Qaeda's branch in
    Syria", "X, which serves as its affiliate in Somalia", "X is al-Qaeda's branch in Syria"; None for a part that is
    no one's complement ("al-Qaeda's branch in Syria claimed the attack")."""
    if part.dep_ == "pobj" and part.head.lower_ == "as":
        verb = part.head.head
    elif part.dep_ == "attr":
        verb = part.head
    else:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"] or subjects_of(verb)
    named = [m for t in subjects for m in actors_of(t, reader.index, with_preps=False)]
    return [m for m in named if m.label == "Organization"]


def _premises_placed(reader: DocReader, org: Mention, root: Token, words: PlaceWords) -> None:
    """ "the TC Television building in Guayaquil", "the Paris offices of Charlie Hebdo", "a blast at the ministry's
    headquarters in Tiraspol": an organisation is based where its premises are, named by their preposition of place
    or by a place set before them; not premises with a name of their own, nor a world body's ("the UN building in
    Abuja": one of its offices); a state's body only in a town or region, not in a country ("the ministry's offices
    in Syria" are abroad)."""
    if org.kind in OFFICE_KINDS:
        return
    noun = _premises_of(reader, org, root)
    if noun is None or noun.lemma_.lower() not in words.premises_nouns or reader.index.at(noun) is not None:
        return
    holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]  # "stormed the X building in Doha"
    places = _places(reader, [t for h in holders for t in prep_objects(h, words.premises_preps)])
    before = [reader.index.at(c) for c in noun.children if c.dep_ in {"compound", "nmod"} and c.i < noun.i]
    places += [m for m in before if m is not None and m.label == "Location"]  # "the Paris offices"
    if org.kind in STATE_KINDS:
        places = [m for m in places if m.label == "Location"]
    reader.emit_all([org], "BASED_IN", places, noun, "premises-placed", 0.7, "asserted")


def _premises_of(reader: DocReader, org: Mention, root: Token) -> Token | None:
    """The noun an organisation's name qualifies as owner: right after the name and hung on by one of its words
    ("the Ministry of State Security building"), after its possessive ("the ministry's headquarters") or before its
    "of" ("the offices of Charlie Hebdo", "the offices of the magazine Charlie Hebdo")."""
    doc = reader.doc
    after = doc[org.end] if org.end < len(doc) else None
    head = tree_of(doc).head
    if after is not None and any(head[i] == org.end for i in range(org.start, org.end)):
        return after
    named = root.head if root.dep_ == "appos" else root
    if named.dep_ == "poss":
        return named.head
    return named.head.head if named.dep_ == "pobj" and named.head.lower_ == "of" else None


def _own_parts(reader: DocReader, root: Token, words: PlaceWords) -> list[Token]:
    """The organisation's own people or parts, unnamed: after its possessive ("Wagner's fighters", "the Islamic
    State's branch", "its forces") or the object of a verb of having whose subject it is ("X has fighters", "X, which
    keeps a cell"); not a part with a name of its own."""
    if root.dep_ == "poss":
        parts = [root.head]
    else:  # "X has fighters", "X, which has fighters"
        relatives = [c for c in root.children if c.dep_ == "relcl" and _relative_subject(reader, c)]
        verbs = [*relatives, root.head] if root.dep_ == "nsubj" else relatives
        holding = [v for v in verbs if v.lemma_.lower() in words.holding_verbs]
        parts = [c for v in holding for c in v.children if c.dep_ == "dobj"]
    nouns = words.people_nouns | words.part_nouns
    return [
        t
        for t in parts
        if t.lower_ in nouns and reader.index.at(t) is None and not _names_another(t) and not _of_another_kind(t, nouns)
    ]


def _of_another_kind(part: Token, nouns: frozenset[str]) -> bool:
    """Whether a common noun before a part says whose people they are instead ("its crew members", "its board
    members": a ship's or a company's, not the group's fighters; not "its cell members")."""
    return any(
        c.dep_ == "compound" and c.is_lower and c.pos_ == "NOUN" and c.lower_ not in nouns for c in part.children
    )


def _relative_subject(reader: DocReader, clause: Token) -> bool:
    """Whether a relative clause's subject is its relative pronoun ("X, which has fighters in Niger")."""
    return has_child(clause, {"nsubj"}, reader.cues.relative_pronouns)


def _names_another(part: Token) -> bool:
    """Whether a part is set beside a name of its own ("JNIM, al-Qaeda's affiliate in the Sahel"): that organisation
    is the one placed (``_descriptions``), not its parent."""
    return part.dep_ == "appos" or has_child(part, {"appos"})


def _descriptions(reader: DocReader, root: Token, words: PlaceWords) -> list[Token]:
    """The nouns that say what an organisation is: set beside its name, after it ("X, a Chadian rebel movement") or
    before it ("al-Qaeda's affiliate in Yemen, AQAP"), or after "is" ("X is a militia operating in Darfur"; "A and B
    are Bahraini militant groups": each one, a plural noun after subjects joined), unnamed themselves; the group of
    "one of" or of a comparison ("X, one of the insurgent groups in Manipur", "Amal, the older of Lebanon's two main
    parties"); after "as" when the name is its verb's object ("Ankara regards X as the PKK's Syrian branch"); a plural
    noun a list of names is set beside, for every name of the list ("two Lebanese firms, A and B")."""
    found = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        found.append(root.head)
    if (plural := _plural_described_list(root)) is not None:
        found.append(plural)  # "two Malian armed groups, A and B": B as well as A
    if (named := _named_by_participle(root, words)) is not None:
        found.append(named)  # "Islamic State's Sinai affiliate, known as Sinai Province"
    subject = root
    while subject.dep_ in {"conj", "appos"} and subject.head.i != subject.i:
        subject = subject.head  # "A and B are ...", "A (AV) and B (BH) are ...": B's clause is A's
    if subject.dep_ == "nsubj" and subject.head.lemma_ == "be":
        said = [c for c in subject.head.children if c.dep_ == "attr"]
        found += said if subject is root else [t for t in said if t.tag_ == "NNS"]
    if root.dep_ in {"dobj", "nsubjpass"}:  # "Ankara regards X as the PKK's Syrian branch", "X was set up as a ..."
        found += prep_objects(root.head, {"as"})
    if subject is root and subject.dep_ in {"nsubj", "nsubjpass"}:
        found += [c for verb in _copulas_joined(subject.head) for c in verb.children if c.dep_ == "attr"]
    found += _fronted_descriptions(root)
    found += [p for t in found if t.lower_ == "one" or t.tag_ in {"JJR", "JJS"} for p in _compared_among(t)]
    return [t for t in found if t.lemma_.lower() in words.description_nouns and reader.index.at(t) is None]


def _plural_described_list(root: Token) -> Token | None:
    """The plural noun that a list of names, which a name is a later item of, is set beside: "groups" of "two Malian
    armed groups, A and B" for B (the parse hangs the list's first name on the noun, the others on that name), or
    none."""
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first is root or first.dep_ != "appos" or first.head.tag_ != "NNS":
        return None
    return first.head


def _copulas_joined(verb: Token) -> list[Token]:
    """The verbs "be" with no subject of their own coordinated with a subject's verb: "X emerged in 2011 and is a
    Chadian rebel movement", "X was formed in 2004 and is now the largest militia in Darfur" (X is what they say)."""
    return [
        c
        for c in verb.children
        if c.dep_ == "conj" and c.lemma_ == "be" and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
    ]


def _compared_among(word: Token) -> list[Token]:
    """What "one of" or a comparison picks from, after its "of", through an adjective that compares in turn: "the
    largest of the Syrian rebel groups", "one of the best organised of several Burundian armed groups" ("groups")."""
    found = prep_objects(word, {"of"})
    compared = [a for t in found if t.pos_ in {"ADJ", "ADV"} for a in [t, *(c for c in t.children if c.dep_ == "amod")]]
    return found + [p for a in compared for p in prep_objects(a, {"of"})]


def _fronted_descriptions(root: Token) -> list[Token]:
    """The phrase set before a subject's name and a comma that the parser made a second subject of the name's verb:
    "One of Mexico's oldest cartels, the Gulf Cartel is based in ...", "A Chadian rebel movement, FACT has fought ..."
    ("one" or the noun; ``_descriptions`` keeps only the nouns that say what an organisation is)."""
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    comma = root.left_edge.i - 1
    if comma < 1 or root.doc[comma].text != ",":
        return []
    return [c for c in root.head.children if c.dep_ in {"nsubj", "nsubjpass", "dep"} and c.right_edge.i == comma - 1]


def _named_by_participle(root: Token, words: PlaceWords) -> Token | None:
    """The noun a name is given to by a participle of naming and "as" set after it ("the group's Sinai affiliate,
    known as Sinai Province": "affiliate"), or by a verb of naming whose complement the name is ("a Russian group
    called the National Republican Army", "a group he called X": "group"), else None."""
    verb = root.head
    if root.dep_ == "oprd" and verb.dep_ in {"acl", "relcl"} and verb.lemma_.lower() in words.naming_participles:
        return verb.head
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "as" or prep.head.dep_ != "acl":
        return None
    participle = prep.head
    return participle.head if participle.lemma_.lower() in words.naming_participles else None


def _base_of(reader: DocReader, place: Mention, words: PlaceWords) -> None:
    """ "Kidal, a stronghold of the CMA", "Idlib, its main stronghold", "Beirut, a Hezbollah stronghold", "Jenin is
    Islamic Jihad's bastion": a place called a base, beside its name or after "is", places the organisation of the
    base's "of", possessive or name before it there."""
    root = span_root(reader.doc, place.start, place.end)
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        nouns += [c for c in root.head.children if c.dep_ == "attr"]
    for noun in (n for n in nouns if n.lemma_.lower() in words.base_nouns and reader.index.at(n) is None):
        if _place_before_comma(reader, noun.left_edge.i - 1, words) is not None:
            continue  # "Kidal, a stronghold of the CMA": ``_base_beside`` reads it, however parsed
        reader.emit_all(
            base_owners(reader, noun, words), "BASED_IN", [place], noun, "place-called-base", 0.7, "asserted"
        )


def base_owners(reader: DocReader, noun: Token, words: PlaceWords) -> list[Mention]:
    """The organisations whose base a base noun is: its possessive or name before it, its "of" ("a stronghold of the
    CMA"), or the agents of a participle of use after it ("a base used by the KDF and the US military")."""
    owners = [c for c in noun.children if c.dep_ in {"poss", "compound", "nmod"}] + prep_objects(noun, {"of"})
    users = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in words.base_user_verbs]
    owners += [p for verb in users for p in agents_of(verb, shared=False)]
    return [m for t in owners for m in actors_of(t, reader.index, with_preps=False) if m.label == "Organization"]


def _base_named(reader: DocReader, base: Token, words: PlaceWords) -> None:
    """ "the group's stronghold of Kidal", "the Sentinel Front's main base Kidal", "the Sentinel Front's stronghold
    Kidal" (the noun read as the name's modifier): a base noun whose owner is an organisation (not a
    state's body, whose stronghold is a front), with the place's own name after it, places the organisation there."""
    named = [c for c in base.children if c.dep_ in {"appos", "compound"} and c.i > base.i]
    named += prep_objects(base, {"of"})
    host = base.head if base.dep_ == "compound" and base.head.i > base.i else base
    if host is not base:
        named.append(host)  # "the Sentinel Front's stronghold Kidal": the owner hangs on the name
    places = [m for t in named if (m := reader.index.at(t)) is not None and m.label in PLACES]
    if not places:
        return
    orgs = [m for m in base_owners(reader, host, words) if m.kind not in STATE_KINDS]
    reader.emit_all(orgs, "BASED_IN", places, base, "base-named-place", 0.7, "asserted")


def _base_beside(reader: DocReader, base: Token, words: PlaceWords) -> None:
    """ "Erbil, seat of the KRG", "the Souq al-Juma district, the stronghold of the Radaa force", "Camp Simba at Manda
    Bay, a base used by the KDF": a base noun whose phrase opens right after a place's comma describes that place
    however the parse hangs it (on the place, its designator, another noun or the verb); the first of places chained
    by a preposition before the comma is the one described ("Camp Simba at Manda Bay in Lamu county, a base")."""
    place = _place_before_comma(reader, base.left_edge.i - 1, words)
    if place is None:
        return
    reader.emit_all(base_owners(reader, base, words), "BASED_IN", [place], base, "base-beside-place", 0.7, "asserted")


def _place_before_comma(reader: DocReader, comma: int, words: PlaceWords) -> Mention | None:
    """The place named right before a comma (its designator may follow its name: "the Souq al-Juma district"), or
    the first of the places chained to it by a preposition of place ("Camp Simba at Manda Bay in Lamu county")."""
    doc, lower = reader.doc, reader.words.lower
    if comma < 1 or doc[comma].text != ",":
        return None
    end = comma - 1
    if reader.index.at(doc[end]) is None and lower[end] in reader.cues.place_nouns | reader.cues.place_divisions:
        end -= 1  # "the Souq al-Juma district": the designator after the name
    place = reader.index.at(doc[end])
    if place is None or place.label not in PLACES or place.end - 1 != end:
        return None
    before = [m for m in reader.index.inside(doc[comma].sent) if m.end <= place.start]
    for m in reversed(before):
        gap = [w for w in lower[m.end : place.start] if w != "the"]
        if m.label != "Location" or len(gap) != 1 or gap[0] not in words.base_chain_preps:
            break
        place = m
    return place


def _whose_base(reader: DocReader, noun: Token) -> list[Mention]:
    """The organisations a clause of "whose" base hung on ``noun`` speaks of: the one named ("X, whose stronghold"),
    the one a group noun sets off ("X, a rebel group whose stronghold"), or the one a person after its "of" leads
    ("the X of Ali Darassa, whose stronghold": the parser hangs the clause on the leader)."""
    named = actors_of(noun, reader.index, with_preps=False)
    if named and all(m.label == "Person" for m in named) and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return actors_of(noun.head.head, reader.index, with_preps=False)
    return named


def _base_is(reader: DocReader, base: Token) -> None:
    """ "X, whose stronghold has long been the Ouaka prefecture", "Its main base is in Kunar", "X's headquarters is
    in Laiza": a base noun, subject of "is", places the organisation whose base it is (its possessive, "whose" of a
    clause after the organisation, "its" of an organisation named before) in the place it is, or is in; not a
    state's own body (an army's "stronghold" is a front, not its base)."""
    verb = base.head
    if base.dep_ != "nsubj" or verb.lemma_ != "be":
        return
    owner = next((c for c in base.children if c.dep_ == "poss"), None)
    if owner is None:
        return
    if owner.lower_ == "whose":
        orgs = _whose_base(reader, verb.head) if verb.dep_ == "relcl" else []
    elif reader.index.at(owner) is None and owner.lower_ in reader.cues.owner_pronouns:  # the topic, else whom the
        orgs = [m for m in [_topic(reader, base) or reader.index.antecedent(owner)] if m is not None]  # pronoun names
    else:
        orgs = actors_of(owner, reader.index, with_preps=False)
    objects = [c for c in verb.children if c.dep_ == "attr"] + prep_objects(verb, {"in"})
    places = _places(reader, objects) or [
        m for t in objects if (m := settlement_referred(t, reader.index, reader.cues)) is not None
    ]
    orgs = [m for m in orgs if m.label == "Organization" and m.kind not in STATE_KINDS]
    reader.emit_all(orgs, "BASED_IN", places, base, "base-is-place", 0.7, "asserted")


def settlement_referred(noun: Token, index: MentionIndex, cues: Cues) -> Mention | None:
    """The place "the town" or "the city" stands for: the last place named before it, in its sentence or the one
    before, that is not a country nor called a division ("Kachin State", "Lamu county"); None for another noun.

    >>> from loaders.cues import load_cues
    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("Rebels entered Kidal in May. They attacked two posts in the town.")
    >>> index = MentionIndex(doc, [Mention(2, 3, 15, 20, "Kidal", "Location", "Kidal")])
    >>> settlement_referred(doc[12], index, load_cues()).name, settlement_referred(doc[9], index, load_cues())
    ('Kidal', None)
    """
    definite = has_child(noun, {"det"}, {"the"})
    if not definite or noun.lower_ not in place_words().settlement_references or index.at(noun) is not None:
        return None
    start = noun.sent.start
    if start > 0:
        start = noun.doc[start - 1].sent.start
    for m in reversed(index.inside(noun.doc[start : noun.i])):
        last_word = noun.doc[m.end - 1].lower_
        if m.label == "Location" and last_word not in cues.place_divisions | cues.place_nouns:
            return m
    return None


def names_the_settlement(reader: DocReader, noun: Token, place: Mention) -> bool:
    """Whether a place after a settlement noun's "of" is that settlement's own name ("Sittwe, the port town of
    Kyaukphyu": Kyaukphyu is another town, not where Sittwe lies); not a country ("the capital city of Sri Lanka")
    nor a place called a division ("the main town of the Kidal region")."""
    of = span_root(reader.doc, place.start, place.end).head
    own = noun.lower_ in place_words().settlement_references and of.lower_ == "of" and of.head.i == noun.i
    kinds = reader.cues.place_divisions | reader.cues.place_nouns
    return own and place.label == "Location" and reader.doc[place.end - 1].lower_ not in kinds


def _described_elsewhere(reader: DocReader, noun: Token, words: PlaceWords) -> None:
    """ "At the centre is Sepehr Energy Jahan Nama Pars (Sepehr Energy), an Iranian company that ...": a description
    set after a comma that closes an organisation's name (and its short name in brackets) places that organisation,
    when the parse hangs the description on another word (hung on the name, ``_descriptions`` reads it), or takes it
    for a clause of the verb before ("turned to the X Group, the Russian mercenary outfit whose fighters ...")."""
    if noun.dep_ not in {"appos", "ccomp"} or reader.index.at(noun) is not None:
        return
    org = organisation_before(reader, noun)
    if org is None or org.kind in STATE_KINDS or reader.index.at(noun.head) == org:
        return
    reader.emit_all(
        [org], "BASED_IN", _description_places(reader, noun, words), noun, "described-placed", 0.7, "asserted"
    )


def _controlled(reader: DocReader, verb: Token, words: PlaceWords) -> None:
    """ "HTS, the Islamist group that controls most of Idlib province", "the Islamic Courts Union, which controlled
    Mogadishu", "al-Shabaab controls large parts of Somalia", "much of the area around Tera": a group holding ground is
    based in the places its verb of holding names as object (or up to two steps of "of" or "around" after it; not
    "Israeli troops"); not a state's body (an army holding a town holds a front), nor a verb in the passive ("Gao is
    controlled by the army")."""
    if has_child(verb, {"nsubjpass", "auxpass", "prt"}):
        return  # "Gao is held by the army", "its fighters were holding back Israeli troops"
    objects = held_objects(verb)
    level = objects
    for _ in range(2):  # "much of the area around Tera": two steps of "of" or "around" to the place
        level = [
            p
            for o in level
            if reader.index.at(o) is None
            for t in prep_objects(o, words.control_object_preps)
            for p in conjuncts(gerund_object(t))
        ]
        objects += level
    found = [m for t in dict.fromkeys(objects) for m in actors_of(t, reader.index, with_preps=False)]
    places = [m for m in dict.fromkeys(found) if m.label in PLACES]
    places = [m for m in places if span_root(reader.doc, m.start, m.end).dep_ != "amod"]  # not a demonym
    places += [d for m in places if (d := division_placed_in(reader, m)) and d not in places]  # "Baga in X's Y state"
    orgs = [m for t in subjects_of(verb) for m in named_or_described(reader, t)]
    orgs = [m for m in orgs if m.label == "Organization" and m.kind not in STATE_KINDS]
    reader.emit_all(orgs, "BASED_IN", places, verb, "controls-place", 0.7, "asserted")


def _held_by(reader: DocReader, verb: Token) -> None:
    """ "Kidal, controlled by the Sentinel Front", "Kidal is the last town still held by X", "Gao was held by X",
    "the town had been held by X": a group (not a state's body, whose hold is a front) by whom a place is held in the
    passive is based there."""
    if not has_child(verb, {"agent"}):
        return
    orgs = [m for t in agents_of(verb) for m in actors_of(t, reader.index, with_preps=False)]
    orgs = [m for m in orgs if m.label == "Organization" and m.kind not in STATE_KINDS]
    if not orgs:
        return
    held = [verb.head] if verb.dep_ == "acl" else [c for c in verb.children if c.dep_ == "nsubjpass"]
    places = [m for t in held for h in conjuncts(t) for m in _places_held(reader, h)]
    reader.emit_all(orgs, "BASED_IN", list(dict.fromkeys(places)), verb, "held-by-group", 0.7, "asserted")


def _places_held(reader: DocReader, noun: Token) -> list[Mention]:
    """The places a noun held names: its own name, or, for a common noun, the place it is said to be ("Kidal, a town",
    "Kidal is the last town"), the place after its "of" ("the town of Kidal") or the town it stands for ("the town")."""
    found = reader.index.at(noun)
    if found is not None:
        return [found] if found.label in PLACES else []
    if noun.pos_ != "NOUN":
        return []
    words = place_words()
    said = subjects_of(noun.head) if noun.dep_ == "attr" and noun.head.lemma_ == "be" else []
    said += [p for p in prep_objects(noun, {"of"}) if noun.lower_ in words.settlement_references]
    places = [m for t in said if (m := reader.index.at(t)) is not None and m.label in PLACES]
    if noun.dep_ in {"appos", "npadvmod"} and (beside := _place_before_comma(reader, noun.left_edge.i - 1, words)):
        places.append(beside)  # "Kidal, a town held by X", however the parse hangs the description
    if not places and (town := settlement_referred(noun, reader.index, reader.cues)) is not None:
        places.append(town)
    return places


def groups_of_people(reader: DocReader, holders: list[Token]) -> list[Mention]:
    """The organisations whose unnamed people a verb's subjects are: "contractors of the Wagner Group operate in Mali",
    "militants from al-Shabaab remain active in X" (a noun of people, then "of" or "from" a group's name); not a
    state's body, whose troops abroad serve far from its home, nor a group's former people ("former members of X")."""
    people = [h for h in holders if h.lower_ in place_words().people_nouns and reader.index.at(h) is None]
    people = [h for h in people if not any(c.lower_ in role_types().former_words for c in h.children)]
    objects = [t for h in people for t in prep_objects(h, {"of", "from"})]
    found = [m for t in objects for m in actors_of(t, reader.index, with_preps=False)]
    return [m for m in found if m.label == "Organization" and m.kind not in STATE_KINDS]


def held_objects(verb: Token) -> list[Token]:
    """The objects of a verb of holding, and the nouns listed with them however the parse hangs them: on a common
    noun in apposition to the first ("controls Aden, the seat of the government, and much of Lahj": "much" on "seat",
    wherever "seat" hangs), or on the verb itself ("controls Fallujah, and large areas of eastern Syria": "areas" on
    "controls")."""
    objects = [o for c in verb.children if c.dep_ == "dobj" for o in conjuncts(c)]
    hosts = [verb, *objects]  # the parse may hang the apposition on the verb
    described = [a for h in hosts for a in h.children if a.dep_ == "appos" and a.pos_ == "NOUN"]
    objects += [x for a in described for x in a.conjuncts if x not in objects]
    if objects:
        objects += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN" and _bare_noun(c)]
    return objects


def _bare_noun(noun: Token) -> bool:
    """Whether a noun has no clause of its own (no subject, no verb hung on it): a listed object, not a new clause."""
    return not has_child(noun, {"nsubj", "nsubjpass", "relcl", "acl", "aux", "cop"})


def gerund_object(token: Token) -> Token:
    """The object of a gerund the parser made of a word before a place ("large swathes of neighbouring Iraq":
    "neighbouring" read as a verb taking "Iraq"), else the token itself."""
    if token.dep_ != "pcomp" or token.tag_ != "VBG":
        return token
    return next((c for c in token.children if c.dep_ == "dobj"), token)


def named_or_described(reader: DocReader, subject: Token) -> list[Mention]:
    """The organisations a subject names, or the one an unnamed description set beside a name stands for ("HTS, the
    group that controls Idlib": HTS; "the ISSP, the organisation that dominated Tera", wherever the parse hangs it;
    "the ICU, a coalition of Sharia courts that controlled Mogadishu": the ICU, the pronoun the coalition's); a
    description set after a name and a comma is the name's however the parse hangs it, not a group named earlier that
    "the group" would refer back to."""
    if subject.lemma_.lower() in place_words().description_nouns and reader.index.at(subject) is None:
        beside = organisation_before(reader, subject)  # "Hamas, the Islamist group that has ruled Gaza", however
        if beside is not None:  # parsed: Hamas, not a group named before that "the group" would refer back to
            return [beside]
    found = actors_of(subject, reader.index, with_preps=False)
    if not found and (body := gathering_body(subject)) is not None:
        subject = body  # "the ICU, a coalition of Sharia courts that controlled Mogadishu": the coalition
    if found or subject.dep_ != "appos":
        return found
    named = reader.index.at(subject.head) or organisation_before(reader, subject)  # the parse may hang it elsewhere
    return [named] if named is not None else []


def _all_based(reader: DocReader, word: Token) -> None:
    """ "the CJNG, the Sinaloa Cartel and the Gulf Cartel, all based in Mexico", "A and B, both of which are based in
    El Salvador": the organisations listed right before the comma of a collective word are based where a participle
    of BASED_IN (within four words of it) puts them."""
    after = reader.doc[word.i + 1 : min(word.i + 5, word.sent.end)]
    verb = next((t for t in after if t.tag_ == "VBN" and _based_cues(reader, t)), None)
    if verb is None:
        return
    places = _places(reader, [o for cue in _based_cues(reader, verb) for o in prep_objects(verb, cue.preps)])
    orgs = names_listed_before(
        reader.doc, reader.index.inside(word.sent), word.i - 1, "Organization", reader.cues.list_gaps
    )
    if len(orgs) < 2:
        return  # one name alone is read by the participle rules
    reader.emit_all(orgs, "BASED_IN", places, verb, "listed-all-based", 0.7, "asserted")


def _based_cues(reader: DocReader, verb: Token) -> list:
    """The verb's cues of BASED_IN ("based", "headquartered")."""
    return [cue for cue in reader.cues.verbs.get(verb.lemma_.lower(), ()) if cue.type == "BASED_IN"]


def _topic(reader: DocReader, base: Token) -> Mention | None:
    """Whom "its" of a base stands for: the subject of its sentence's main clause ("It was formed in 2012, and its
    strongholds are in Derry") or, when the base is that subject, of the sentence before ("The cartel emerged in
    2010. Its stronghold is Jalisco"), as named or as the actor that subject refers to."""
    sent = base.sent
    subjects = [c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i != base.i]
    if not subjects and sent.start > 0:
        before = reader.doc[sent.start - 1].sent
        subjects = [c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        return None
    subject = subjects[0]
    return reader.index.at(subject) or reader.index.antecedent(subject)


def _description_places(reader: DocReader, noun: Token, words: PlaceWords) -> list[Mention]:
    """The places a description gives: its demonym or possessive ("a Chadian movement", "Chad's militia"), its "in"
    phrase ("an armed group in Salamat") and, after "is" or "one of", the place of its participle or adjective ("a
    militia operating in Darfur", "a group active in Chad"; set beside the name, the verb and adjective rules read
    those); a proxy's demonym or possessive names its backer, not its place."""
    backing = _backing(reader, noun)  # not Iran of "Iran's proxy"
    members = [] if backing else _members_named(reader, noun, words)
    places = [] if backing else _modifier_places(reader, noun)
    places += [m for member in members for m in _modifier_places(reader, member)]
    objects = [t for n in [noun, *members] for t in prep_objects(n, words.preps)]
    if noun.dep_ != "appos":  # after "is", or after "one of"
        for clause in (c for c in noun.children if c.dep_ in {"acl", "relcl", "amod"}):
            lemma = clause.lemma_.lower()
            cues = reader.cues.verbs.get(lemma, ()) + reader.cues.adjectives.get(clause.lower_, ())
            objects += [t for cue in cues if cue.type == "BASED_IN" for t in prep_objects(clause, cue.preps)]
    places += with_region_owners(reader, _places(reader, objects))  # "a militia in the X region of Chad"
    return places + [m for m in reader.apposed_places(places) if m not in places]  # "a firm based in Paris, France"


def _modifier_places(reader: DocReader, noun: Token) -> list[Mention]:
    """The places a noun's demonym or possessive names, among its modifiers or theirs ("Bahraini" of "small Bahraini
    Shia militant groups"; not "an Iran-backed militia"), and the country "the country's" stands for ("X, the
    country's largest armed group": the country named before)."""
    doc = reader.doc
    start = noun.left_edge.i
    modifiers = [
        t
        for t in doc[start : noun.i]
        if t.head.i == noun.i or (start <= t.head.i < noun.i and not _backing(reader, t.head))
    ]
    places = []
    for child in modifiers:
        m = reader.index.at(child)
        hyphened = m is not None and (doc[max(m.start - 1, 0)].text == "-" or doc[min(m.end, len(doc) - 1)].text == "-")
        if m is not None and m.label in PLACES and child.dep_ in {"amod", "compound", "nmod", "poss"} and not hyphened:
            places.append(m)
        elif m is None and (country := _country_referred(reader, child)) is not None:
            places.append(country)
    return places


def _members_named(reader: DocReader, noun: Token, words: PlaceWords) -> list[Token]:
    """The people, unnamed and plural, after a description's "of" that says whom the organisation gathers, whose
    demonym, possessive or place then places it too: "a radical group of young Israeli nationalists", "the main party
    of Kosovo's ethnic Serbs", "a network of smugglers from Niger" (not a name: "the armed wing of Hamas"; not one body:
    "a faction of the country's army"; not organisations, which a coalition gathers from elsewhere: "a coalition of
    former Darfur rebel movements")."""
    return [
        t
        for t in prep_objects(noun, {"of"})
        if t.tag_ in {"NNS", "NNPS"} and t.lemma_.lower() not in words.description_nouns and reader.index.at(t) is None
    ]


def _country_referred(reader: DocReader, owner: Token) -> Mention | None:
    """The country a possessive "the country's" (or "the kingdom's") before a description stands for: the country
    named before it ("Mali ... X, one of the country's most powerful armed groups": Mali)."""
    if owner.dep_ != "poss" or not is_country_reference(owner, reader.index):
        return None
    found = reader.index.antecedent(owner)
    return found if found is not None and found.label == "Country" else None


def _backing(reader: DocReader, word: Token) -> bool:
    """Whether a noun names a backed body ("proxy"): its demonym or possessive names the backer, not its place."""
    return any(c.type == "FUNDS" and c.reverse for c in reader.cues.nouns.get(word.lemma_.lower(), ()))


def _places(reader: DocReader, objects: list[Token]) -> list[Mention]:
    """The places named by prepositions' objects, or after the "of" of an unnamed place noun ("from the mountains of
    Saada", "in the south of Chad")."""
    nouns = reader.cues.place_nouns | place_phrase_words().designators | place_phrase_words().part_nouns
    objects = objects + [
        p for t in objects if reader.index.at(t) is None and t.lower_ in nouns for p in prep_objects(t, {"of"})
    ]
    return [m for t in objects for m in actors_of(t, reader.index, with_preps=False) if m.label in PLACES]


def _from_place(reader: DocReader, org: Mention, root: Token) -> bool:
    """ "Hezbollah from Lebanon": "from" right after the name, hanging from it."""
    after = reader.doc[org.end] if org.end < len(reader.doc) else None
    return after is not None and after.lower_ == "from" and after.head.i == root.i


def _place_owner(reader: DocReader, org: Mention, root: Token) -> Mention | None:
    """The place whose possessive names an organisation ("Tripoli's Government of National Accord"); a country's
    possessive is ``organisation_placed``'s."""
    owner = next((c for c in root.children if c.dep_ == "poss" and c.i < org.start), None)
    m = reader.index.at(owner) if owner is not None else None
    return m if m is not None and m.label == "Location" and m.end == org.start - 1 else None


def is_homeland(actor: Mention) -> bool:
    """Whether a name is a homeland movements proclaim or fight for (``aspired_homelands``), no place a body sits in
    nor a body itself ("Ambazonia", "Biafra", "Kurdistan": not the Kurdistan Region of Iraq).

    >>> [is_homeland(Mention(0, 1, 0, 0, n, "Location", n)) for n in ("Kurdistan", "Kurdistan Region")]
    [True, False]
    """
    homelands = place_words().aspired_homelands
    return actor.name.lower() in homelands or actor.text.lower() in homelands


def claims_a_homeland(reader: DocReader, org: Mention, place: Mention) -> bool:
    """Whether the place an organisation's name gives is a homeland it fights for rather than where it is based: the
    place is one (:func:`is_homeland`: "the Kurdistan Workers' Party"), or the name holds one the gazetteer knows as
    this place ("the Ambazonia Defence Forces", Ambazonia being the Anglophone regions)."""
    if is_homeland(place):
        return True
    words = org.name.lower().split()
    held = {" ".join(words[i : i + n]) for n in (1, 2, 3) for i in range(len(words))} & place_words().aspired_homelands
    return any((known := reader.gazetteer.lookup(h)) is not None and known.id == place.key for h in held)


def named_place(reader: DocReader, org: Mention, place: Mention) -> None:
    """An organisation whose name ends with a place ("the African Union Mission in Somalia") is based there; not a
    state's own body named after its country ("the Armed Forces of the Philippines": the state's, not based in it),
    nor the country itself read as an organisation ("the Russian Federation"), nor an institution whose title
    carries the place ("the University of Nairobi"), nor a homeland it fights for
    (:func:`claims_a_homeland`: "the Indigenous People of Biafra")."""
    state_named = org.kind in STATE_KINDS and place.label == "Country"
    if (
        place.key != org.key
        and not state_named
        and not titled_institution(org, place)
        and not claims_a_homeland(reader, org, place)
    ):
        reader.emit(org, "BASED_IN", place, reader.doc[org.start], "place-in-name", 0.75, "asserted")


def _placed_where(reader: DocReader, place: Mention) -> None:
    """ "Jolo, where the Sentinel Front has several camps", "Kidal, where X is based", "Darfur, where X operates":
    a clause of "where" after a place with a cue of a base (a verb, an adjective or an object noun of BASED_IN)
    places the organisations that are its subject."""
    root = span_root(reader.doc, place.start, place.end)
    cues = reader.cues
    for clause in (c for c in root.children if c.dep_ == "relcl"):
        if not has_child(clause, {"advmod"}, {"where"}):
            continue
        said = [clause, *(c for c in clause.children if c.dep_ in {"dobj", "attr", "acomp"})]
        if not any(
            cue.type == "BASED_IN"
            for t in said
            for cue in cues.verbs.get(t.lemma_.lower(), ())
            + cues.adjectives.get(t.lower_, ())
            + cues.nouns.get(t.lemma_.lower(), ())
        ):
            continue
        subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
        orgs = [m for t in subjects for m in actors_of(t, reader.index, with_preps=False) if m.label == "Organization"]
        reader.emit_all(orgs, "BASED_IN", [place], clause, "placed-where", 0.7, "asserted")

"""The members a named coalition or umbrella is said to have: MEMBER_OF it, or ALLIED_WITH each other.

"The Islamic Resistance in Iraq, which includes Kataib Hezbollah and Nujaba", "X, an umbrella of militias including
A and B", "the Alliance of Sahel States, made up of Mali, Burkina Faso and Niger", "X is made up of A and B", "X
brings together A, B and C", "X unites A and B", "A, B and C formed the Alliance of Sahel States", "A and B belong
to X", "X is divided into two factions, A and B", "X, a coalition dominated by A": a group among the members is
MEMBER_OF the coalition (as the ontology's conventions say); states, which are members of nothing in the ontology,
are AFFILIATED_WITH it and allied with each other when the coalition's name says it is one ("Alliance",
"Coalition"). The cue words are the ``coalition_members`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.cues import word_sets
from loaders.doc_tree import has_child
from loaders.mentions import Mention
from loaders.people_bodies import gathering_body
from loaders.role_types import role_types
from loaders.sanctions import companion_objects
from loaders.syntax import (
    actors_of,
    agents_of,
    is_passive,
    names_opening_items,
    prep_objects,
    refers_back,
    subjects_of,
)

if TYPE_CHECKING:
    from loaders.extract import DocReader


@dataclass(frozen=True)
class CoalitionCues:
    """The cue words of the ``coalition_members`` block."""

    listing_verbs: frozenset[str]  # "X, which includes A and B": the subject lists its members
    listing_preps: frozenset[str]  # "X, an umbrella of militias including A and B"
    made_of_verbs: frozenset[str]  # "X, made up of A and B", "composed of", "consisting of"
    gathering_verbs: frozenset[str]  # "X brings together A and B"
    gathering_words: frozenset[str]  # "together"
    uniting_verbs: frozenset[str]  # "X unites A, B and C" (with an object; without one, a merger)
    forming_verbs: frozenset[str]  # "A and B formed X": the subjects are the members
    founding_companions: frozenset[str]  # "A, along with B, formed X": B is a member too
    belonging_verbs: frozenset[str]  # "A and B belong to X"
    merging_verbs: frozenset[str]  # "A and B merged into X", "X was formed when A and B merged"
    merging_preps: frozenset[str]  # "into"
    merger_nouns: frozenset[str]  # "X was founded through the merger of A and B"
    merger_preps: frozenset[str]  # "of", "between"
    splitting_verbs: frozenset[str]  # "X is divided into two factions, A and B", "X split into A and B"
    umbrella_nouns: frozenset[str]  # "X, an umbrella of groups that includes A": the noun the members are "of"
    umbrella_member_preps: frozenset[str]  # "X, an umbrella for Iran-backed militias": the members after "for"
    owned_umbrella_words: frozenset[str]  # "the SNA's political umbrella, the SIG": the SNA is a member of the SIG
    dominating_verbs: frozenset[str]  # "X, a coalition dominated by Y": Y is a member of X
    member_nouns: frozenset[str]  # "X, whose members include A", "members of X include A": X lists them
    coalition_words: frozenset[str]  # words of a coalition's name: "Alliance", "Coalition"


@cache
def coalition_cues() -> CoalitionCues:
    """The ``coalition_members`` block of ``seeds/relations.yaml``, loaded once per process."""
    return word_sets(CoalitionCues, "coalition_members")


def coalition_words() -> frozenset[str]:
    """Every word (lemma or lowercase form) at which :func:`read_coalition` can find something."""
    cues = coalition_cues()
    return (
        cues.listing_verbs
        | cues.listing_preps
        | cues.made_of_verbs
        | cues.gathering_verbs
        | cues.uniting_verbs
        | cues.forming_verbs
        | cues.belonging_verbs
        | cues.merging_verbs
        | cues.merger_nouns
        | cues.splitting_verbs
        | cues.dominating_verbs
        | cues.owned_umbrella_words
    )


def read_coalition(reader: DocReader, token: Token) -> None:
    """The coalition and the members a verb or a preposition of membership names, linked (a description set beside
    the coalition's name is stated, whatever verb the sentence has: "X, an umbrella including A, claimed ...")."""
    cues, lemma = coalition_cues(), token.lemma_.lower()
    described = None
    if token.lower_ in cues.listing_preps and token.dep_ == "prep":
        coalitions = [] if _examples_of_companion(reader, token) else _umbrella(reader, token.head)
        members, described = _actors(reader, [c for c in token.children if c.dep_ == "pobj"]), "asserted"
    elif token.lower_ in cues.owned_umbrella_words and token.pos_ in {"NOUN", "ADJ"}:
        coalitions, members = _umbrella_of_owner(reader, token)
        described = "asserted"
    elif lemma in cues.merger_nouns and token.pos_ == "NOUN":
        coalitions = _made_by_merger(reader, token)
        members = [m for m in _actors(reader, prep_objects(token, cues.merger_preps)) if m.label == "Organization"]
        owners = _owners_of_merged_parts(reader, prep_objects(token, cues.merger_preps))
        method = f"coalition-part:{lemma}"
        reader.emit_all(owners, "AFFILIATED_WITH", [m for m in coalitions if _named(m)], token, method, 0.65)
    elif token.pos_ != "VERB":
        return
    elif lemma in cues.listing_verbs or _gathers(token):  # the subject itself named: not Hezbollah of "Hezbollah's
        coalitions = _named_subjects(reader, token)  # allies include A"; "X brings together A and B"
        members = _listed_members(reader, [c for c in token.children if c.dep_ == "dobj"])
    elif lemma in cues.made_of_verbs and token.dep_ == "acl":
        coalitions = [m for m in [reader.index.at(token.head)] if m is not None]
        members, described = _actors(reader, prep_objects(token, {"of"})), "asserted"
    elif lemma in cues.made_of_verbs:  # "X is made up of A and B", "X consists of A and B"
        coalitions, members = _named_subjects(reader, token), _actors(reader, prep_objects(token, {"of"}))
    elif lemma in cues.forming_verbs:
        coalitions = [m for m in _actors(reader, [c for c in token.children if c.dep_ == "dobj"]) if _is_coalition(m)]
        members = _actors(reader, subjects_of(token)) + _founding_companions(reader, token)
    elif lemma in cues.belonging_verbs:
        coalitions, members = _actors(reader, prep_objects(token, {"to"})), _actors(reader, subjects_of(token))
    elif lemma in cues.merging_verbs:
        coalitions = _merged_into(reader, token)
        members = _actors(reader, [c for c in token.children if c.dep_ == "nsubj"])
        heads = [m for m in _actors(reader, prep_objects(token, {"under"})) if m.label == "Person"]
        reader.emit_all(heads, "LEADS", [m for m in coalitions if _named(m)], token, "merged-under", 0.7)
    elif lemma in cues.splitting_verbs:
        coalitions, members = _named_subjects(reader, token), _parts_split_into(reader, token)
    elif lemma in cues.dominating_verbs and token.dep_ == "acl":  # "X, a coalition dominated by Y"
        coalitions = _described_umbrella(reader, token.head)
        members = _actors(reader, agents_of(token))  # a person who leads it is no member here (role rules)
    else:
        return
    _link(reader, [m for m in coalitions if _named(m)], members, token, described)


def _merged_into(reader: DocReader, verb: Token) -> list[Mention]:
    """The body a merger makes: after "into" ("merged into X"), else the subject of the passive forming verb the
    merger's clause hangs on ("X was formed in 2017 when A and B merged")."""
    cues = coalition_cues()
    into = _actors(reader, prep_objects(verb, cues.merging_preps))
    if into:
        return into
    formed = next((a for a in verb.ancestors if a.lemma_.lower() in cues.forming_verbs and is_passive(a)), None)
    return _actors(reader, [c for c in formed.children if c.dep_ == "nsubjpass"]) if formed is not None else []


def _made_by_merger(reader: DocReader, noun: Token) -> list[Mention]:
    """The body a merger noun makes: the subject of the verb whose preposition takes the noun ("X was founded
    through the merger of A and B", "X emerged from the merger of A and B"), or whose "by" phrase does when the verb
    is one of forming ("X was created by the merger of A and B", not "X was weakened by the merger of A and B"); none
    for a merger that is a verb's object or subject ("X opposed the merger of A and B")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ not in {"prep", "agent"} or prep.head.pos_ not in {"VERB", "AUX"}:
        return []
    verb = prep.head
    if prep.dep_ == "agent" and verb.lemma_.lower() not in coalition_cues().forming_verbs:
        return []
    return _actors(reader, [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}])


def _parts_split_into(reader: DocReader, verb: Token) -> list[Mention]:
    """The groups a body is divided into: named after "into" ("split into A and B"), or listed after a group noun there
    ("divided into two factions, A and B", however the parser hangs the names)."""
    parts = prep_objects(verb, coalition_cues().merging_preps)
    named = _actors(reader, parts)
    listed = [
        m
        for t in parts
        if reader.index.at(t) is None and t.lemma_.lower() in reader.index.group_nouns
        for m in names_opening_items(t.doc[t.i + 1 : t.sent.end], reader.index, stop_at_verb=True)
    ]
    return [m for m in named + listed if m.label == "Organization"]


def _umbrella_of_owner(reader: DocReader, word: Token) -> tuple[list[Mention], list[Mention]]:
    """The body an owned umbrella noun names and its owner: the Syrian Interim Government and the SNA of "the SNA's
    political umbrella, the Syrian Interim Government" (or "the Syrian Interim Government, the SNA's umbrella"), Y
    and X of "X's parent organisation, Y"; none when the umbrella is named by its own words ("the umbrella group
    Mara Patani" names no owner)."""
    noun = word.head if word.dep_ in {"compound", "amod"} else word
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if not owners or reader.index.at(noun) is not None:
        return [], []
    named = [c for c in noun.children if c.dep_ == "appos"] + ([noun.head] if noun.dep_ == "appos" else [])
    after = _name_after_comma(reader, noun) if not named else None
    return (_actors(reader, named) if named else [after] if after else []), _actors(reader, owners)


def _name_after_comma(reader: DocReader, noun: Token) -> Mention | None:
    """The name set off by a comma right after a noun that the parser hangs on the phrase around it ("a spokesman for
    the SNA's umbrella, the Syrian Interim Government, said": hung on "spokesman")."""
    doc = noun.doc
    start = noun.i + 3 if noun.i + 2 < len(doc) and doc[noun.i + 2].lower_ == "the" else noun.i + 2
    if start >= len(doc) or doc[noun.i + 1].text != ",":
        return None
    named = reader.index.at(doc[start])
    return named if named is not None and named.start == start and doc[named.end - 1].dep_ == "appos" else None


def _gathers(verb: Token) -> bool:
    """Whether a verb gathers its object into its subject: "brings together", "groups together", "unites"."""
    cues = coalition_cues()
    if verb.lemma_.lower() in cues.uniting_verbs:  # "X unites A and B"; not "A and B united into X"
        return has_child(verb, {"dobj"})
    return verb.lemma_.lower() in cues.gathering_verbs and any(
        c.dep_ in {"advmod", "prt"} and c.lower_ in cues.gathering_words for c in verb.children
    )


def _named_subjects(reader: DocReader, verb: Token) -> list[Mention]:
    """The subjects of a verb, passive ones too ("X is made up of"), that are names themselves (not "Hezbollah's
    allies")."""
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    subjects = subjects_of(verb) + passive  # "X, a coalition which includes A": the name the description is beside
    subjects = [gathering_body(t) or t for t in subjects]  # "X, an umbrella of groups that includes A": the umbrella
    subjects = [_umbrella_noun(_owner_of_members(t)) for t in subjects]
    subjects = [t.head if t.dep_ == "appos" and reader.index.at(t) is None else t for t in subjects]
    subjects = [_name_beside_umbrella(reader, t) or t for t in subjects]
    return [m for t in subjects if (m := reader.index.at(t) or _referred_owner(reader, t)) is not None]


def _name_beside_umbrella(reader: DocReader, noun: Token) -> Token | None:
    """The name set beside an unnamed umbrella noun (``umbrella_nouns``) that is a verb's subject: "Kivu Front" of "A
    rival alliance, the Kivu Front, groups A and B"; None for a name or another noun ("Its rival, the Kivu Front")."""
    if noun.lemma_.lower() not in coalition_cues().umbrella_nouns or reader.index.at(noun) is not None:
        return None
    return next((c for c in noun.children if c.dep_ == "appos" and reader.index.at(c) is not None), None)


def _referred_owner(reader: DocReader, owner: Token) -> Mention | None:
    """The body a possessive reference that owns a noun of members stands for: "The PMF was formed in 2014. Its
    factions include A and B" (the PMF); None for any other word."""
    if owner.dep_ != "poss" or owner.head.lemma_.lower() not in coalition_cues().member_nouns:
        return None
    return reader.index.antecedent(owner) if refers_back(owner, reader.index) else None


def members_listed_by_clause(reader: DocReader, noun: Token) -> list[Mention]:
    """The names a relative clause of listing on a plural noun gives: A and B of "Iran-aligned groups that include A
    and B" (the groups the noun stands for)."""
    clauses = [c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in coalition_cues().listing_verbs]
    return [m for c in clauses for m in _listed_members(reader, [o for o in c.children if o.dep_ == "dobj"])]


def _owner_of_members(noun: Token) -> Token:
    """The body whose members a noun of members names ("X, whose members include A": X; "members of X include A",
    "X's members include A"), else the noun itself."""
    if noun.lemma_.lower() not in coalition_cues().member_nouns:
        return noun
    owners = [c for c in noun.children if c.dep_ == "poss"] + prep_objects(noun, {"of"})
    if owners and owners[0].tag_ == "WP$" and noun.head.dep_ == "relcl":
        return noun.head.head  # "X, whose members include A"
    return owners[0] if owners else noun


def _umbrella_noun(noun: Token) -> Token:
    """The umbrella noun a relative clause's noun is "of" ("X, an umbrella of groups that includes A": "umbrella",
    set beside X), else the noun itself."""
    outer = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    return outer if outer.lemma_.lower() in coalition_cues().umbrella_nouns else noun


def _listed_members(reader: DocReader, objects: list[Token]) -> list[Mention]:
    """The members a listing verb's objects name: themselves, or the examples of a plural noun ("includes armed
    parties such as A and B")."""
    examples = [p for o in objects for c in o.children if c.dep_ == "prep" for p in example_objects(reader, c)]
    return _actors(reader, objects) + _actors(reader, examples)


def example_objects(reader: DocReader, prep: Token) -> list[Token]:
    """The objects of an example preposition ("such as", "including") on a noun, else none."""
    phrase = tuple(t.lower_ for t in prep.doc[prep.left_edge.i : prep.i + 1])
    return [c for c in prep.children if c.dep_ == "pobj"] if phrase in set(reader.cues.examples) else []


def _examples_of_companion(reader: DocReader, prep: Token) -> bool:
    """Whether a listing preposition follows an unnamed noun coordinated with the body it hangs on, whose examples it
    gives, not the body's members: "the TTP and other groups, including X", "Hezbollah and its allies, including X"."""
    companions = [c for c in prep.head.children if c.dep_ == "conj" and c.i < prep.i]
    return any(c.pos_ == "NOUN" and reader.index.at(c) is None for c in companions)


def _umbrella(reader: DocReader, noun: Token) -> list[Mention]:
    """The named body a noun with "including" stands for: itself ("the Axis of Resistance, including X") or the
    name its description is set beside ("X, an umbrella of militias including A", "X, a coalition including A")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":  # "an umbrella of militias including ..."
        noun = noun.head.head
    named = reader.index.at(noun) or (reader.index.at(noun.head) if noun.dep_ == "appos" else None)
    return [named] if named is not None else []


def umbrella_of_members(reader: DocReader, noun: Token) -> list[Mention]:
    """The named body a plural noun of its members is said to be an umbrella of: X of "X, an umbrella for Iran-backed
    militias", "X is a coalition of Turkish-backed factions"; none for another noun."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in coalition_cues().umbrella_member_preps:
        return []
    return _described_umbrella(reader, prep.head)


def _described_umbrella(reader: DocReader, noun: Token) -> list[Mention]:
    """The named body an umbrella noun (``umbrella_nouns``) describes: the name it is set beside ("X, a coalition
    ...") or the subject of its copula ("X is a coalition ..."); none for another noun."""
    if noun.lemma_.lower() not in coalition_cues().umbrella_nouns or reader.index.at(noun) is not None:
        return []
    if noun.dep_ == "appos":
        described = [noun.head]
    elif noun.dep_ == "attr" and noun.head.lemma_ == "be":
        described = subjects_of(noun.head)
    else:
        return []
    return [m for t in described if (m := reader.index.at(t)) is not None]


def _founding_companions(reader: DocReader, verb: Token) -> list[Mention]:
    """The sides a forming verb adds beside its subject: "A, along with B and C, formed X", "A, together with the
    military rulers of B, formed X" (a phrase naming no one by its head is read through its "of": the rulers' state)."""
    words = coalition_cues().founding_companions
    holders = [verb, *subjects_of(verb)]
    return [m for h in holders for t in companion_objects(h, words) for m in actors_of(t, reader.index)]


def _owners_of_merged_parts(reader: DocReader, objects: list[Token]) -> list[Mention]:
    """The organisations whose unnamed part (``owned_part_nouns``) a merger's list names: AQIM of "the merger of A,
    the Saharan branch of AQIM, and B" (the part merged, not its owner: the owner is tied to the new body)."""
    parts = [
        t
        for o in objects
        for t in o.subtree
        if t.lower_ in role_types().owned_part_nouns and reader.index.at(t) is None
    ]
    owners = [c for t in parts for c in t.children if c.dep_ == "poss"] + [
        p for t in parts for p in prep_objects(t, {"of"})
    ]
    return [m for m in _actors(reader, owners) if m.label == "Organization"]


def _actors(reader: DocReader, tokens: list[Token]) -> list[Mention]:
    return [m for t in tokens for m in actors_of(t, reader.index, with_preps=False)]


def _named(m: Mention) -> bool:
    """Whether a body is named, not only a common noun the list of actors has ("the coalition", lowercase)."""
    return m.label == "Organization" and not m.text.islower()


def _is_coalition(m: Mention) -> bool:
    """Whether a name says it is a coalition: "the Alliance of Sahel States"."""
    return bool({w.lower() for w in m.name.split()} & coalition_cues().coalition_words)


def _link(
    reader: DocReader, coalitions: list[Mention], members: list[Mention], cue: Token, certainty: str | None
) -> None:
    """Every group member MEMBER_OF the coalition; in a coalition by name, every member state AFFILIATED_WITH it (a
    state is no member of a body, as the ontology's conventions have it) and the member states allied pairwise."""
    method = f"coalition-member:{cue.lemma_.lower()}"
    for coalition in coalitions:
        groups = [m for m in members if m.label == "Organization" and m.key != coalition.key]
        reader.emit_all(groups, "MEMBER_OF", [coalition], cue, method, 0.65, certainty)
        states = [m for m in members if m.label == "Country"] if _is_coalition(coalition) else []
        reader.emit_all(states, "AFFILIATED_WITH", [coalition], cue, method, 0.65, certainty)
        for a, b in itertools.combinations(states, 2):
            reader.emit(a, "ALLIED_WITH", b, cue, method, 0.65, certainty)

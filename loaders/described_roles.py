"""The verb that gives a role to whoever it describes: "X serves as the group's spokesman", "X was described by
officials as the leader of Y" (the parser hangs "as" on the agent), "X is considered the leader of Y" (the role the
verb's predicate). :meth:`loaders.extract.DocReader.role` then gives the role to the verb's object ("Israel identified X
as a commander of Y") or passive subject ("X was identified as a commander of Y") when the verb is one of
``as_object_verbs``, else to its subject; and the owner of a noun of holding a role (``role_holding_nouns`` of
``seeds/relations.yaml``) holds the role after its "as" ("his role as commander of Y", "X's appointment as leader of
Y")."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.cues import load_cues
from loaders.syntax import is_passive, passive_subjects, subjects_of

VERB_POS = frozenset({"VERB", "AUX"})


def role_verb(noun: Token, as_object_verbs: frozenset[str]) -> Token | None:
    """The verb whose "as" phrase or predicate a role noun is: "serves as the spokesman", "was described by officials
    as the leader", "is considered the leader" (a predicate only of ``as_object_verbs``); None for any other noun."""
    if noun.dep_ == "oprd" and noun.head.lemma_.lower() in as_object_verbs:
        return noun.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "as":
        return None
    head = noun.head.head
    if head.pos_ in VERB_POS:
        return head
    if head.dep_ == "advmod" and head.lower_ in load_cues().set_off_adverbs and head.head.pos_ in VERB_POS:
        return head.head  # "served as head of A and later as deputy of B": the second "as" hung on "later"
    if head.dep_ == "pobj" and head.head.dep_ == "agent" and head.head.head.pos_ in VERB_POS:
        return head.head.head  # "was described by officials as the leader of Y"
    return None


def described_holders(verb: Token, as_object_verbs: frozenset[str]) -> list[Token]:
    """Who a verb of describing gives the role: its object ("described X as the head of Y"), the name its participle
    is set after ("X, described by Z as the head of Y", "X, the party regarded as Y's wing") or its passive subject
    ("X was identified as a commander of Y"); none for a verb not of ``as_object_verbs`` ("X served as head of Y": its
    subject, read by the caller)."""
    if verb.lemma_.lower() not in as_object_verbs:
        return []
    if objects := [c for c in verb.children if c.dep_ == "dobj"]:
        return objects
    if verb.dep_ == "acl":  # "X, the party regarded as Y's political wing" (a participle the parser may tag VBD)
        return [verb.head]
    return [c for c in verb.children if c.dep_ == "nsubjpass"]


def as_holders(verb: Token, as_object_verbs: frozenset[str]) -> list[Token]:
    """Who holds what follows a verb's "as": the one described (:func:`described_holders`), else the verb's subject
    ("X serves as the group's spokesman", "X joined Y as a fighter", "X emerged in 2014 as an offshoot of Y") or, for
    a passive, its passive subject ("X was established in 2013 as an offshoot of Y", "X was set up as al-Qaeda's branch
    in Syria").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The Kivu Front was established in 2013 as an offshoot of the Lake Union.")
    >>> as_holders(doc[4], frozenset({"describe"}))
    [Front]
    """
    if described := described_holders(verb, as_object_verbs):
        return described
    return subjects_of(verb) or (passive_subjects(verb) if is_passive(verb) else [])


@cache
def role_holding_nouns() -> frozenset[str]:
    """The nouns (lemmas) of holding a role: "role", "capacity", "tenure" (``role_holding_nouns``)."""
    return frozenset(load_seed_yaml("relations.yaml")["role_holding_nouns"])


def role_owner(noun: Token) -> Token | None:
    """The owner of a noun of holding a role that a role noun is the "as" phrase of: "his" of "his role as commander
    of Y" and of "in his capacity as head of Y", X of "X's appointment as leader of Y"; None for any other noun."""
    holding = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "as" or holding.lemma_.lower() not in role_holding_nouns():
        return None
    owner = next((c for c in holding.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ == "PRON" and _unnamed_subject(holding):
        return None  # "the militia's leader was relieved of his position as deputy chairman": the leader's, unnamed
    return owner


def _unnamed_subject(token: Token) -> bool:
    """Whether the clause a token stands in has a common noun for its subject ("the militia's leader was relieved of
    ..."), whom an owner pronoun in the clause stands for."""
    verb = next((a for a in token.ancestors if a.pos_ in VERB_POS), None)
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}] if verb is not None else []
    return any(s.pos_ == "NOUN" for s in subjects)

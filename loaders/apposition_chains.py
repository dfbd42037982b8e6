"""A second apposition that describes the organisation the first one names: in "the Treasury sanctioned X, the deputy
commander of the RSF, the paramilitary group that has been fighting the army", the parser hangs "the paramilitary
group" on X, as it hangs every apposition of a list on its first name; a person's role is no group, so the group is
the RSF, and it is the RSF that fights the army, not X. The roles are the person's of the ``roles`` block of
``seeds/relations.yaml`` (a head's, a deputy's, a staff member's, a backer's; not a member's, maybe a group's).

A description set between two names of a list with no "and" after it ("the merger of A, the Sahara branch of B, C and
D") is read as the parser hangs it, on A, but may be an item of its own or the next name's: it is no one's."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml

if TYPE_CHECKING:
    from loaders.mentions import Mention
    from loaders.syntax import MentionIndex


PERSON_ROLE_TYPES = ("LEADS", "DEPUTY_OF", "WORKS_FOR", "FUNDS")  # the roles only a person holds


@cache
def person_roles() -> frozenset[str]:
    """The last words of the roles only a person holds ("commander" of "deputy commander"), loaded once per process.

    >>> {"commander", "spokesman"} <= person_roles() and "wing" not in person_roles()
    True
    """
    roles = load_seed_yaml("relations.yaml")["roles"]
    return frozenset(role.split()[-1] for t in PERSON_ROLE_TYPES for role in roles[t])


def _of_objects(noun: Token) -> list[Token]:
    """The objects of the noun's own "of": the RSF of "the deputy commander of the RSF"."""
    return [c for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]


def group_named_before(noun: Token, index: MentionIndex) -> Mention | None:
    """The organisation a group noun in apposition to a name stands for, when an earlier apposition gives the name a
    person's role in that organisation ("X, the deputy commander of the RSF, the paramilitary group that ..."); None
    otherwise."""
    if noun.dep_ != "appos" or noun.lemma_.lower() not in index.group_nouns or index.at(noun) is not None:
        return None
    earlier = [c for c in noun.head.children if c.dep_ == "appos" and c.i < noun.i]
    if index.at(noun.head) is None or not earlier or earlier[-1].lower_ not in person_roles():
        return None
    owners = [m for t in _of_objects(earlier[-1]) if (m := index.at(t)) is not None]
    return owners[-1] if owners and owners[-1].label == "Organization" else None


def set_between_items(noun: Token, index: MentionIndex) -> bool:
    """Whether a description in apposition to a listed name stands between two names of the list with no "and" after
    it ("the merger of A, the Sahara branch of B, C and D"): it may be an item of its own or describe the next name, so
    it is no one's; not "A, a firm, and its chief, B" nor "A, head of X, B, head of Y, and C", where each name has its
    own."""
    if noun.dep_ != "appos" or index.at(noun) is not None or index.at(noun.head) is None:
        return False
    doc, after = noun.doc, noun.right_edge.i + 1
    if after + 1 >= len(doc) or doc[after].text != ",":
        return False
    items = [c for c in noun.head.conjuncts if c.left_edge.i == after + 1 and index.at(c) is not None]
    return any(not any(x.dep_ == "appos" for x in c.children) for c in items)

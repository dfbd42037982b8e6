"""A relative clause on the people a body gathers tells of the body: "the Northern Alliance, a coalition of mainly
Tajik commanders that fought the Taliban" (the alliance fought them, not Tajikistan), when the people (a noun of
``relative_people_nouns``) name no group or person of their own ("a band of Hamas fighters who crossed": Hamas's
fighters still). A clause on the groups a body gathers ("a coalition of armed gangs that controls X", "a coalition of
Sharia courts that controlled Y") tells of the body whatever names qualify the groups. The bodies are
``people_body_nouns`` of ``seeds/relations.yaml``, the groups ``gathered_group_nouns``."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.cues import load_cues

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex


@cache
def people_body_nouns() -> frozenset[str]:
    """The nouns (lemmas) of a body made up of people ("coalition", "alliance").

    >>> "coalition" in people_body_nouns()
    True
    """
    return frozenset(load_seed_yaml("relations.yaml")["people_body_nouns"])


@cache
def gathered_group_nouns() -> frozenset[str]:
    """The nouns (lemmas) of groups a body gathers ("gang", "court"), whose clause tells of the body.

    >>> "gang" in gathered_group_nouns()
    True
    """
    return frozenset(load_seed_yaml("relations.yaml")["gathered_group_nouns"])


def gathering_body(pronoun: Token) -> Token | None:
    """The body noun whose people or groups by "of" a relative pronoun's clause hangs on ("a coalition of mainly
    Tajik commanders that fought X", "a coalition of armed gangs that controls Y": "coalition"), else None."""
    people = pronoun.head.head
    if pronoun.head.dep_ != "relcl" or people.tag_ != "NNS" or people.dep_ != "pobj":
        return None
    gathered = load_cues().relative_people_nouns | gathered_group_nouns()
    if people.lemma_.lower() not in gathered or people.head.lower_ != "of":
        return None
    body = people.head.head
    return body if body.tag_ == "NN" and body.lemma_.lower() in people_body_nouns() else None


def body_of_people(pronoun: Token, index: MentionIndex) -> Token | None:
    """The body a relative pronoun stands for (:func:`gathering_body`) when the people name no group or person of
    their own ("a band of Hamas fighters who crossed": Hamas's fighters), or when it gathers groups ("a coalition of
    Sharia courts that controlled Y": the coalition, whatever the courts' names), else None."""
    body = gathering_body(pronoun)
    if body is None:
        return None
    if pronoun.head.head.lemma_.lower() in gathered_group_nouns():
        return body
    own = index.within(t for t in pronoun.head.head.subtree if t.i < pronoun.i)
    return None if any(m.label in {"Organization", "Person"} for m in own) else body


def gathers_groups(pronoun: Token) -> bool:
    """Whether a relative pronoun's clause hangs on the groups a body gathers ("a coalition of Sharia courts that
    controlled Y"): the body is who acts, never the groups' qualifying names."""
    return gathering_body(pronoun) is not None and pronoun.head.head.lemma_.lower() in gathered_group_nouns()

"""The group the dead of an incident belonged to, as a toll tells it: "The victims belonged to X", "Those killed were
members of X", "The dead were all X employees", "Among the dead were A and B, both members of X" (the rules that read
these, :func:`loaders.incident_words.victims_group` and :func:`loaders.incident_words.among_the_dead`, make the
toll's incident TARGETED X). Only an organisation: a state named by the dead's nationality is not said to be hit.

The cue words are the ``victims_groups`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.mentions import Mention
from loaders.syntax import actors_of, conjuncts, prep_objects

if TYPE_CHECKING:
    from loaders.extract import DocReader

GROUPS = frozenset({"Organization"})
SHARE_POS = frozenset({"ADJ", "PRON", "DET", "NUM"})  # "most of", "all of", "some of", "two of" the dead


@cache
def victims_group_words() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs of belonging (lemmas) and the nouns of a group's people (lemmas) of the ``victims_groups`` block."""
    data = load_seed_yaml("relations.yaml")["victims_groups"]
    return frozenset(data["belonging_verbs"]), frozenset(data["member_nouns"])


def toll_phrase(word: Token) -> Token:
    """The noun a toll word makes: "the victims", "those" of "those killed"."""
    return word.head if word.dep_ == "acl" and word.head.pos_ in {"PRON", "DET"} else word


def toll_subject(toll: Token) -> Token | None:
    """The subject a toll makes, itself or the share of it a partitive counts ("most of the dead", "all of the
    victims"); None when the toll is no subject.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Those killed were members of the Sawa tribe. Police said the victims belonged to it. Most "
    ...     "of the dead were soldiers.")
    >>> [toll_subject(doc[i]).text for i in (0, 12, 20)], toll_subject(doc[7])
    (['Those', 'victims', 'Most'], None)
    """
    share = toll.head.head if toll.dep_ == "pobj" and toll.head.lower_ == "of" else None
    if share is not None and share.pos_ in SHARE_POS:
        toll = share
    return toll if toll.dep_ == "nsubj" else None


def groups_named(reader: DocReader, tokens: list[Token]) -> list[Mention]:
    """The organisations these phrases name, in their own words or their modifiers ("TUSAS employees")."""
    return [
        m
        for t in tokens
        for h in conjuncts(t)
        for m in actors_of(h, reader.index, with_preps=False)
        if m.label in GROUPS
    ]


def members_of(noun: Token) -> list[Token]:
    """A noun of a group's people with the phrases that name the group: "members of X" (X), "X employees" (the noun,
    whose modifiers name X); nothing when the noun is no such noun."""
    if noun.lemma_.lower() not in victims_group_words()[1] or noun.pos_ != "NOUN":
        return []
    return [noun, *prep_objects(noun, {"of"})]


def groups_of_the_dead(reader: DocReader, dead: list[Token]) -> list[Mention]:
    """The organisations named as the group of the dead a toll lists: "Among the dead were members of X", "Those killed
    included A and B, both members of X" (X)."""
    people = [*dead, *(c for h in dead for c in h.children if c.dep_ == "appos")]
    return groups_named(reader, [t for h in people for t in members_of(h)])

"""Relatives named as such: "X's sons A and B", "A, the daughter of X", "A is X's brother".

The ontology has no type of kinship; its conventions make kin AFFILIATED_WITH each other. The relative and the
person whose relative they are must both be named people. The cue words are the ``kin`` block of
``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.cues import word_sets
from loaders.mentions import Mention
from loaders.syntax import actors_of, conjuncts, prep_objects, subjects_of

if TYPE_CHECKING:
    from loaders.extract import DocReader


@dataclass(frozen=True)
class KinCues:
    """The cue words of the ``kin`` block."""

    kin_nouns: frozenset[str]  # "son", "brother", "wife": lemmas of a relative
    owner_preps: frozenset[str]  # "the son of X"


@cache
def kin_cues() -> KinCues:
    """The ``kin`` block of ``seeds/relations.yaml``, loaded once per process.

    >>> {"son", "brother"} <= kin_cues().kin_nouns
    True
    """
    return word_sets(KinCues, "kin")


def _people(tokens: list[Token], reader: DocReader) -> list[Mention]:
    """The named people among the actors of some tokens."""
    return [m for t in tokens for m in actors_of(t, reader.index, False) if m.label == "Person"]


def _named_after(noun: Token, reader: DocReader) -> list[Token]:
    """The relatives named beside the noun: in apposition ("his son, A") or right after it ("X's sons A and B")."""
    named = [x for c in noun.children if c.dep_ == "appos" for x in conjuncts(c)]
    after = noun.i + 1
    if not named and after < len(reader.doc) and reader.index.at(reader.doc[after]) is not None:
        named = conjuncts(reader.doc[after])
    return named


def _relatives(noun: Token, reader: DocReader) -> list[Token]:
    """Who the noun says is a relative: the names beside it, the name it describes ("A, X's son") or the subject
    it is said of ("A is the son of X")."""
    if noun.dep_ == "appos":
        return [noun.head]
    if noun.dep_ == "attr":
        return subjects_of(noun.head)
    return _named_after(noun, reader)


def read_kin(reader: DocReader, noun: Token) -> None:
    """A noun of kin with its owner (a possessive or an "of" phrase) and the relatives it names: each relative
    AFFILIATED_WITH the owner."""
    cues = kin_cues()
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in cues.kin_nouns or reader.index.at(noun) is not None:
        return
    owners = [c for c in noun.children if c.dep_ == "poss"] + prep_objects(noun, cues.owner_preps)
    owner_people = _people(owners, reader)
    relatives = [m for m in _people(_relatives(noun, reader), reader) if m not in owner_people]
    reader.emit_all(relatives, "AFFILIATED_WITH", owner_people, noun, f"kin:{lemma}", 0.65)

"""A head told by a phrase of charge: "X, the man in charge of the Amniyat", "X, who is in charge of the Amniyat",
"X was put in charge of the Amniyat", "X is at the helm of Y", "X took command of Y": the person LEADS the
organisation named after "of" (a member of the whole, as a role's holder is, when it is an unnamed part: "in charge
of Hezbollah's naval sector").

The phrases are the ``charge_phrases`` block of ``seeds/relations.yaml`` (a preposition and the nouns it takes) and
its ``charge_taking`` block (the verbs of taking charge and the nouns they take).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.mentions import Mention
from loaders.role_types import heads_a_named_part, member_type
from loaders.syntax import actors_of, conjuncts, prep_objects, subjects_of

if TYPE_CHECKING:
    from loaders.extract import DocReader


@cache
def charge_phrases() -> dict[str, frozenset[str]]:
    """Each noun of charge with the prepositions that put a holder in it ("charge": "in", "helm": "at")."""
    block = load_seed_yaml("relations.yaml")["charge_phrases"]
    return {noun: frozenset(preps) for noun, preps in block.items()}


@cache
def charge_taking() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs (lemmas) of taking charge and the nouns of charge they take ("took command of Y")."""
    block = load_seed_yaml("relations.yaml")["charge_taking"]
    return frozenset(block["verbs"]), frozenset(block["nouns"])


def charge_words() -> frozenset[str]:
    """Every noun at which :func:`in_charge` can find something."""
    return frozenset(charge_phrases()) | charge_taking()[1]


def in_charge(reader: DocReader, noun: Token) -> None:
    """The person a phrase of charge is said of leads the organisation after its "of"."""
    holders = _taker(reader, noun) if noun.dep_ == "dobj" else None
    if holders is None:
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in charge_phrases().get(noun.lower_, frozenset()):
            return
        holders = _holders(reader, prep.head)
    people = [m for m in holders if m.label == "Person"]
    objects = [t for o in prep_objects(noun, {"of"}) for t in conjuncts(o)]
    named = [m for t in objects if (m := reader.index.at(t)) is not None and m.label == "Organization"]
    reader.emit_all(people, "LEADS", named, noun, f"in-charge:{noun.lower_}", 0.75)
    if heads_a_named_part([t for t in objects if reader.index.at(t) is None], reader.index):
        wholes = [m for t in objects for m in actors_of(t, reader.index) if m.label == "Organization"]
        for whole in wholes:  # "in charge of Hezbollah's naval sector": one of Hezbollah's people
            reader.emit_all(people, member_type(whole), [whole], noun, f"in-charge-part:{noun.lower_}", 0.7)


def _taker(reader: DocReader, noun: Token) -> list[Mention] | None:
    """Who takes the charge a noun names, the subject of the verb of taking whose object it is ("X took command of
    Y", "X, who assumed the leadership of Y"), or None when the noun is no such object."""
    verbs, nouns = charge_taking()
    if noun.lower_ not in nouns or noun.head.lemma_.lower() not in verbs:
        return None
    return [m for t in subjects_of(noun.head) for m in actors_of(t, reader.index, with_preps=False)]


def _holders(reader: DocReader, word: Token) -> list[Mention]:
    """Who the phrase is said of: the name or noun it hangs on ("X, the man in charge"), the subject the noun is
    the attribute of ("X is the man in charge"), or the object or subject of the verb it hangs on ("put X in
    charge", "X, who is in charge")."""
    if word.pos_ in {"VERB", "AUX"}:
        objects = [c for c in word.children if c.dep_ == "dobj"]
        return [m for t in objects or subjects_of(word) for m in actors_of(t, reader.index, with_preps=False)]
    if word.dep_ == "attr":
        return [m for t in subjects_of(word.head) for m in actors_of(t, reader.index, with_preps=False)]
    return actors_of(word, reader.index, with_preps=False)

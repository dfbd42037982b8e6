"""A head told by a phrase of charge: "X, the man in charge of the Amniyat", "X, who is in charge of the Amniyat",
"X was put in charge of the Amniyat", "X is at the helm of Y": the person LEADS the organisation named after "of" (a
member of the whole, as a role's holder is, when it is an unnamed part: "in charge of Hezbollah's naval sector").

The phrases are the ``charge_phrases`` block of ``seeds/relations.yaml``: a preposition and the nouns it takes.
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


def in_charge(reader: DocReader, noun: Token) -> None:
    """The person a phrase of charge is said of leads the organisation after its "of"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in charge_phrases().get(noun.lower_, frozenset()):
        return
    people = [m for m in _holders(reader, prep.head) if m.label == "Person"]
    objects = [t for o in prep_objects(noun, {"of"}) for t in conjuncts(o)]
    named = [m for t in objects if (m := reader.index.at(t)) is not None and m.label == "Organization"]
    reader.emit_all(people, "LEADS", named, noun, f"in-charge:{noun.lower_}", 0.75)
    if heads_a_named_part([t for t in objects if reader.index.at(t) is None], reader.index):
        wholes = [m for t in objects for m in actors_of(t, reader.index) if m.label == "Organization"]
        for whole in wholes:  # "in charge of Hezbollah's naval sector": one of Hezbollah's people
            reader.emit_all(people, member_type(whole), [whole], noun, f"in-charge-part:{noun.lower_}", 0.7)


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

"""A pronoun that is the subject of the grounds given for a sanction stands for the one sanctioned, not the
sanctioner: "The EU sanctioned Eritrea over claims that it funded the front", "The UN imposed sanctions on Eritrea
over accusations that it armed the militants", "The US designated X, saying it had financed Y" (Eritrea, X). The
sanction is a verb of ``SANCTIONED_BY`` (``seeds/relations.yaml``) whose object names the one sanctioned, or a verb
whose object is a sanction noun with "on" before the one sanctioned ("imposed sanctions on X")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.cues import load_cues
from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex

GROUND_HOPS = 6  # how far up the parse from the pronoun the sanction may be
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
APART_DEPS = {"conj", "relcl"}  # a clause coordinated with the sanction, or one telling of the one sanctioned
SANCTION_NOUNS = {"sanction", "sanctions", "embargo"}  # "imposed sanctions on X"


def sanctioned_in_grounds(pronoun: Token, index: MentionIndex, earlier: list[Mention]) -> Mention | None:
    """The one sanctioned, among the mentions the pronoun may stand for, when the pronoun is the subject of a clause
    set below a verb of sanction (not that verb's own subject); None otherwise.

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("The EU sanctioned Eritrea over claims that it funded the rebels.")
    >>> eu = Mention(1, 2, 4, 6, "EU", "Organization", "European Union", "international")
    >>> eritrea = Mention(3, 4, 18, 25, "Eritrea", "Country", "Eritrea")
    >>> sanctioned_in_grounds(doc[7], MentionIndex(doc, [eu, eritrea]), [eu, eritrea]).name
    'Eritrea'
    """
    if pronoun.dep_ not in SUBJECT_DEPS or pronoun.pos_ != "PRON" or pronoun.head.pos_ not in {"VERB", "AUX"}:
        return None
    verbs = load_cues().verbs
    below = pronoun.head
    for hops, verb in enumerate(pronoun.head.ancestors):
        if hops >= GROUND_HOPS or below.dep_ in APART_DEPS:
            return None  # "The EU sanctioned X, and it funded Y", "sanctioned X, which it accused": the EU
        below = verb
        if verb.pos_ != "VERB":
            continue
        sanctioned = _sanctioned(verb, verbs)
        if sanctioned is None:
            continue
        named = index.at(sanctioned)
        return named if named is not None and named in earlier else None
    return None


def _sanctioned(verb: Token, verbs: dict) -> Token | None:
    """The word naming the one a verb sanctions: its object when it is a verb of sanction ("sanctioned X"), the
    object of "on" after a sanction noun it takes ("imposed sanctions on X"); None for any other verb."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(c.type == "SANCTIONED_BY" for c in verbs.get(verb.lemma_.lower(), ())):
        return objects[0] if objects else None
    for noun in objects:
        if noun.lower_ in SANCTION_NOUNS:
            on = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children]
            if on and on[0].dep_ == "pobj":
                return on[0]
    return None

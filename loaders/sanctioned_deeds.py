"""The incident a sanction is laid over: "the EU sanctioned A and B over the 2015 cyber-attack on X", "the Treasury
designated A for the bombing of Y", "A was sanctioned over the attack": the sanctioned are blamed for the incident
(alleged: the sanctioner's charge). The reason's prepositions are ``sanction_reason_preps`` of
``seeds/relations.yaml``; the phrase may hang on the verb, on its noun ("imposed sanctions on A over the attack"), or
inside the list of the sanctioned after the comma that closes it ("listed A, as well as B, over the attack").
"""

from __future__ import annotations

from spacy.tokens import Token

from loaders.blame_phrases import after_apposition
from loaders.syntax import conjuncts, prep_objects


def sanction_reasons(cue: Token, reason_preps: frozenset[str]) -> list[Token]:
    """The words after a sanction's reason prepositions (each with its conjuncts): on the cue, on the verb a sanction
    noun is the object of, or closing the list of the sanctioned.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The EU listed the Kalo Brigade, as well as its chief, over the 2015 attack on Gao.")
    >>> [t.text for t in sanction_reasons(doc[2], frozenset({"over", "for"}))]
    ['attack']
    >>> doc = load_nlp()("The EU imposed sanctions on the Kalo Brigade over the attack on Gao.")
    >>> [t.text for t in sanction_reasons(doc[3], frozenset({"over", "for"}))]
    ['attack']
    """
    holders = [cue, cue.head] if cue.pos_ == "NOUN" and cue.dep_ == "dobj" else [cue]
    found = [o for h in holders for o in prep_objects(h, reason_preps)]
    objects = [c for h in holders for c in h.children if c.dep_ in {"dobj", "nsubjpass"}]
    found += [o for d in objects for p in after_apposition(d, reason_preps) for o in p.children if o.dep_ == "pobj"]
    return [c for o in found for c in conjuncts(o)]

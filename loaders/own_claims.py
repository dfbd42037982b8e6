"""A claim of one's own deed: "X claimed the bombing", "X claimed responsibility (or credit) for the attack" and "the
attack was claimed by X" are the doer's own word, so the blame they give is asserted; "Reuters claimed that X was
behind the attack" claims a clause and stays an allegation. The words are the ``own_claims`` block of
``seeds/relations.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from graph.seeds import load_seed_yaml


@dataclass(frozen=True)
class OwnClaimCues:
    """The cue words of the ``own_claims`` block."""

    verbs: frozenset[str]  # "claim"
    deed_nouns: frozenset[str]  # "responsibility", "credit": what a doer claims of its deed


@cache
def own_claim_cues() -> OwnClaimCues:
    """The ``own_claims`` block of ``seeds/relations.yaml``, loaded once per process."""
    block = load_seed_yaml("relations.yaml")["own_claims"]
    return OwnClaimCues(frozenset(block["verbs"]), frozenset(block["deed_nouns"]))


def claims_own_deed(verb: Token, incident_nouns: frozenset[str]) -> bool:
    """Whether a claim verb takes a deed for its subject: what it claims (its object, or its passive subject) is
    responsibility, credit or an incident, or it qualifies an incident ("the Hamas-claimed attack"), not a clause.

    >>> from loaders.nlp import load_nlp
    >>> def claimed(text: str) -> bool:
    ...     return claims_own_deed(next(t for t in load_nlp()(text) if t.lower_ == "claimed"), frozenset({"attack"}))
    >>> claimed("The group claimed responsibility for the attack."), claimed("Reuters claimed that it was behind it.")
    (True, False)
    """
    if verb.lemma_.lower() not in own_claim_cues().verbs:
        return False
    claimed = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if verb.dep_ in {"amod", "relcl", "acl"}:  # "the attack, which X claimed", "an attack claimed by X"
        claimed.append(verb.head)
    deeds = own_claim_cues().deed_nouns | incident_nouns
    return any(c.lemma_.lower() in deeds or c.lower_ in deeds for c in claimed)

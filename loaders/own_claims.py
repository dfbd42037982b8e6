"""A claim of one's own deed: "X claimed the bombing", "X claimed responsibility (or credit) for the attack" and "the
attack was claimed by X" are the doer's own word, so the blame they give is asserted; "Reuters claimed that X was
behind the attack" claims a clause and stays an allegation. The words are the ``own_claims`` block of
``seeds/relations.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.doc_tree import has_child


@dataclass(frozen=True)
class OwnClaimCues:
    """The cue words of the ``own_claims`` block."""

    verbs: frozenset[str]  # "claim"
    deed_words: frozenset[str]  # "responsibility", "credit", "it": what a doer claims of its deed
    self_pronouns: frozenset[str]  # "X claimed that it carried out the attack": the claimant itself
    voice_nouns: frozenset[str]  # "spokesman": who claims a deed for the group spoken for
    voice_preps: frozenset[str]  # "a spokesman for X"


@cache
def own_claim_cues() -> OwnClaimCues:
    """The ``own_claims`` block of ``seeds/relations.yaml``, loaded once per process."""
    block = load_seed_yaml("relations.yaml")["own_claims"]
    return OwnClaimCues(
        frozenset(block["verbs"]),
        frozenset(block["deed_words"]),
        frozenset(block["self_pronouns"]),
        frozenset(block["voice_nouns"]),
        frozenset(block["voice_preps"]),
    )


def claims_own_deed(verb: Token, incident_nouns: frozenset[str]) -> bool:
    """Whether a claim verb takes a deed for its subject: what it claims (its object, or its passive subject) is
    responsibility, credit or an incident, or the claimant is its agent ("the bombing in Kano, which was claimed by
    X"), or it qualifies an incident ("the Hamas-claimed attack"), or it claims a clause about the claimant itself ("X
    claimed that it carried out the attack"), not one about another.

    >>> from loaders.nlp import load_nlp
    >>> def claimed(text: str) -> bool:
    ...     return claims_own_deed(next(t for t in load_nlp()(text) if t.lower_ == "claimed"), frozenset({"attack"}))
    >>> claimed("The group claimed responsibility for the attack."), claimed("The group claimed that it did it.")
    (True, True)
    >>> claimed("Reuters claimed that the group was behind the attack.")
    False
    """
    cues = own_claim_cues()
    if verb.lemma_.lower() not in cues.verbs:
        return False
    if has_child(verb, {"agent"}):  # "..., which was claimed by X": X's own claim of a deed
        return True
    claimed = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if verb.dep_ in {"amod", "relcl", "acl"}:  # "the attack, which X claimed", "an attack claimed by X", "the raid
        claimed += phrase_heads(verb.head)  # on a post in Gao, which X claimed" (the parse hangs it on Gao)
    deeds = cues.deed_words | incident_nouns
    if any(c.lemma_.lower() in deeds or c.lower_ in deeds for c in claimed):
        return True
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return any(s.lower_ in cues.self_pronouns for c in clauses for s in c.children if s.dep_ == "nsubj")


def phrase_heads(noun: Token) -> list[Token]:
    """A noun and the nouns whose phrase it closes, as a clause after it may be said of any of them: "the bombing of
    a market in Gao, which police blamed on X" (the parse hangs the clause on Gao; the bombing is blamed).

    >>> from loaders.nlp import load_nlp
    >>> [t.text for t in phrase_heads(load_nlp()("The bombing of a market in Gao killed nine.")[6])]
    ['Gao', 'market', 'bombing']
    """
    heads = [noun]
    while heads[-1].dep_ == "pobj" and heads[-1].head.dep_ == "prep" and heads[-1].head.head.pos_ in {"NOUN", "PROPN"}:
        heads.append(heads[-1].head.head)
    return heads

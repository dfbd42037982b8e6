"""A claim told as a noun: "al-Shabaab's claim of the bombing", "its claim of responsibility for the attack", "a
claim by X for the raid", "doubted X's claim of credit for the ambush" (the `own_claims` block of
`seeds/relations.yaml`: `claim_nouns`, `claim_preps`, `claimant_preps`). The claimant, the owner of the noun or the
one its "by" phrase names, is blamed for the incident the claim is of, asserted as "X claimed the bombing" is (the
doer's own word, whoever doubts it); a claim the clause says was not made ("made no claim of it") says nothing, nor
does a claim that another did it ("X's claim that Y carried out the attack") or a claim of anything but an incident
("its claim over the town").
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.syntax import actors_of, certainty_of, conjuncts, prep_objects

if TYPE_CHECKING:
    from loaders.extract import DocReader


class ClaimNounCues(NamedTuple):
    """The words of a claim told as a noun (lowercase; nouns as lemmas)."""

    nouns: frozenset[str]  # "claim"
    deed_preps: frozenset[str]  # a claim "of" the bombing, "for" the attack
    deed_words: frozenset[str]  # a claim of "responsibility" (or "credit") for the attack
    claimant_preps: frozenset[str]  # a claim "by" X


@cache
def claim_noun_cues() -> ClaimNounCues:
    """The claim-noun words of the `own_claims` block of the cue data."""
    block = load_seed_yaml("relations.yaml")["own_claims"]
    return ClaimNounCues(
        frozenset(block["claim_nouns"]),
        frozenset(block["claim_preps"]),
        frozenset(block["deed_words"]),
        frozenset(block["claimant_preps"]),
    )


def claimed_deeds(noun: Token) -> list[Token]:
    """The words after a claim noun that may name the deed claimed: its "of" or "for" objects and, past a word of the
    deed ("responsibility", "credit"), that word's own, each conjunct.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Its claim of responsibility for the bombing came later.")
    >>> claimed_deeds(doc[1])
    [responsibility, bombing]
    """
    cues = claim_noun_cues()
    direct = [c for o in prep_objects(noun, cues.deed_preps) for c in conjuncts(o)]
    deeds = [t for t in direct if t.lemma_.lower() in cues.deed_words]
    return direct + [c for t in deeds for o in prep_objects(t, cues.deed_preps) for c in conjuncts(o)]


def claim_noun(reader: DocReader, noun: Token) -> None:
    """Blame the owner of a claim noun (or the one its "by" phrase names) for the incident claimed."""
    cues = claim_noun_cues()
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in cues.nouns:
        return
    deeds = claimed_deeds(noun)
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [o for t in [noun, *deeds] for o in prep_objects(t, cues.claimant_preps)]
    claimants = [m for t in owners for c in conjuncts(t) for m in actors_of(c, reader.index, with_preps=False)]
    claimants = [m for m in claimants if m.label != "Location"]
    events = reader.events.events_at(deeds)
    if not claimants or not events:
        return
    if certainty_of(noun, reader.cues, reader.words, "asserted") == "negated":
        return  # "made no claim of the bombing": a claim not made says nothing of who did it
    reader.emit_all(claimants, "BLAMED_FOR", events, noun, "blame:claim", 0.75, "asserted")  # as "X claimed it"

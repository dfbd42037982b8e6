"""A claim a group's member makes for it: "A, a commander of X, claimed responsibility for the attack", "A, a senior
leader in X, claimed it", "X's commander, A, claimed the raid", "A, described as a commander of X, claimed
it": the member voices the group's claim, so the claim blames the group as well as the member (as a spokesman's claim
blames the group spoken for). Not a former member ("A, a former commander of X", "A, a commander of X who left the
group"). The words are the ``member_claims`` block of ``seeds/relations.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from loaders.cues import word_sets
from loaders.mentions import Mention
from loaders.syntax import MentionIndex, prep_objects


@dataclass(frozen=True)
class MemberClaimCues:
    """The cue words of the ``member_claims`` block."""

    roles: frozenset[str]  # "commander", "leader": a member who may claim a deed for the group
    role_preps: frozenset[str]  # "a commander of X", "a leader in X"
    describing_verbs: frozenset[str]  # "A, described as a commander of X"
    former_words: frozenset[str]  # "a former commander": no longer the group's
    leaving_verbs: frozenset[str]  # "a commander of X who left the group"


@cache
def member_claim_cues() -> MemberClaimCues:
    """The ``member_claims`` block of ``seeds/relations.yaml``, loaded once per process."""
    return word_sets(MemberClaimCues, "member_claims")


def claimed_for(subject: Token, index: MentionIndex) -> list[Mention]:
    """The groups a claimant's role says they are a serving member of, when the claimant is a claim's subject or agent.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Abu Talha, a commander of Hamas, claimed the attack.")
    >>> hamas = Mention(6, 7, 28, 33, "Hamas", "Organization", "Hamas", "armed_group")
    >>> [m.name for m in claimed_for(doc[1], MentionIndex(doc, [hamas]))]
    ['Hamas']
    >>> doc = load_nlp()("Abu Talha, a former commander of Hamas, claimed the attack.")
    >>> claimed_for(doc[1], MentionIndex(doc, [Mention(7, 8, 37, 42, "Hamas", "Organization", "Hamas")]))
    []
    """
    cues = member_claim_cues()
    found = []
    for role in _roles(subject, cues):
        if _no_longer(role, cues):
            continue
        owners = [c for c in role.children if c.dep_ in {"poss", "compound"}] + prep_objects(role, cues.role_preps)
        found += [m for o in owners if (m := index.at(o)) is not None and m.label == "Organization"]
    return list(dict.fromkeys(found))


def _roles(subject: Token, cues: MemberClaimCues) -> list[Token]:
    """The member's role nouns: the subject itself ("X's commander, A"), one set off after it ("A, a commander of
    X") or the "as" phrase of a describing participle ("A, described as a commander of X")."""
    said = [subject, *(c for c in subject.children if c.dep_ == "appos")]
    described = [c for c in subject.children if c.dep_ == "acl" and c.lemma_.lower() in cues.describing_verbs]
    if subject.dep_ == "nsubj" and subject.head.lemma_.lower() in cues.describing_verbs:
        described.append(subject.head)  # "A, described as a commander of X, claimed it": the parse's verb
    said += [o for v in described for o in prep_objects(v, {"as"})]
    return [t for t in said if t.lemma_.lower() in cues.roles]


def _no_longer(role: Token, cues: MemberClaimCues) -> bool:
    """Whether the role is one held no more: "a former commander", "a commander who left the group"."""
    if any(c.lower_ in cues.former_words for c in role.children if c.dep_ in {"amod", "compound", "advmod"}):
        return True
    clauses = [c for c in role.children if c.dep_ in {"relcl", "acl"}]
    return any(t.lemma_.lower() in cues.leaving_verbs for c in clauses for t in c.subtree)

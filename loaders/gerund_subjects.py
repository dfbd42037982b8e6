"""Who does what a gerund after "of" names: "India accuses Pakistan of supporting JeM", "X is suspected of
financing Y" -- the object of the verb of accusation (or its passive subject)."""

from __future__ import annotations

from spacy.tokens import Token

GERUND_TYPES = {"FUNDS", "MEMBER_OF"}  # the organisation links read this way


def gerund_subjects(verb: Token) -> list[Token]:
    """The one the gerund is said of: the object of "accuses X of ...", the subject of "X is accused of ..."."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ not in {"of", "for"} or prep.head.pos_ != "VERB":
        return []
    accusing = prep.head
    return [c for c in accusing.children if c.dep_ in {"dobj", "nsubjpass"}]

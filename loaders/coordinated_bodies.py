"""A role's bodies, the unknown ones coordinated with a known one kept: "a member of the ADF and the Kasr Brigade"
gives both (the Kasr Brigade unknown to the gazetteer), while "Assistant Secretary for Near Eastern Affairs at the
State Department" keeps the known department alone (the bureau is another phrase's)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from loaders.mentions import Mention


def known_and_coordinated(orgs: list[Mention], doc: Doc) -> list[Mention]:
    """The known bodies, and the unknown ones coordinated with one of them ("of A and B", "of A and of B"); all of
    them when none is known."""
    known = [m for m in orgs if m.actor_id]
    if not known:
        return orgs
    heads = [doc[m.end - 1] for m in known if m.end > 0]
    return [m for m in orgs if m.actor_id or (m.end > 0 and any(_coordinated(doc[m.end - 1], h) for h in heads))]


def _coordinated(a: Token, b: Token) -> bool:
    """Whether two names are coordinated, directly ("A and B") or through their prepositions ("of A and of B")."""
    if a in b.conjuncts:
        return True
    return a.dep_ == b.dep_ == "pobj" and a.head in b.head.conjuncts

"""Who a relational adjective ("loyal to", "affiliated with") links, by its attachment rather than its neighbours.

"Fighting between the STC and troops loyal to the government": the adjective modifies "troops" only, not the name
coordinated with it. "X has been affiliated with Iranian-backed groups": the groups, not their backer.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from loaders.mentions import Mention
from loaders.syntax import conjuncts, is_backer


def own_holders(adj: Token, holders: list[Mention]) -> list[Mention]:
    """The holders of an attributive adjective without the names only coordinated with the noun it modifies: one
    after its noun modifies the nearest conjunct before it ("troops" of "the STC and troops loyal to X", whichever
    the parse hung it on)."""
    nouns = [c for c in conjuncts(adj.head) if c.i < adj.i] or [adj.head]
    own = max(nouns, key=lambda c: c.i) if adj.i > adj.head.i else adj.head
    others = [c for c in conjuncts(adj.head) if c.i != own.i]
    return [m for m in holders if not any(c.left_edge.i <= m.start <= c.i for c in others)]


def not_backers(objects: list[Mention], doc: Doc, hyphen_words: Iterable[str]) -> list[Mention]:
    """The objects that are not only the backer of the phrase's noun ("Iran" of "Iranian-backed groups")."""
    return [m for m in objects if not is_backer(m, doc, hyphen_words)]

"""A government named after its head stands for the head's state when it acts: "President Isaias Afwerki's
government fought a border war with Ethiopia" (Eritrea fought it), "Wagner has provided security to President
Touadera's government" (to the Central African Republic): the state the gazetteer knows the person to lead, as the
page names it, on a page about another state; the person himself leads it (:mod:`loaders.government_heads`).

The nouns are ``headed_government_nouns`` of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.gazetteer import load_gazetteer
from graph.seeds import load_seed_yaml
from loaders.mentions import Mention
from loaders.page_state import state_mentions

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex


@cache
def headed_government_nouns() -> frozenset[str]:
    """The nouns of a government that its head's name qualifies ("government", "administration").

    >>> "government" in headed_government_nouns()
    True
    """
    return frozenset(load_seed_yaml("relations.yaml")["headed_government_nouns"])


def government_heads_named(noun: Token, index: MentionIndex) -> list[Mention]:
    """The people a government noun is named after, by a possessive or a name before it: "X's government", "the X
    government" (none for a noun inside a name or of another word)."""
    if noun.pos_ != "NOUN" or noun.lower_ not in headed_government_nouns() or index.at(noun) is not None:
        return []
    owners = (index.at(c) for c in noun.children if c.dep_ in {"poss", "compound"})
    return [m for m in owners if m is not None and m.label == "Person"]


def headed_state(noun: Token, index: MentionIndex) -> Mention | None:
    """The state a government named after its one head stands for: the country the gazetteer knows him to lead, by
    its mention on the page nearest before the noun (else the first after it); None when the head is no known
    leader of a state, the page does not name that state, or is about it (at home a government named after its head
    is his side: "the opposition leader accused Maduro's government" on a page about Venezuela)."""
    heads = {m.key: m for m in government_heads_named(noun, index)}
    if len(heads) != 1:
        return None
    states = {a.id for a in load_gazetteer().offices(next(iter(heads.values())).actor_id) if a.label == "Country"}
    if states & {m.actor_id for m in state_mentions(index.mentions, index.scope)}:
        return None  # "Guaido accused Maduro's government" on a page about Venezuela: the ruler's side, not the state
    named = [m for m in index.mentions if m.label == "Country" and m.actor_id in states]
    before = [m for m in named if m.end <= noun.i]
    return before[-1] if before else (named[0] if named else None)

"""An organ that appoints: "the Shura Council named X as secretary-general", "the party's Political Commission
appointed X as interim leader", "the central committee of the Front elected X as general secretary". The organ
(a council, a committee, a commission: ``appointing_organ_words`` in ``seeds/relations.yaml``) fills a post of the
body it belongs to, so the post is that body's, named by a possessive or an "of" in the organ's phrase, and no one's
when the phrase names none; a chair (``organ_own_posts``) is the organ's own ("the Council elected X as chairman").

>>> from loaders.mentions import Mention
>>> is_organ(Mention(0, 2, 0, 13, "Shura Council", "Organization", "Shura Council", "armed_group"))
True
>>> is_organ(Mention(0, 1, 0, 9, "Hezbollah", "Organization", "Hezbollah", "armed_group"))
False
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.mentions import Mention
from loaders.syntax import actors_of, prep_objects

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex


@cache
def organ_words() -> frozenset[str]:
    """The nouns that name an organ of a body, which fills the body's posts (lower case)."""
    return frozenset(load_seed_yaml("relations.yaml")["appointing_organ_words"])


@cache
def organ_own_posts() -> frozenset[str]:
    """The posts (lemmas) an organ fills for itself ("the Kelvan Council elected X as chairman")."""
    return frozenset(load_seed_yaml("relations.yaml")["organ_own_posts"])


def is_organ(mention: Mention) -> bool:
    """Whether an organisation's name is that of an organ of another body ("Shura Council", "Political
    Commission")."""
    return mention.label == "Organization" and not organ_words().isdisjoint(mention.name.lower().split())


def posts_owner(appointer: Token, index: MentionIndex) -> list[Mention] | None:
    """The bodies whose post an appointing organ fills: the owner its phrase names by a possessive or an "of" ("the
    party's Political Commission", "the central committee of X"), none when it names no owner; None when the
    appointer is no organ (its post is its own: "the Front named X as its leader")."""
    named = actors_of(appointer, index, with_preps=False)
    organ = appointer.lower_ in organ_words() or any(is_organ(m) for m in named)
    if not organ:
        return None
    owners = [c for c in appointer.children if c.dep_ == "poss"] + prep_objects(appointer, {"of"})
    found = [m for t in owners for m in actors_of(t, index) if m.label in {"Organization", "Country"}]
    return [m for m in found if not is_organ(m)]

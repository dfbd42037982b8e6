"""A plural title before a list of names gives each name the title ("former ministers A, B and C", "ISIS-K commanders
A and B", "Hezbollah officials A, B and C"): the title before the list's first name is read for every name in it, with
its plural noun read as the singular role. A plural that is no role ("villagers A and B") gives none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from loaders.cues import load_cues
from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex

PLURAL_TAGS = frozenset({"NNS", "NNPS"})
LIST_JOINTS = frozenset({",", "and"})


def is_plural_role(token: Token) -> bool:
    """Whether a word is a role written in the plural ("ministers", "commanders"), not a singular one.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Army commanders and the minister met in Kabul")
    >>> [is_plural_role(t) for t in doc]
    [False, True, False, False, False, False, False, False]
    """
    return token.tag_ in PLURAL_TAGS and load_cues().role_of((token.lemma_.lower(),)) is not None


def role_word(token: Token) -> str:
    """A title's word as the role list spells it: lowercase, and singular when it is a plural role ("ministers" is
    "minister")."""
    return token.lemma_.lower() if is_plural_role(token) else token.lower_


def title_anchor(doc: Doc, person: Mention, index: MentionIndex) -> int:
    """The token before which a person's title is written: the start of his name, or, for a name in a list of people
    right after a plural title ("ministers A, B and C"), the start of the list's first name.

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("He met ministers Ali Haddad, Omar Said and Sami Nasr.")
    >>> people = [Mention(s, e, 0, 0, doc[s:e].text, "Person", doc[s:e].text) for s, e in ((3, 5), (6, 8), (9, 11))]
    >>> [title_anchor(doc, p, MentionIndex(doc, people)) for p in people]
    [3, 3, 3]
    """
    start = person.start
    while True:
        joint = start
        while joint > 0 and doc[joint - 1].lower_ in LIST_JOINTS:
            joint -= 1
        earlier = index.at(doc[joint - 1]) if 0 < joint < start else None
        if earlier is None or earlier.label != "Person" or earlier.end != joint:
            break
        start = earlier.start  # "A, B and C": back over the names listed before this one
    if 0 < start < person.start and is_plural_role(doc[start - 1]):
        return start
    return person.start

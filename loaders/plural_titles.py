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
        earlier = _person_before_state(doc, earlier, index)  # "chiefs A of X and B of Y": back over "of X"
        if (
            earlier is None
            or earlier.label != "Person"
            or (earlier.end != joint and not state_after(doc, earlier, index))
        ):
            break
        start = earlier.start  # "A, B and C": back over the names listed before this one
    if 0 < start < person.start and is_plural_role(doc[start - 1]):
        return start
    return person.start


def state_after(doc: Doc, person: Mention, index: MentionIndex) -> Mention | None:
    """The country named by an "of" right after a person's name ("President A of Somalia", "chiefs A of Kyrgyzstan
    and B of Tajikistan"): the state whose title the person holds.

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("Ministers Ali Haddad of Kenya and Omar Said met.")
    >>> people = [Mention(s, e, 0, 0, doc[s:e].text, "Person", doc[s:e].text) for s, e in ((1, 3), (6, 8))]
    >>> kenya = Mention(4, 5, 0, 0, "Kenya", "Country", "Kenya")
    >>> index = MentionIndex(doc, [*people, kenya])
    >>> [state_after(doc, p, index) is kenya for p in people]
    [True, False]
    """
    if person.end + 1 >= len(doc) or doc[person.end].lower_ != "of":
        return None
    state = index.at(doc[person.end + 1])
    return state if state is not None and state.label == "Country" and state.start == person.end + 1 else None


def _person_before_state(doc: Doc, mention: Mention | None, index: MentionIndex) -> Mention | None:
    """The person whose name a country after "of" follows ("A of Kyrgyzstan"), for a list's item ending in the
    country; else the mention as found."""
    if mention is None or mention.label != "Country" or mention.start < 2 or doc[mention.start - 1].lower_ != "of":
        return mention
    person = index.at(doc[mention.start - 2])
    return person if person is not None and person.label == "Person" and state_after(doc, person, index) else mention

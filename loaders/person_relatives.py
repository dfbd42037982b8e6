"""The person a "who" or "whom" clause describes when the parser hangs it on the last noun of a phrase set off after
the person's name: "X, a businessman convicted over the 2014 bank fraud, whom the United States sanctioned": the
clause hangs on "fraud", but "whom" is X (a person's pronoun describes no fraud).

>>> from loaders.nlp import load_nlp
>>> from loaders.mentions import Mention
>>> from loaders.syntax import MentionIndex
>>> doc = load_nlp()("Police named Ilan Shor, a trader convicted over a bank fraud, whom the United States sanctioned.")
>>> shor = Mention(2, 4, 13, 22, "Ilan Shor", "Person", "Ilan Shor")
>>> person_set_off_before(doc[11], MentionIndex(doc, [shor])).name
'Ilan Shor'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex

# The links from the clause's noun up to the name: the noun is the object of a preposition of a participle or a noun
# set beside the name ("a trader convicted over a fraud", "a former commander of the army's 3rd division").
SET_OFF_PATH = frozenset({"pobj", "prep", "acl", "appos"})


def person_set_off_before(noun: Token, index: MentionIndex) -> Mention | None:
    """The person named before the phrase set off by a comma ("X, a ...") that ends in ``noun``, a noun that names
    no one; None when the path up leaves such a phrase or reaches an actor that is not a person."""
    if index.at(noun) is not None or noun.pos_ != "NOUN":
        return None
    token, set_off = noun, False
    while token.dep_ in SET_OFF_PATH and token.head.i < token.i:
        set_off = set_off or token.dep_ == "appos"
        token = token.head
        found = index.at(token)
        if found is not None:
            return found if found.label == "Person" and set_off else None
    return None

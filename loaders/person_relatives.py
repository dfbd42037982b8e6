"""The person a "who" or "whom" clause describes when the parser hangs it on the last noun of a phrase set off after
the person's name: "X, a businessman convicted over the 2014 bank fraud, whom the United States sanctioned": the
clause hangs on "fraud", but "whom" is X (a person's pronoun describes no fraud). And the other way round: a "which"
clause the parser hangs on a person's name describes the body that name qualifies ("the militia led by X, which
fought Y": the militia fought Y, not X).

>>> from loaders.nlp import load_nlp
>>> from loaders.mentions import Mention
>>> from loaders.syntax import MentionIndex
>>> doc = load_nlp()("Police named Ilan Shor, a trader convicted over a bank fraud, whom the United States sanctioned.")
>>> shor = Mention(2, 4, 13, 22, "Ilan Shor", "Person", "Ilan Shor")
>>> person_set_off_before(doc[11], MentionIndex(doc, [shor])).name
'Ilan Shor'
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex

# The links from the clause's noun up to the name: the noun is the object of a preposition of a participle or a noun
# set beside the name ("a trader convicted over a fraud", "a former commander of the army's 3rd division").
SET_OFF_PATH = frozenset({"pobj", "prep", "acl", "appos"})
# The links from a name up to the noun whose participle phrase holds it: "the militia led by X", "the force led by
# X, widely known as Y", "the group led by the lawyer X" (the name set beside its title).
QUALIFYING_PATH = frozenset({"pobj", "prep", "agent", "acl", "appos"})


@cache
def impersonal_relative_pronouns() -> frozenset[str]:
    """The relative pronouns that never stand for a person ("which")."""
    return frozenset(load_seed_yaml("relations.yaml")["impersonal_relative_pronouns"])


def body_qualified_by_person(pronoun: Token, index: MentionIndex) -> Token | None:
    """The noun a relative ``pronoun`` of a thing stands for when the parser hangs its clause on a person's name inside
    the participle phrase that qualifies the noun: "the militia led by X, which fought Y" (the militia); None when the
    pronoun is a person's, the clause hangs on no person, or no noun qualifies the name.

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("We met the militia led by Omari Juma, which fought the army.")
    >>> juma = Mention(6, 8, 26, 36, "Omari Juma", "Person", "Omari Juma")
    >>> body_qualified_by_person(doc[9], MentionIndex(doc, [juma])).text
    'militia'
    """
    name = pronoun.head.head
    found = index.at(name)
    if found is None or found.label != "Person":  # "the front led by X, a former officer of the army, which fought Y"
        name = person_described(name, lambda t: (m := index.at(t)) is not None and m.label == "Person")
        found = index.at(name) if name is not None else None
    if pronoun.lower_ not in impersonal_relative_pronouns() or found is None or found.label != "Person":
        return None
    token = name
    while token.dep_ in QUALIFYING_PATH and token.head.i < token.i:
        qualifies = token.dep_ == "acl"
        token = token.head
        named = index.at(token)
        if qualifies and token.pos_ in {"NOUN", "PROPN"} and (named is None or named.label != "Person"):
            return token
    return None


def person_described(noun: Token, is_person: Callable[[Token], bool]) -> Token | None:
    """The person's name a phrase set off after it describes, when ``noun`` is the last noun of that phrase ("X, a
    former general of the national army": X for "army"); None when the path up leaves such a phrase first.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The front, led by Omari Juma, a former general of the army, which fought Y, is gone.")
    >>> person_described(doc[13], lambda t: t.text == "Juma").text
    'Juma'
    """
    token = noun
    while token.dep_ in SET_OFF_PATH and token.head.i < token.i:
        if token.dep_ == "appos":
            return token.head if is_person(token.head) else None
        token = token.head
    return None


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


def person_before_role_body(noun: Token, index: MentionIndex) -> Mention | None:
    """The person a singular "who" clause describes when the parser hangs it on the body of the role set beside the
    person's name: "X, chairman of the Y Association, who was shot dead in 2015", "X, a former officer of the Y
    Forces who was killed in a strike" (X, not the body); None when ``noun`` is no body named in "of" after a role
    noun set off after a person, or the clause is plural ("X, a leader of the Houthis, who control Sanaa": the body).

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("We knew Omari Juma, chairman of the Bar Association, who was shot dead in 2015.")
    >>> juma = Mention(2, 4, 8, 18, "Omari Juma", "Person", "Omari Juma")
    >>> bar = Mention(8, 10, 37, 52, "Bar Association", "Organization", "Bar Association")
    >>> person_before_role_body(doc[9], MentionIndex(doc, [juma, bar])).name
    'Omari Juma'
    """
    body = index.at(noun)
    if body is None or body.label != "Organization" or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    clause = next((c for c in noun.children if c.dep_ == "relcl"), None)
    if clause is None or not _singular(clause):
        return None
    role = noun.head.head
    if role.pos_ != "NOUN" or role.dep_ != "appos" or index.at(role) is not None:
        return None
    person = index.at(role.head)
    return person if person is not None and person.label == "Person" else None


def _singular(clause: Token) -> bool:
    """Whether a relative clause's verb is marked singular ("who was shot", "who is", "who has"), as a person's is."""
    auxiliaries = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    return clause.tag_ == "VBZ" or any(c.tag_ == "VBZ" or c.lower_ == "was" for c in auxiliaries)

"""An unnamed actor's noun that stands nearer to a pronoun than any name: in "X took control of the gang after its
former chief was shot" or "The army sent soldiers to the border, where they fought", "its" and "they" belong to "the
gang" and "soldiers" in their own sentence, not to an actor named sentences before; "its" is then what "the gang"
stands for, or no one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.coreference import SUBJECT_DEPS, owner_nouns, told_of_by_observers

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex

PLURAL = {"they", "their", "them"}  # the pronouns of several actors
CLAUSES = {"relcl", "advcl", "acl"}  # clauses a noun may stand in apart from the pronoun


def nearer_noun(pronoun: Token, index: MentionIndex, labels: set[str]) -> Token | None:
    """The closest actor's noun of the pronoun's number before it in its sentence ("the gang", "soldiers") when no
    name that the pronoun may stand for (of ``labels``) lies between them; None otherwise, and for the object of a
    verb whose subject that noun is ("the militia attacked it").

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("Police raided the gang after its leader fled.")
    >>> nearer_noun(doc[5], MentionIndex(doc, []), {"Organization"}).text
    'gang'
    """
    tag = "NNS" if pronoun.lower_ in PLURAL else "NN"
    doc, start = pronoun.doc, pronoun.sent.start
    for token in (doc[i] for i in range(pronoun.i - 1, start - 1, -1)):  # back to the sentence's start
        named = index.at(token)
        if named is not None:
            if named.label in labels:
                return None  # a name stands nearer
            continue
        if token.pos_ != "NOUN" or token.tag_ != tag or token.lower_ not in owner_nouns()[0]:
            continue
        if told_of_by_observers(token, pronoun):
            continue  # "analysts say rivalries among them sharpened": not the analysts
        if token.dep_ in {"attr", "appos", "compound"} or _in_other_clause(token, pronoun):
            continue  # "X is a gang that has its base", "government forces", "X, whose army said it": not the one
        if any(index.at(c) is not None for c in token.children):
            return None  # "US forces hit missiles they say": whose they are is left to no one
        own_subject = token.dep_ in SUBJECT_DEPS and token.head == pronoun.head
        if own_subject and pronoun.dep_ not in SUBJECT_DEPS | {"poss"}:
            return None  # "the militia attacked it": never its own verb's subject
        return token
    return None


def _in_other_clause(noun: Token, pronoun: Token) -> bool:
    """Whether a noun stands in a relative or adverbial clause that does not hold the pronoun: "government" in
    "Saudi Arabia, whose government condemned the attack, said it"."""
    held = set(pronoun.ancestors)
    return any(t.dep_ in CLAUSES and t not in held for t in noun.ancestors)

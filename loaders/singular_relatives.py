"""A relative clause whose verb is singular describes one name, not a list it ends or begins: in "fighting between
the RSF and the army, which is led by X" or "its rival JNIM, which has fought Y", "which" is the army or JNIM alone,
though the parser reads the names as conjuncts and the rules would give the clause to each of them. A plural verb
("Hamas and Fatah, which are led by ...") or one that does not show its number ("which fought") keeps the list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.doc_tree import has_child

if TYPE_CHECKING:
    from loaders.mentions import Mention
    from loaders.syntax import MentionIndex

SINGULAR = {"VBZ"}  # "is", "has", "leads"
SINGULAR_PAST = {"was"}  # the one past form that shows its number
PLURAL = {"VBP"}  # "are", "have", "lead"
PLURAL_PAST = {"were"}


def singular_clause(verb: Token) -> bool:
    """Whether the finite verb of a clause (the verb or its auxiliaries) is singular.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Hamas and Fatah, which are led by Omar Bashiri, met the army, which is led by Ali Saleh.")
    >>> [singular_clause(t) for t in doc if t.dep_ == "relcl"]
    [False, True]
    """
    finite = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    singular = any(t.tag_ in SINGULAR or t.lower_ in SINGULAR_PAST for t in finite)
    return singular and not any(t.tag_ in PLURAL or t.lower_ in PLURAL_PAST for t in finite)


def is_coordinated(token: Token) -> bool:
    """Whether a token is one of a list: coordinated with another, or another coordinated with it."""
    return token.dep_ == "conj" or has_child(token, {"conj"})


def one_described(pronoun: Token, index: MentionIndex) -> Mention | None:
    """The name a relative pronoun stands for, alone, when its clause is singular and that name is coordinated with
    others: the last before the pronoun, even where the parser hangs the clause on the first ("A and B, which is led
    by X": B); None otherwise (the rules then read the clause as they would)."""
    clause, antecedent = pronoun.head, pronoun.head.head
    if not is_coordinated(antecedent) or not singular_clause(clause):
        return None
    listed = [t for t in (antecedent, *antecedent.conjuncts) if t.i < pronoun.i]
    return index.at(max(listed, key=lambda t: t.i)) if listed else None  # the nearest, wherever the parser hangs it

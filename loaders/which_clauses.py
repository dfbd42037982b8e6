"""An incident a relative clause takes through a preposition before "which": "the bombing, for which X claimed
responsibility", "the attack, for which X has been blamed" (the incident the blame is for), and "the raid, in which
X fighters killed 20 villagers", "the assault, during which X gunmen stormed the camp" (the incident a harm verb in the
clause was done in, so its active subject did it). The prepositions are `which_clauses` in `seeds/relations.yaml`.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from graph.seeds import load_seed_yaml


@cache
def _which_cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The relative pronouns of a thing, the prepositions of blame before them, and those of a deed's course."""
    block = load_seed_yaml("relations.yaml")["which_clauses"]
    return frozenset(block["pronouns"]), frozenset(block["blame_preps"]), frozenset(block["course_preps"])


def which_antecedent(token: Token) -> Token | None:
    """The noun a relative pronoun stands for when it is the object of a preposition that opens a relative clause on
    that noun ("the bombing, for which ...": "bombing"), else None.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The bombing, for which the group claimed responsibility, killed ten.")
    >>> which_antecedent(doc[4])
    bombing
    """
    pronouns, _, _ = _which_cues()
    if token.lower_ not in pronouns or token.dep_ != "pobj" or token.head.dep_ != "prep":
        return None
    clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
    return clause.head if clause is not None and clause.head.pos_ in {"NOUN", "PROPN"} else None


def blamed_through_which(verb: Token) -> list[Token]:
    """The nouns a verb of blame (or the verb a blame noun is the object of) is for through "for which" (or "of
    which") on its own clause: "the attack, for which X claimed responsibility" ("attack")."""
    _, blame_preps, _ = _which_cues()
    objects = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in blame_preps for o in p.children]
    return [n for o in objects if (n := which_antecedent(o)) is not None]


def done_within(verb: Token) -> Token | None:
    """The incident noun a relative clause's verb was done in ("the raid, in which X killed 20": "raid"), or None."""
    _, _, course_preps = _which_cues()
    if verb.dep_ != "relcl":
        return None
    objects = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in course_preps for o in p.children]
    return next((n for o in objects if (n := which_antecedent(o)) is not None), None)

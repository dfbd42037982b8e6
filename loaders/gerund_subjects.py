"""Who does what a gerund after a preposition names: "India accuses Pakistan of supporting JeM", "X is suspected of
financing Y" -- the object of the verb of accusation (or its passive subject); "Since launching Operation X, the army
has built outposts" -- the subject of the clause the gerund opens."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from graph.seeds import load_seed_yaml

GERUND_TYPES = {"FUNDS", "MEMBER_OF", "OPPOSES"}  # the links read this way ("accused X of fighting Y")
OPENING_GERUND_TYPES = {  # and these by the clause a gerund opens ("after ousting Y, X ...", "fled after leading Y")
    "OPPOSES",
    "ATTACKED",
    "THREATENED",
    "LEADS",
    "MEMBER_OF",
    "FUNDS",
    "ALLIED_WITH",
    "WORKS_FOR",
    "MET_WITH",
}


@cache
def attempt_verbs() -> frozenset[str]:
    """The verbs (lemmas) of an attempt whose gerund hands its subject on ("of trying to destabilise Y")."""
    return frozenset(load_seed_yaml("relations.yaml")["attempt_verbs"])


def gerund_subjects(verb: Token) -> list[Token]:
    """The one the gerund is said of: the object of "accuses X of ...", the subject of "X is accused of ...", also for
    the second of two gerunds ("accused X of arming and training Y") and for the verb an attempt leads ("accused X of
    trying to destabilise Y").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Sandu accused Moscow of trying to fight Moldova.")
    >>> [t.text for t in gerund_subjects(doc[6])]
    ['Moscow']
    """
    if verb.dep_ == "xcomp" and verb.head.tag_ == "VBG" and verb.head.lemma_.lower() in attempt_verbs():
        verb = verb.head
    while verb.dep_ == "conj" and verb.head.dep_ in {"pcomp", "conj"}:
        verb = verb.head
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ not in {"of", "for"}:
        return []
    accusing = prep.head
    if accusing.dep_ == "pobj" and accusing.head.dep_ == "agent":  # "X was accused by UN experts of supplying ...":
        accusing = accusing.head.head  # the parser hangs the gerund on the accuser
    if accusing.pos_ != "VERB":
        return []
    return [c for c in accusing.children if c.dep_ in {"dobj", "nsubjpass"}]


def opening_gerund_subjects(verb: Token, preps: frozenset[str]) -> list[Token]:
    """The subject a gerund after one of ``preps`` shares with the clause it opens: "Since launching Operation Kelka,
    the army has built outposts", "After carrying out the raid, the gunmen fled" (the army, the gunmen), also when
    that clause's verb is coordinated with the one its subject is of ("Mali formed an alliance and turned to Russia
    after expelling French forces": Mali).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Since launching Operation Kelka in April, the Malian army has built outposts.")
    >>> [t.text for t in opening_gerund_subjects(doc[1], frozenset({"since"}))]
    ['army']
    >>> doc = load_nlp()("Mali formed an alliance and turned to Russia after expelling French forces.")
    >>> [t.text for t in opening_gerund_subjects(doc[9], frozenset({"after"}))]
    ['Mali']
    """
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ not in preps or prep.head.pos_ not in {"VERB", "AUX"}:
        return []
    clause = prep.head
    while True:
        subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects or clause.dep_ != "conj" or clause.head.pos_ not in {"VERB", "AUX"}:
            return subjects
        clause = clause.head

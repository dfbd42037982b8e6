"""A clause opened by "after", "before" or "when" keeps its subject: "who took over after B was killed in a strike".

The parser reads such a conjunction as a preposition whose object is the clause's subject and hangs the clause's
verb elsewhere: on the sentence's main verb, whose subject it then takes ("A, who took over after B was killed in a
strike, leads the group": A killed), or on nothing that names B. This component, placed after the parser, gives the
verb its subject back: the object right before the verb (or its auxiliary) becomes the verb's subject, the
conjunction its mark, the verb a clause of the word the conjunction hung on, and a subject the verb took from before
the conjunction goes back to the verb the clause was hung on. The conjunctions are ``seeds/relations.yaml``'s
``clause_conjunctions``.

>>> from spacy.vocab import Vocab
>>> words = ["A", "took", "over", "after", "B", "was", "killed", "."]
>>> heads = [1, 1, 1, 1, 3, 6, 1, 1]
>>> deps = ["nsubj", "ROOT", "prt", "prep", "pobj", "auxpass", "conj", "punct"]
>>> tags = ["NNP", "VBD", "RP", "IN", "NNP", "VBD", "VBN", "."]
>>> doc = repair_clauses(Doc(Vocab(), words, heads=heads, deps=deps, tags=tags))
>>> [(t.text, t.dep_, t.head.text) for t in doc[3:7]]
[('after', 'mark', 'killed'), ('B', 'nsubjpass', 'killed'), ('was', 'auxpass', 'killed'), ('killed', 'advcl', 'took')]
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from loaders.cues import load_cues

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})  # the tagger's: the parts of speech come after the parser
VERB_TAGS = frozenset({"VBD", "VBN", "VBZ", "VBP"})  # after an auxiliary: a finite verb or a participle
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})  # right after the object: a finite verb only


@Language.component("clause_repairs")
def repair_clauses(doc: Doc) -> Doc:
    """Give each clause read as a conjunction's object its subject back (see the module's docstring)."""
    conjunctions = load_cues().clause_conjunctions
    for token in doc:
        if token.text.lower() in conjunctions and token.dep_ == "prep" and (verb := _clause_verb(token)) is not None:
            _repair(token, verb)
    return doc


def _clause_verb(conjunction: Token) -> Token | None:
    """The verb whose subject the parser read as the conjunction's object: the verb (or its auxiliary) right after
    the object's phrase, hung outside it, not the sentence's root, and with no subject after the conjunction."""
    objects = [c for c in conjunction.rights if c.dep_ == "pobj" and c.tag_ in NOUN_TAGS]
    if len(objects) != 1 or (end := objects[0].right_edge.i + 1) >= len(conjunction.doc):
        return None
    after = conjunction.doc[end]
    verb = after.head if after.dep_ in {"aux", "auxpass"} else after
    tags = VERB_TAGS if verb != after else FINITE_TAGS  # "known as X, led by Y": a participle of its own
    if verb.tag_ not in tags or verb.i < end or verb.head == verb or verb == conjunction.head:
        return None
    if any(c.dep_ in SUBJECTS and c.i > conjunction.i for c in verb.children):
        return None
    return verb


def _repair(conjunction: Token, verb: Token) -> None:
    """Hang the object on the verb as its subject, the conjunction on it as its mark, and the verb on the word the
    conjunction hung on; a subject of the verb before the conjunction goes to the verb's old head."""
    (subject,) = (c for c in conjunction.rights if c.dep_ == "pobj")
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    outer, clause_head = verb.head, conjunction.head
    taken = [c for c in verb.children if c.dep_ in SUBJECTS and c.i < conjunction.i]
    if any(t.is_ancestor(outer) for t in taken):
        return  # the subject's own clause holds the verb's old head: no place to put it back
    if verb.is_ancestor(clause_head) and not any(t == clause_head or t.is_ancestor(clause_head) for t in taken):
        return  # the conjunction's clause hangs on the verb itself
    for moved in taken:
        moved.head, moved.dep_ = outer, "nsubj"
    verb.head, verb.dep_ = clause_head, "advcl"
    subject.head, subject.dep_ = verb, "nsubjpass" if passive else "nsubj"
    conjunction.head, conjunction.dep_ = verb, "mark"


def add_clause_repairs(nlp: Language) -> Language:
    """Put the component right after the parser (or last, in a pipeline without one)."""
    nlp.add_pipe("clause_repairs", **({"after": "parser"} if "parser" in nlp.pipe_names else {}))
    return nlp

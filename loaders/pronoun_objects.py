"""A pronoun object that repeats the unnamed object of the verb it is coordinated with names no actor.

"X helped set up the Mombasa-based cell in 2017 and has led it since": "it" is the cell, not the organisation the
paragraph named last; with no name of its own, the second verb's object is left unread rather than guessed.
"""

from __future__ import annotations

from spacy.tokens import Token

from loaders.cues import load_cues
from loaders.syntax import MentionIndex

OBJECT_DEPS = frozenset({"dobj", "attr"})


def repeats_unnamed_object(pronoun: Token, index: MentionIndex) -> bool:
    """Whether a pronoun object ("it", "them") stands for the unnamed object of a verb its own verb is coordinated
    with ("set up the cell and has led it", "helped organise and launch the cell and has led it").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Haddad set up the cell in 2017 and has led it since.")
    >>> repeats_unnamed_object(doc[10], MentionIndex(doc, []))
    True
    """
    verb = pronoun.head
    if pronoun.dep_ not in OBJECT_DEPS or pronoun.lower_ not in load_cues().pronouns or verb.dep_ != "conj":
        return False
    earlier = [  # "helped organise and launch the cell ... and has led it": any verb's object before the verb
        t for t in verb.head.subtree if t.i < verb.i and t.dep_ in OBJECT_DEPS and t.head.pos_ in {"VERB", "AUX"}
    ]
    return any(c.pos_ == "NOUN" and index.at(c) is None for c in earlier)

"""A gerund the parse made a verb of an incident noun where it only says the incidents' kind: "a string of shooting
attacks" is read as "shooting" the attacks, whose series, place and author the rules then miss."""

from __future__ import annotations

from spacy.tokens import Token


def qualifying_gerund(noun: Token) -> Token | None:
    """The gerund just before an incident noun that the parse made a verb with the noun as its object, where it only
    says the kind of the incidents a series counts: "a string of shooting attacks" (not "shooting" the attacks).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Gunmen carried out a string of shooting attacks on police in Quetta.")
    >>> [t.text for t in doc if qualifying_gerund(t) is not None]
    ['attacks']
    """
    gerund = noun.head
    if noun.dep_ != "dobj" or gerund.i != noun.i - 1 or gerund.tag_ != "VBG" or gerund.dep_ != "pcomp":
        return None
    return gerund if gerund.head.lower_ == "of" else None

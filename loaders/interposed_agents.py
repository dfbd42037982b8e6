"""The doer of a passive deed whose "by" phrase the parser hangs on a phrase of time or of a message standing between
them: "the bombing was claimed at the time by X", "the raid was claimed in a statement by X" (the parse makes "by X"
a modifier of "time" and of "statement", so the verb has no agent of its own). The words that may stand between are
`blame.interposed_agent_nouns` and `blame.message_nouns` in `seeds/relations.yaml`; a clause of its own ("carried out
in a town held by X") keeps its "by" phrase to itself.
"""

from __future__ import annotations

from spacy.tokens import Token

from loaders.cues import load_cues


def interposed_agents(verb: Token) -> list[Token]:
    """The objects of a "by" phrase hung on the object of one of a passive verb's own prepositions, when that object
    is a word of time or of a message and the verb has no agent of its own; none otherwise.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The attack was claimed at the time by the Islamic State group.")
    >>> interposed_agents(doc[3])
    [group]
    >>> doc = load_nlp()("The attack was carried out in a town held by the Islamic State group.")
    >>> interposed_agents(doc[3])
    []
    """
    if any(c.dep_ == "agent" for c in verb.children) or verb.tag_ != "VBN":
        return []
    cues = load_cues()
    between = cues.interposed_agent_nouns | cues.blame_message_nouns
    objects = [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    hosts = [o for o in objects if o.lemma_.lower() in between]
    return [
        a
        for h in hosts
        for b in h.children
        if b.dep_ == "prep" and b.lower_ == "by"
        for a in b.children
        if a.dep_ == "pobj"
    ]

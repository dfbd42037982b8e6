"""Unknown names a verb of sanction acts on are actors, not places.

The NER reads many an unknown group's or company's name as a place ("Tren de Aragua", "Los Lobos", "Terra Tech"). A
sanction's target is a person or an organisation, so a name a verb of sanction (``sanction_phrases.plain_verbs``:
"designate", "sanction", "blacklist", "proscribe", ...) takes as its object or as its passive subject, alone or in a
list ("the State Department designated Tren de Aragua", "sanctioned A, B and C", "Los Lobos was proscribed") is an
organisation wherever the document writes it, when the gazetteer knows no place of that name. A name that opens or
ends a longer organisation's name of the document stays as it is ("Hamas" beside "the Hamas Shura Council"): as an
organisation it would be read as that one's short form (``same_actor.bind_short_names``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from graph.resolve import begins_or_ends
from loaders.doc_tree import span_root
from loaders.mentions import Mention, guess_kind
from loaders.sanction_phrases import sanction_phrases

TARGET_DEPS = frozenset({"dobj", "nsubjpass"})


def sanctioned_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each unknown place's name that a verb of sanction acts on an organisation's in every sentence."""
    verbs = sanction_phrases().plain_verbs
    names = {m.name for m in mentions if _unknown_place(m) and sanction_target(span_root(doc, m.start, m.end), verbs)}
    longer = [m.name.lower().split() for m in mentions if m.label == "Organization"]
    names = {name for name in names if not any(begins_or_ends(name.lower().split(), other) for other in longer)}
    if not names:
        return mentions
    return [
        replace(m, label="Organization", kind=guess_kind(m.name)) if _unknown_place(m) and m.name in names else m
        for m in mentions
    ]


def sanction_target(token: Token, verbs: frozenset[str]) -> bool:
    """Whether a name's head is the object or the passive subject of one of the verbs, or an item of a list that is:
    "designated A", "sanctioned A, B and C", "A and B were proscribed".

    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> words = ["Treasury", "designated", "Aragua", "and", "Lobos"]
    >>> doc = Doc(English().vocab, words, heads=[1, 1, 1, 2, 2], deps=["nsubj", "ROOT", "dobj", "cc", "conj"])
    >>> for t, lemma in zip(doc, ["treasury", "designate", "aragua", "and", "lobos"]):
    ...     t.lemma_, t.pos_ = lemma, "VERB" if lemma == "designate" else "PROPN"
    >>> [sanction_target(t, frozenset({"designate"})) for t in doc]
    [False, False, True, False, True]
    """
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    verb = token.head
    return token.dep_ in TARGET_DEPS and verb.pos_ == "VERB" and verb.lemma_.lower() in verbs


def _unknown_place(m: Mention) -> bool:
    """Whether a mention is a place's the gazetteer does not know."""
    return m.label == "Location" and not m.actor_id and not m.refers_back

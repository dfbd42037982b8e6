"""Who says what a message says: "Hezbollah issued a statement condemning Israel", "In a video threatening Kenya,
al-Shabaab ...", "a statement by X denouncing Y", "X's message warning Y" -- a participle hung on a noun of a message
(``message_nouns`` of ``seeds/relations.yaml``) is said by the message's author: its owner, its "by", the subject of
the verb that puts it out (``publishing_verbs``), or of the clause a phrase ``message_preps`` opens."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.syntax import prep_objects, subjects_of


@cache
def _message_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    block = load_seed_yaml("relations.yaml")["message_authors"]
    return frozenset(block["message_nouns"]), frozenset(block["publishing_verbs"]), frozenset(block["message_preps"])


def message_authors(participle: Token) -> list[Token]:
    """The words naming the author of the message a participle is hung on, or none for a participle hung on anything
    else ("a video showing X", the maker unnamed, or "Kenya condemned a video threatening Y": not Kenya's).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Hezbollah issued a statement condemning Israel.")
    >>> [t.text for t in message_authors(doc[4])]
    ['Hezbollah']
    >>> doc = load_nlp()("Kenya condemned a video threatening Uganda.")
    >>> [t.text for t in message_authors(doc[4])]
    []
    """
    nouns, publishing, preps = _message_words()
    message = participle.head
    if participle.dep_ != "acl" or participle.tag_ != "VBG" or message.lemma_.lower() not in nouns:
        return []
    owners = [c for c in message.children if c.dep_ == "poss"] + prep_objects(message, {"by"})
    if owners:
        return owners  # "Hezbollah's statement condemning X", "a statement by Hezbollah condemning X"
    verb = message.head
    if message.dep_ == "dobj" and verb.lemma_.lower() in publishing:
        return subjects_of(verb)  # "Hezbollah issued a statement condemning X"
    if message.dep_ == "pobj" and verb.lower_ in preps and verb.head.pos_ in {"VERB", "AUX"}:
        return subjects_of(verb.head)  # "In a statement condemning X, Hezbollah said ..."
    return []

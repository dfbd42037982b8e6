"""Names that give a sanctions regime its name: "the UN Security Council's ISIL and Al-Qaida sanctions committee lists
the group", "the Hezbollah sanctions list".

The regime is aimed at the group or person it is named after, so the name is none of the phrase's actors: ISIL is no
member of the Security Council, and Al-Qaida lists no one. A state or a body before "sanctions" is left as it is read
("US sanctions", "the EU sanctions list": the sanctioner). The words are ``sanctions_regime_words`` of
``seeds/relations.yaml``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from graph.seeds import load_seed_yaml
from loaders.doc_tree import tree_of
from loaders.mentions import Mention

TARGET_KINDS = {"armed_group"}  # the organisations a regime is named after; states and bodies impose them
NAME_DEPS = {"compound", "nmod", "conj", "amod"}  # how a name hangs on the noun of the phrase it modifies


@cache
def sanctions_regime_words() -> frozenset[str]:
    """The words that make a phrase a sanctions regime ("sanctions"), loaded once per process."""
    return frozenset(load_seed_yaml("relations.yaml")["sanctions_regime_words"])


def _names_regime(token: Token, after: int) -> bool:
    """Whether the noun a name hangs on is a regime's word, or has one after the name among its modifiers."""
    words = sanctions_regime_words()
    return (token.i >= after and token.lower_ in words) or any(
        c.dep_ == "compound" and c.i >= after and c.lower_ in words for c in token.children
    )


def names_sanctions_regime(mention: Mention, doc: Doc) -> bool:
    """Whether a group or person names the sanctions regime of the phrase it modifies.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The Hezbollah sanctions committee met in New York.")
    >>> names_sanctions_regime(Mention(1, 2, 4, 13, "Hezbollah", "Organization", "Hezbollah", "armed_group"), doc)
    True
    """
    if mention.label != "Person" and mention.kind not in TARGET_KINDS:
        return False
    head = tree_of(doc).head
    outer = next((i for i in range(mention.start, mention.end) if not mention.start <= head[i] < mention.end), None)
    token = doc[outer] if outer is not None else None
    seen = 0
    while token is not None and token.dep_ in NAME_DEPS and token.head.i != token.i and seen < len(doc):
        token, seen = token.head, seen + 1
        if _names_regime(token, mention.end):
            return True
    return False

"""The channel a head works through: "X runs the cartel's vehicle purchases through Y, a used car dealership" does not
make X Y's head or member (the prepositions are ``channel_preps`` in ``seeds/relations.yaml``)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.mentions import Mention


@cache
def channel_preps() -> frozenset[str]:
    """The prepositions of a channel ("through", "via"), from ``channel_preps`` in ``seeds/relations.yaml``."""
    return frozenset(w.lower() for w in load_seed_yaml("relations.yaml")["channel_preps"])


def through_channel(mention: Mention, verb: Token) -> bool:
    """Whether a name under a verb is reached from it only through a preposition of a channel ("runs its purchases
    through Y": Y), not as what the verb acts on.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Ochoa runs the cartel's purchases through Coyote Motors and Rancho Grande.")
    >>> coyote = Mention(7, 9, 42, 55, "Coyote Motors", "Organization", "coyote-motors")
    >>> ranch = Mention(10, 12, 60, 73, "Rancho Grande", "Organization", "rancho-grande")
    >>> through_channel(coyote, doc[1]), through_channel(ranch, doc[1])
    (True, True)
    >>> through_channel(Mention(0, 1, 0, 5, "Ochoa", "Person", "ochoa"), doc[1])
    False
    >>> doc = load_nlp()("JNIM operates through Ansarul Islam, the group founded by Ibrahim Dicko.")
    >>> through_channel(Mention(3, 5, 22, 35, "Ansarul Islam", "Organization", "ansarul-islam"), doc[9])
    False
    """
    word, channel = verb.doc[mention.end - 1], False
    while word.i != verb.i and word.head.i != word.i:
        channel = channel or (word.dep_ == "pobj" and word.head.lower_ in channel_preps())
        word = word.head
    return channel and word.i == verb.i  # not "operates through X, the group founded by Y": X is above the verb

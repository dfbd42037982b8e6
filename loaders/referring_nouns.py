"""Nouns that only refer back: "the crime", "this plot" name no incident of their own, but with a definite or pointing
determiner they mean an incident the page told before ("Tehran said the crime would not go unanswered", "he denied
any part in the plot").

The cue words are the ``referring_nouns`` of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.compound_incidents import compound_kind


@cache
def referring_nouns() -> frozenset[str]:
    """The ``referring_nouns`` of seeds/relations.yaml: "crime", "plot"."""
    return frozenset(load_seed_yaml("relations.yaml")["referring_nouns"])


def only_refers(token: Token) -> bool:
    """Whether a word is a noun that can only refer back to an incident ("the crime", "this plot"; not "organised
    crime groups", where it describes another noun, nor the verb of "they plot", nor "a plane crash", which its word
    before it makes an incident of its own: ``compound_incidents``).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Police said the crime was planned by an organised crime group. He died in a plane crash.")
    >>> only_refers(doc[3]), only_refers(doc[10]), only_refers(doc[17])
    (True, False, False)
    """
    return (
        token.pos_ == "NOUN"
        and token.dep_ != "compound"
        and token.lemma_.lower() in referring_nouns()
        and compound_kind(token) is None
    )

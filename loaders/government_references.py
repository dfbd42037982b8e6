"""A bare "the government" (or "the junta", "the regime") stands for the state the page is about
(:func:`loaders.page_state.state_mentions`), as the page has named it before the reference ("Mozambican soldiers
fought the insurgents ... Rwanda sent troops, Rwandan police followed ... Mozambique ... The government said its
forces had killed X": Mozambique's forces). One with its own "in" phrase naming a state or a capital stands for that
state, whatever the page is about ("the junta in Niger" on a page about Benin; "the regime in Damascus": Syria).
"The government of X" and "the Malian government" are read elsewhere (a name or a state's adjective in the
phrase), and so is "the junta" of a page that named its junta as such (:func:`loaders.named_heads.named_head`)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.capital_states import capital_state
from loaders.coreference import described
from loaders.mentions import Mention
from loaders.named_heads import named_head
from loaders.page_state import state_mentions

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex


@cache
def government_nouns() -> frozenset[str]:
    """The nouns that, bare and definite, stand for the page's state (``references.government_nouns``)."""
    return frozenset(load_seed_yaml("relations.yaml")["references"]["government_nouns"])


def governed_state(token: Token, index: MentionIndex) -> Mention | None:
    """The country a bare "the government" stands for: the state its own "in" phrase names (:func:`seated_state`),
    else the page's state as named before it, by its latest mention there; None when the page has not named it twice
    by then, when the noun stands for a body named before ("the junta" for the State Administration Council), and for
    any other noun or phrase.

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("Chad fought rebels. Mali and Chad met Mali's envoy. The government said so.")
    >>> chad = [Mention(i, i + 1, 0, 0, "Chad", "Country", "Chad") for i in (0, 6)]
    >>> mali = [Mention(i, i + 1, 0, 0, "Mali", "Country", "Mali") for i in (4, 8)]
    >>> governed_state(doc[13], MentionIndex(doc, [*chad, *mali])).start
    6
    """
    if token.pos_ != "NOUN" or token.tag_ != "NN" or token.lower_ not in government_nouns():
        return None
    if token.i in index.by_token or len(list(token.lefts)) != 1 or not described(token, index):
        return None
    if named_head(token, index) is not None:  # "the junta" for the junta named before as such
        return None
    if (seat := seated_state(token, index)) is not None:
        return seat
    named = state_mentions(index.mentions, index.scope, before=token.i)
    return named[-1] if named else None


def seated_state(token: Token, index: MentionIndex) -> Mention | None:
    """The state a ruling noun's own "in" phrase names: the country ("the junta in Niger") or the state of the capital
    ("the regime in Damascus"); None for any other phrase ("the government in November", "in northern Shan State").

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("Benin said the junta in Niger closed the border.")
    >>> niger = Mention(5, 6, 0, 0, "Niger", "Country", "Niger")
    >>> seated_state(doc[3], MentionIndex(doc, [niger])).name
    'Niger'
    """
    preps = [p for p in token.children if p.dep_ == "prep" and p.lower_ == "in"]
    places = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    for place in (m for o in places if (m := index.at(o)) is not None):
        if place.label == "Country":
            return place
        if (state := capital_state(place)) is not None:
            return state
    return None

"""A bare "the government" stands for the state the page is about: the country its lead names first, when the page
names it again before the reference ("Mozambican soldiers fought the insurgents ... Rwanda sent troops, Rwandan
police followed ... Mozambique ... The government said its forces had killed X": Mozambique's forces). Not the
country named last nor the one named most: a page about one state names its neighbours and backers too, often.
"The government of X" and "the Malian government" are read elsewhere (a name or a state's adjective in the
phrase)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.coreference import described
from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex


@cache
def government_nouns() -> frozenset[str]:
    """The nouns that, bare and definite, stand for the page's state (``references.government_nouns``)."""
    return frozenset(load_seed_yaml("relations.yaml")["references"]["government_nouns"])


def governed_state(token: Token, index: MentionIndex) -> Mention | None:
    """The country a bare "the government" stands for: the first named before it (outside aside lines), as its
    latest mention, when it was named at least twice; None otherwise, and for any other noun or phrase.

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("Chad fought in Mali. Mali and Chad met. The government said so.")
    >>> chad = [Mention(i, i + 1, 0, 0, "Chad", "Country", "Chad") for i in (0, 7)]
    >>> mali = [Mention(i, i + 1, 0, 0, "Mali", "Country", "Mali") for i in (3, 5)]
    >>> governed_state(doc[11], MentionIndex(doc, [*chad, *mali])).start
    7
    """
    if token.pos_ != "NOUN" or token.tag_ != "NN" or token.lower_ not in government_nouns():
        return None
    if token.i in index.by_token or len(list(token.lefts)) != 1 or not described(token, index):
        return None
    scope = index.scope
    countries = [
        m for m in index.mentions if m.label == "Country" and m.end <= token.i and not scope.aside(m.start_char)
    ]
    named = [m for m in countries if m.key == countries[0].key] if countries else []
    return named[-1] if len(named) > 1 else None

"""A bare "the government" (or "the junta", "the regime") stands for the state the page is about
(:func:`loaders.page_state.state_mentions`), as the page has named it before the reference ("Mozambican soldiers
fought the insurgents ... Rwanda sent troops, Rwandan police followed ... Mozambique ... The government said its
forces had killed X": Mozambique's forces).
"The government of X" and "the Malian government" are read elsewhere (a name or a state's adjective in the
phrase), and so is "the junta" of a page that named its junta as such (:func:`loaders.named_heads.named_head`)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
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
    """The country a bare "the government" stands for: the page's state as named before it, by its latest mention
    there; None when the page has not named it twice by then, when the noun stands for a body named before ("the
    junta" for the State Administration Council), and for any other noun or phrase.

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
    named = state_mentions(index.mentions, index.scope, before=token.i)
    return named[-1] if named else None

"""Followers called after a word of their organisation's name: "the Maoists" for the Communist Party of India
(Maoist) named before, "the Zapatistas" for the Zapatista Army of National Liberation. The organisation named most
often before such a word is the one it stands for; none when two are named as often."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.coreference import described

if TYPE_CHECKING:
    from loaders.mentions import Mention
    from loaders.syntax import MentionIndex

STEM_LENGTH = 4  # the shortest word of a name that followers are called after ("Maoist")
PLURAL_TAGS = {"NNS", "NNPS"}


def adherent_words(index: MentionIndex) -> set[str]:
    """The lowercase plurals of the capitalised words in the organisations' names: "maoists" for "CPI (Maoist)".

    >>> from types import SimpleNamespace
    >>> org = SimpleNamespace(label="Organization", name="Communist Party of India (Maoist)")
    >>> sorted(adherent_words(SimpleNamespace(mentions=[org])))
    ['communists', 'indias', 'maoists', 'partys']
    """
    return {w.lower() + "s" for m in index.mentions if m.label == "Organization" for w in _name_words(m.name)}


def adherent_reference(token: Token, index: MentionIndex) -> Mention | None:
    """The organisation "the Maoists" stands for: of those named before it with "Maoist" in their name, the one
    named most often; None for a word in lower case, with no definite article, or when two are named as often."""
    text = token.text
    if not text[0].isupper() or not text.endswith("s") or token.tag_ not in PLURAL_TAGS:
        return None
    if not described(token, index, token.tag_):
        return None
    stem = text[:-1]
    named = [
        m for m in index.mentions if m.end <= token.i and m.label == "Organization" and stem in _name_words(m.name)
    ]
    counts = Counter(m.key for m in named).most_common(2)
    if not counts or (len(counts) > 1 and counts[1][1] == counts[0][1]):
        return None
    return next(m for m in reversed(named) if m.key == counts[0][0])


def _name_words(name: str) -> list[str]:
    """The capitalised words of a name that may be its followers' stem (not already plural)."""
    return [w for w in re.findall(r"[A-Za-z]+", name) if w[0].isupper() and len(w) >= STEM_LENGTH and w[-1] != "s"]

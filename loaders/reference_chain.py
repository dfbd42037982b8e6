"""References that carry a topic on: in "The rebels briefly captured Goma. A year later, they were routed", "the
rebels" and "they" are the M23 named paragraphs before, each the subject of its clause; for a reference after them
("its president") each counts as that group named as subject where it stands, so that a section's topic stays
what a later "its" stands for when its name is far back. Organisations and countries only ("he" keeps to names)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex

SUBJECTS = {"nsubj", "nsubjpass"}  # the dependency labels of a clause's subject
CARRIED = {"Organization", "Country"}  # the labels a chain of references carries on


class ReferenceChain:
    """The subject references of one document, each resolved once, in text order."""

    def __init__(self, index: MentionIndex, refers: Callable[[Token], bool]) -> None:
        self.index = index
        doc, named = index.doc, index.by_token
        subjects = (doc[i] for i, dep in enumerate(index.deps) if dep in SUBJECTS and i not in named)
        self.candidates = [t for t in subjects if refers(t)]
        self.resolved: dict[int, Mention | None] = {}

    def subjects_before(self, before: int) -> list[Mention]:
        """The references that are a clause's subject and end before token ``before``, each as a mention of the
        organisation or country it stands for, where it stands."""
        for token in self.candidates:
            if token.i >= before:
                break
            if token.i not in self.resolved:
                self.resolved[token.i] = None  # resolving it looks only at the references before its sentence
                self.resolved[token.i] = as_mention(token, self.index.antecedent(token))
        return [m for i, m in self.resolved.items() if i < before and m is not None]


def as_mention(token: Token, ante: Mention | None) -> Mention | None:
    """A reference as a mention of the organisation or country it stands for, or None."""
    if ante is None or ante.label not in CARRIED or ante.end > token.sent.start:
        return None
    return replace(
        ante, start=token.i, end=token.i + 1, start_char=token.idx, end_char=token.idx + len(token), refers_back=True
    )

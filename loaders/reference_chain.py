"""References that carry a topic on: in "The rebels briefly captured Goma. A year later, they were routed", "the
rebels" and "they" are the M23 named paragraphs before, each the subject of its clause; for a reference after them
("its president") each counts as that group named as subject where it stands, so that a section's topic stays
what a later "its" stands for when its name is far back. So with people: "He was born in Giza. ... He led X" is the
person the first "he" stands for, named paragraphs before."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex

SUBJECTS = {"nsubj", "nsubjpass"}  # the dependency labels of a clause's subject
CARRIED = {"Organization", "Country", "Person"}  # the labels a chain of references carries on


class ReferenceChain:
    """The subject references of one document, each resolved once, in text order."""

    def __init__(self, index: MentionIndex, refers: Callable[[Token], bool]) -> None:
        self.index = index
        doc, named = index.doc, index.by_token
        subjects = (doc[i] for i, dep in enumerate(index.deps) if dep in SUBJECTS and i not in named)
        self.candidates = [t for t in subjects if refers(t)]
        self.resolved: dict[int, Mention | None] = {}
        self.named: dict[int, Mention] = {}  # a reference's position -> the name it stands for

    def subjects_before(self, before: int) -> list[Mention]:
        """The references that are a clause's subject and end before token ``before``, each as a mention of the
        organisation or country it stands for, where it stands."""
        for token in self.candidates:
            if token.i >= before:
                break
            if token.i not in self.resolved:
                self.resolved[token.i] = None  # resolving it looks only at the references before its sentence
                ante = self.index.antecedent(token)
                self.resolved[token.i] = as_mention(token, ante)
                if ante is not None:
                    self.named[token.i] = ante
        return [m for i, m in self.resolved.items() if i < before and m is not None]

    def unrivalled(self, carried: list[Mention], before: int) -> list[Mention]:
        """The carried references to people with no other person named as a clause's subject between them and token
        ``before`` ("Delis was born in Tarsa. He studied medicine. Vell joined him. He led X": not Delis, for a rival
        named since), and every carried reference to an organisation or a country."""
        if all(m.label != "Person" for m in carried):
            return carried
        deps = self.index.deps
        rivals = [
            m for m in self.index.mentions if m.label == "Person" and m.start < before and deps[m.end - 1] in SUBJECTS
        ]
        return [
            m for m in carried if m.label != "Person" or not any(r.start > m.start and r.key != m.key for r in rivals)
        ]


def as_mention(token: Token, ante: Mention | None) -> Mention | None:
    """A reference as a mention of the organisation or country it stands for, or None."""
    if ante is None or ante.label not in CARRIED or ante.end > token.sent.start:
        return None
    return replace(
        ante, start=token.i, end=token.i + 1, start_char=token.idx, end_char=token.idx + len(token), refers_back=True
    )


def person_named(chain: ReferenceChain, found: Mention) -> Mention:
    """The person's own name where a reference stands for one that a carried "he" led to ("He was born in Giza. He
    led X": the name the first "he" stands for), as rules that read a person's name look for it; any other as is."""
    if found.label != "Person" or not found.refers_back:
        return found
    return chain.named.get(found.start, found)

"""What a sentence must hold for a sentence-wide rule to find anything in it, read once a sentence.

Most sentence-wide rules read a sentence only at its names of some labels ("each Location of the sentence") or at
their cue words ("each verb of hosting"). Such a rule declares that as :class:`Needs`; the driver reads what each
sentence holds once (:class:`SentenceHolds`: its names' labels, and its words and lemmas when first asked for) and
skips a rule the sentence cannot set off, so that the many sentences naming nothing cost no rule's time. A need
must be a plain consequence of where the rule reads, never a guess of where it usually finds something: skipping
never changes what is found.

>>> import spacy
>>> from loaders.doc_words import DocWords
>>> from loaders.mentions import Mention
>>> doc = spacy.blank("en")("Kenya hosts the talks.")
>>> kenya = Mention(0, 1, 0, 5, "Kenya", "Country", "Kenya")
>>> holds = SentenceHolds([kenya], DocWords(doc), doc[:])
>>> holds.meets(Needs(labels=frozenset({"Location"}), names=1)), holds.meets(Needs(names=1))
(False, True)
>>> holds.meets(Needs(words=frozenset({"host"}))), holds.meets(Needs(words=frozenset({"hosts"})))
(False, True)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Span

from loaders.doc_words import DocWords
from loaders.mentions import Mention


@dataclass(frozen=True)
class Needs:
    """Where a rule reads a sentence: at ``names`` or more names of ``labels`` (None: of any label; no names when
    ``names`` is 0), or at one of ``words`` (a token's lowercase form or lowercase lemma).

    >>> Needs()
    Traceback (most recent call last):
    ValueError: a rule's needs name names or words (a rule that reads every sentence has none: None)
    """

    labels: frozenset[str] | None = None
    names: int = 0
    words: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if not self.names and not self.words:
            raise ValueError("a rule's needs name names or words (a rule that reads every sentence has none: None)")


class SentenceHolds:
    """What one sentence holds that rules may need: its names' labels and, when first asked for, its words."""

    def __init__(self, mentions: list[Mention], words: DocWords, sent: Span) -> None:
        self.labels = [m.label for m in mentions]
        self._doc_words = words
        self._sent = sent

    @cached_property
    def words(self) -> frozenset[str]:
        """The sentence's tokens' lowercase forms and lowercase lemmas."""
        start, end = self._sent.start, self._sent.end
        return frozenset(self._doc_words.lower[start:end]).union(self._doc_words.lemma[start:end])

    def meets(self, needs: Needs | None) -> bool:
        """Whether the sentence holds what a rule needs (None: the rule reads every sentence)."""
        if needs is None:
            return True
        if needs.names and self._count(needs.labels) >= needs.names:
            return True
        return bool(needs.words) and not needs.words.isdisjoint(self.words)

    def _count(self, labels: frozenset[str] | None) -> int:
        return len(self.labels) if labels is None else sum(label in labels for label in self.labels)

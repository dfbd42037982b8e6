"""The armed group a page is about, over a body of unread kind named in passing, for "the group" and "its fighters".

A reader of "The Kremlin denied any role. ... Before the mutiny, the mercenary force had been one of Russia's most
visible units. Its fighters led the assault" takes the force and its fighters for Wagner, the armed group the page
names again and again, not for the Kremlin, a body named once that the nearest-subject reading (``pool`` of
:mod:`loaders.reference_scope`) would give: a page with no gazetteer entry for the Kremlin, the Pentagon or the FBI
reads them as organisations of no kind, which "the group" may stand for. So when that reading lands on an
organisation of no kind read (:func:`loaders.described_kinds.kind_unread`), named at most
``references.dominant_group.passing_times`` times before the reference and never described by a group noun ("X, a
little-known militia"), and the page names one armed group before it at least ``least_times`` times and at least
``ratio`` times as often, the reference stands for that armed group; not when the body was named in the reference's
own sentence or the one before, in its paragraph ("X is the chief of Hamas. He led the group in Gaza": Hamas). Only a
group noun ("the group", "the organisation", "the force") or a possessive owning fighters ("its fighters") is read so;
"it" and "its leader" keep the nearest reading (a ministry's own spokesman, a company's chief).
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.coreference import armed_owners, group_kinds
from loaders.described_kinds import describing_nouns, kind_unread
from loaders.doc_tree import DESCRIBING_DEPS
from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex

ARMED_KIND = "armed_group"


@cache
def dominance() -> tuple[int, int, int]:
    """How often a passing body may be named, how often the page's armed group at least, and how many times as often
    (``references.dominant_group`` in ``seeds/relations.yaml``)."""
    data = load_seed_yaml("relations.yaml")["references"]["dominant_group"]
    return int(data["passing_times"]), int(data["least_times"]), int(data["ratio"])


def reads_for_group(reference: Token, index: MentionIndex) -> bool:
    """Whether a reference is a group noun ("the group", "the force") or a possessive owning fighters ("its
    fighters"): one that stands for an armed group where the page is about one."""
    if reference.pos_ == "NOUN":
        return reference.lower_ in index.group_nouns
    return reference.dep_ == "poss" and reference.head.lower_ in armed_owners()[0]


def page_armed_group(reference: Token, chosen: Mention, earlier: list[Mention], index: MentionIndex) -> Mention | None:
    """The latest mention of the armed group the page is about, when a group reference's nearest reading
    (``chosen``) is a body of no kind read named in passing; None when the reading stands (see the module's
    docstring).

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("Wagner hit Goma. Wagner hit Pama. Wagner hit Gao. Wagner hit Bol.\\n\\nThe Kremlin denied it."
    ...                  " Putin spoke.\\n\\nThe group ran")
    >>> wagner = [Mention(i, i + 1, doc[i].idx, doc[i].idx + 6, "Wagner", "Organization", "Wagner", "armed_group")
    ...           for i in (0, 4, 8, 12)]
    >>> kremlin = Mention(18, 19, doc[18].idx, doc[18].idx + 7, "Kremlin", "Organization", "Kremlin", "other")
    >>> index = MentionIndex(doc, [*wagner, kremlin], group_nouns=["group"])
    >>> page_armed_group(doc[27], kremlin, [*wagner, kremlin], index).start
    12
    """
    if chosen.label != "Organization" or not kind_unread(chosen) or not reads_for_group(reference, index):
        return None
    passing, least, ratio = dominance()
    times: Counter[str] = Counter()
    for m in index.mentions:
        if m.start >= reference.i:
            break
        if m.label == "Organization" and not m.refers_back:  # a headline's or a caption's name counts too
            times[m.key] += 1
    if not 0 < times[chosen.key] <= passing or _described_as_group(chosen, index):
        return None
    if _just_named(reference, chosen, index):
        return None  # "X is the chief of Hamas. He led the group in Gaza": Hamas, just read
    armed = Counter({m.key: times[m.key] for m in earlier if m.kind == ARMED_KIND and not m.refers_back})
    ranked = armed.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
        return None  # no armed group, or two named as often: the page is about neither
    key, count = ranked[0]
    if count < least or count < ratio * times[chosen.key]:
        return None
    return next(m for m in reversed(earlier) if m.key == key)


def dominant_armed_group(reference: Token, earlier: list[Mention], index: MentionIndex) -> Mention | None:
    """The latest mention of the armed group the page is about (named before the reference at least ``least_times``
    times and ``ratio`` times as often as any other armed group), for a group noun the nearest reading leaves with no
    one ("The group specialised in kidnapping foreigners" after a paragraph on two of them); None otherwise."""
    if reference.pos_ != "NOUN" or not reads_for_group(reference, index) or reference.lower_ in group_kinds()[1]:
        return None  # "the task force": a state's force may be one
    if any(c.dep_ in DESCRIBING_DEPS for c in reference.rights):
        return None  # "the faction loyal to X": a part of a group, not the group
    _, least, ratio = dominance()
    armed = Counter(m.key for m in earlier if m.kind == ARMED_KIND and not m.refers_back)
    ranked = armed.most_common(2)
    if not ranked or ranked[0][1] < least or (len(ranked) == 2 and ranked[0][1] < ratio * ranked[1][1]):
        return None
    return next(m for m in reversed(earlier) if m.key == ranked[0][0])


def _described_as_group(mention: Mention, index: MentionIndex) -> bool:
    """Whether the page describes a name by a group noun anywhere ("X, a little-known militia"): a group of its own."""
    same = index.by_key.get(mention.key, ())
    return any(n.lower_ in index.group_nouns for m in same for n in describing_nouns(index.doc[m.start : m.end]))


def _just_named(reference: Token, chosen: Mention, index: MentionIndex) -> bool:
    """Whether the body was named in the reference's own sentence or the one before, in its paragraph: "X is the
    chief of Hamas. He led the group in Gaza" (Hamas, the name the reader has just read)."""
    scope = index.scope
    near = chosen.start >= scope.sentences_back_start(reference, 1)
    return near and scope.paragraph_start(chosen.start_char) == scope.paragraph_start(reference.idx)

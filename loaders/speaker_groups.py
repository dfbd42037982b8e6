"""A group noun in what a group's own person says stands for that group: "A PKK commander said the organisation would
fight on" (the PKK, not the party named as a subject the sentence before), "Houthi spokesman Yahya Saree said the
group would", "Its spokesman said the group would" (the group "its" stands for). The speaker's role is a word of a
role phrase (``roles`` in ``seeds/relations.yaml``) that a name qualifies: "the PKK commander", "Hamas's spokesman"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.cues import load_cues
from loaders.mentions import Mention
from loaders.plural_speakers import HOPS, SUBJECT_DEPS

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex

QUALIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})  # "the PKK commander", "Hamas's spokesman"


def speakers_group(reference: Token, index: MentionIndex) -> Mention | None:
    """The one organisation that qualifies the role of the speaker whose complement clause (``ccomp``) holds a
    group noun, or None (no such clause, no role, a speaker who is a group himself, or two groups).

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("A Hamas commander said the group would fight on.")
    >>> hamas = Mention(1, 2, 2, 7, "Hamas", "Organization", "Hamas", "armed_group")
    >>> speakers_group(doc[5], MentionIndex(doc, [hamas], group_nouns=["group"])).name
    'Hamas'
    """
    if reference.pos_ != "NOUN" or reference.lower_ not in index.group_nouns:
        return None
    clause = next((a for _, a in zip(range(HOPS), reference.ancestors, strict=False) if a.dep_ == "ccomp"), None)
    if clause is None:
        return None
    subjects = [c for c in clause.head.children if c.dep_ in SUBJECT_DEPS and c.i < reference.i]
    if len(subjects) != 1 or ((named := index.at(subjects[0])) is not None and named.label != "Person"):
        return None  # "Hamas said the group would": the group's own name, read by the other rules
    roles = load_cues().role_words
    groups = {
        m.key: m
        for role in (subjects[0], *subjects[0].lefts)
        if role.lower_ in roles and index.at(role) is None
        for q in role.children
        if q.dep_ in QUALIFIER_DEPS and q.i < role.i and (m := _group_of(q, index)) is not None
    }
    return next(iter(groups.values())) if len(groups) == 1 else None


def _group_of(qualifier: Token, index: MentionIndex) -> Mention | None:
    """The organisation a role's qualifier names ("PKK"), or the one "its" stands for; None for anything else."""
    if qualifier.pos_ == "PRON":
        found = index.antecedent(qualifier) if qualifier.lower_ in load_cues().pronouns else None
    else:
        found = index.at(qualifier)
    return found if found is not None and found.label == "Organization" else None

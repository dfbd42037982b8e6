"""Who an incident was aimed at, told by a noun or a verb of aiming: "X was the target of the bombing", "the target
of the strike was X", "X, one of the targets of the raid", "the strike was aimed at X": the incident TARGETED X.

The cue words are the ``incident_targets`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.syntax import actors_of, conjuncts, is_passive, prep_objects

if TYPE_CHECKING:
    from loaders.extract import DocReader


@dataclass(frozen=True)
class TargetCues:
    """The cue words of the ``incident_targets`` block."""

    target_nouns: frozenset[str]  # "the target of the bombing"
    aiming_verbs: frozenset[str]  # "the strike was aimed at X"
    aim_preps: frozenset[str]  # at: what an aimed incident was aimed at
    copulas: frozenset[str]  # be: "X was the target of", "the target of Y was X"


@cache
def target_cues() -> TargetCues:
    """The ``incident_targets`` block of ``seeds/relations.yaml``.

    >>> "target" in target_cues().target_nouns
    True
    """
    block = load_seed_yaml("relations.yaml")["incident_targets"]
    return TargetCues(**{name: frozenset(words) for name, words in block.items()})


def named_as_target(noun: Token) -> list[Token]:
    """The words a target noun says were aimed at: the other side of its "be" ("X was the target of", "the target of
    Y was X"), or the name it is set beside ("X, the target of a raid"); "one of the targets of" stands for the
    noun.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Ahmad Massoud was the target of the bombing.")
    >>> [t.text for t in named_as_target(doc[4])]
    ['Massoud']
    """
    holder = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        holder = noun.head.head  # "one of the targets of the raid"
    verb = holder.head
    if holder.dep_ == "appos":
        return conjuncts(verb)
    if verb.lemma_.lower() not in target_cues().copulas:
        return []
    other = {"attr": {"nsubj"}, "nsubj": {"attr"}}.get(holder.dep_, set())
    return [h for c in verb.children if c.dep_ in other for h in conjuncts(c)]


def target_of_incident(reader: DocReader, noun: Token) -> None:
    """ "X was the target of the bombing", "the target of the strike was X", "X, one of the targets of a raid in Y":
    the incident of the noun's "of" TARGETED X."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in target_cues().target_nouns:
        return
    events = reader.events.events_at(prep_objects(noun, {"of"}))
    if not events:
        return
    aimed = [m for t in named_as_target(noun) for m in actors_of(t, reader.index, with_preps=False)]
    reader.emit_all(events, "TARGETED", aimed, noun, f"incident-target-noun:{noun.lower_}", 0.7)


def aimed_incident(reader: DocReader, verb: Token) -> None:
    """ "The strike was aimed at the Ukrainian army": the incident that is the subject of a passive verb of aiming
    TARGETED the objects of its "at"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in target_cues().aiming_verbs or not is_passive(verb):
        return
    events = reader.events.events_at(c for c in verb.children if c.dep_ == "nsubjpass")
    if not events:
        return
    aimed = [m for p in prep_objects(verb, target_cues().aim_preps) for m in actors_of(p, reader.index)]
    reader.emit_all(events, "TARGETED", aimed, verb, f"incident-aimed:{verb.lemma_.lower()}", 0.7)

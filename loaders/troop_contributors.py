"""States whose troops serve in an international body: "Troops from Kenya and Uganda serve in AMISOM", "Kenyan
soldiers in the UN mission", "Burundi contributes troops to AMISOM".

The ontology's states are members of nothing, so a state that sends its troops to a mission or a force of several
states is AFFILIATED_WITH it. The cue words are the ``troop_contributors`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.cues import word_sets
from loaders.mentions import Mention
from loaders.syntax import actors_of, prep_objects, subjects_of

if TYPE_CHECKING:
    from loaders.extract import DocReader


@dataclass(frozen=True)
class TroopCues:
    """The cue words of the ``troop_contributors`` block."""

    troop_nouns: frozenset[str]  # lemmas: "troops", "soldiers", "contingent"
    origin_preps: frozenset[str]  # "troops from Kenya"
    serving_verbs: frozenset[str]  # "troops ... serve in X"
    service_preps: frozenset[str]
    contributing_verbs: frozenset[str]  # "Kenya contributes troops to X"
    giving_preps: frozenset[str]
    body_kinds: frozenset[str]  # the kinds of organisation troops are sent to: missions, multinational forces


@cache
def troop_cues() -> TroopCues:
    """The ``troop_contributors`` block of ``seeds/relations.yaml``, loaded once per process.

    >>> "troop" in troop_cues().troop_nouns
    True
    """
    return word_sets(TroopCues, "troop_contributors")


def _actors(tokens: list[Token], reader: DocReader, labels: set[str]) -> list[Mention]:
    """The actors of some tokens with one of the labels."""
    return [m for t in tokens for m in actors_of(t, reader.index) if m.label in labels]


def _served_bodies(noun: Token, reader: DocReader, cues: TroopCues) -> list[Token]:
    """Where the troops serve: the noun's own "in" phrase ("soldiers in the UN mission") or that of the verb they
    are the subject of ("troops from Kenya serve in AMISOM")."""
    where = prep_objects(noun, cues.service_preps)
    verb = noun.head
    if noun.dep_ in {"nsubj", "nsubjpass"} and verb.lemma_.lower() in cues.serving_verbs:
        where += prep_objects(verb, cues.service_preps)
    return where


def read_troop_contributors(reader: DocReader, noun: Token) -> None:
    """A noun of troops with the states they come from and the international body they serve in: each state
    AFFILIATED_WITH the body."""
    cues = troop_cues()
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in cues.troop_nouns or reader.index.at(noun) is not None:
        return
    states = _actors(prep_objects(noun, cues.origin_preps), reader, {"Country"})
    states += [m for t in noun.lefts if t.dep_ in {"amod", "compound"} for m in _actors([t], reader, {"Country"})]
    where = _served_bodies(noun, reader, cues)
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in cues.contributing_verbs:  # "Kenya contributes troops to X"
        states += _actors(subjects_of(verb), reader, {"Country"})
        where += prep_objects(verb, cues.giving_preps)
    bodies = [m for m in _actors(where, reader, {"Organization"}) if m.kind in cues.body_kinds]
    reader.emit_all(states, "AFFILIATED_WITH", bodies, noun, f"troops:{noun.lemma_.lower()}", 0.65)

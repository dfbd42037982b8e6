"""The toll an act's own sentence tells in a clause after it: "militants attacked an army base in X in March, when
nine soldiers were killed" and "gunmen ambushed a patrol near X in May, in which seven soldiers died" tell one
incident, the attack's, and its dead; not an attack and a separate killing.

The "when" words are ``incident_clauses.when_words`` and the relative pronouns ``thing_relative_pronouns`` of
``seeds/relations.yaml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.doc_tree import has_child
from loaders.syntax import is_passive

if TYPE_CHECKING:
    from loaders.events import Event
    from loaders.extract import DocReader

CLAUSE_REACH = 4  # how many words up from the noun a relative clause hangs on its act's verb may be ("a patrol",
# "May" of "in May 2021", "X" of "a patrol near X")


def toll_clause_incident(reader: DocReader, verb: Token, when_words: frozenset[str]) -> list[Event]:
    """The incident whose toll a passive verb of harm tells in a clause of the act's own sentence: the act's, told by
    its verb ("attacked a base in X in March, when nine soldiers were killed", "ambushed a patrol near X in May, in
    which seven soldiers were killed") or by its noun ("The attack came in June, when six officers were killed"); none
    for a harm with a doer of its own ("..., when the army killed 12 rebels": another act) or a clause of anything
    else."""
    if not is_passive(verb) or has_child(verb, {"agent"}):
        return []
    if verb.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ in when_words for c in verb.children):
        return _act_incident(reader, verb.head)
    relative = {"in", "during"}
    pronouns = reader.cues.thing_relative_pronouns
    by_which = any(
        c.dep_ == "prep" and c.lower_ in relative and any(p.lower_ in pronouns for p in c.children)
        for c in verb.children
    )
    if verb.dep_ != "relcl" or not by_which:
        return []
    head = verb.head
    for _ in range(CLAUSE_REACH):  # up from the act's object or its place or date to the act
        if head.pos_ in {"VERB", "AUX"}:
            return _act_incident(reader, head)
        if head.dep_ not in {"dobj", "pobj", "prep"}:
            return []
        head = head.head
    return []


def _act_incident(reader: DocReader, act: Token) -> list[Event]:
    """The incident an act's verb told ("attacked a base"), or the incident noun that is its subject ("the attack
    came in June")."""
    told = [e for e in reader.events.events if e.cue.i == act.i]
    subjects = [c for c in act.children if c.dep_ == "nsubj"]
    return told or reader.events.events_at(subjects)

"""The toll an act's own sentence tells in a clause after it: "militants attacked an army base in X in March, when
nine soldiers were killed" and "gunmen ambushed a patrol near X in May, in which seven soldiers died" tell one
incident, the attack's, and its dead; not an attack and a separate killing.

The "when" words are ``incident_clauses.when_words``, the verbs of an incident noun's occasion
``incident_clauses.occasion_verbs`` and the relative pronouns ``thing_relative_pronouns`` of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.cues import load_cues
from loaders.doc_tree import has_child
from loaders.incidents import tells_place
from loaders.syntax import is_passive

if TYPE_CHECKING:
    from loaders.events import Event
    from loaders.extract import DocReader

CLAUSE_REACH = 4  # how many words up from the noun a relative clause hangs on its act's verb may be ("a patrol",
# "May" of "in May 2021", "X" of "a patrol near X")
RELATIVE_PREPS = {"in", "during"}  # "in which seven soldiers were killed"


def toll_clauses(act: Token, when_words: frozenset[str]) -> list[Token]:
    """The passive verbs of harm of the clauses that tell an act's toll: "killed" of "attacked a base in X in July,
    when eight soldiers were killed" (none of a clause with a doer of its own).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Militants attacked a base in Bannu in July, when eight soldiers were killed.")
    >>> toll_clauses(doc[1], frozenset({"when"}))
    [killed]
    """
    return [t for t in act.subtree if t.dep_ in {"advcl", "relcl"} and _clause_act(t, when_words) == act]


def toll_clause_incident(reader: DocReader, verb: Token, when_words: frozenset[str]) -> list[Event]:
    """The incident whose toll a passive verb of harm tells in a clause of the act's own sentence: the act's, told by
    its verb ("attacked a base in X in March, when nine soldiers were killed", "ambushed a patrol near X in May, in
    which seven soldiers were killed") or by its noun ("The attack came in June, when six officers were killed"); none
    for a harm with a doer of its own ("..., when the army killed 12 rebels": another act) or a clause of anything
    else."""
    act = _clause_act(verb, when_words)
    if act is None:
        return []
    told = [e for e in reader.events.events if e.cue.i == act.i]
    occasion = act.lemma_.lower() in occasion_verbs() or tells_place(act)  # "the attack came in June, when ..."
    subjects = [c for c in act.children if c.dep_ == "nsubj"] if occasion else []
    return told or reader.events.events_at(subjects)


@cache
def occasion_verbs() -> frozenset[str]:
    """The verbs whose incident subject a "when" clause's toll belongs to (``incident_clauses.occasion_verbs``).

    >>> "come" in occasion_verbs()
    True
    """
    return frozenset(load_seed_yaml("relations.yaml")["incident_clauses"]["occasion_verbs"])


def _clause_act(verb: Token, when_words: frozenset[str]) -> Token | None:
    """The verb of the act whose toll a passive clause with no doer tells: the verb a "when" clause hangs on, or the
    verb whose object, place or date a "when" or "in which" relative clause hangs on."""
    if not is_passive(verb) or has_child(verb, {"agent"}):
        return None
    when = any(c.dep_ == "advmod" and c.lower_ in when_words for c in verb.children)
    if verb.dep_ == "advcl":
        return verb.head if when else None
    pronouns = load_cues().thing_relative_pronouns
    by_which = any(
        c.dep_ == "prep" and c.lower_ in RELATIVE_PREPS and any(p.lower_ in pronouns for p in c.children)
        for c in verb.children
    )
    dated = when and verb.head.ent_type_ in {"DATE", "TIME"}  # "in July 2024, when eight soldiers were killed"
    if verb.dep_ != "relcl" or not (by_which or dated):
        return None
    head = verb.head
    for _ in range(CLAUSE_REACH):  # up from the act's object or its place or date to the act
        if head.pos_ in {"VERB", "AUX"}:
            return head
        if head.dep_ not in {"dobj", "pobj", "prep"}:
            return None
        head = head.head
    return None

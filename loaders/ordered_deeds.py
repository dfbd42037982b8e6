"""Who a deed was done on the orders of: "the strike was carried out on the orders of X", "executed on X's orders",
"the raid, launched at the behest of X", "the commander was killed in a strike on the orders of X" (the
`ordered_deeds` block of `seeds/relations.yaml`). The one whose orders they were is blamed for the incident, as the
one who "ordered" it is (`blame.perpetration_verbs`): asserted when the sentence states it, alleged when it is only
believed, negated when denied. The nouns of an order after their prepositions ("on", "at", "under") and the owner by
a possessive or an "of" or "from" phrase; the deed is the incident noun the phrase hangs on, or the incident of the
verb it hangs on (its object, its passive subject, an incident after its "in", or the one the verb itself tells).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.cues import word_sets
from loaders.incident_clauses import APPROVED_ONLY
from loaders.syntax import actors_of, certainty_of, conjuncts, prep_objects

if TYPE_CHECKING:
    from loaders.events import Event
    from loaders.extract import DocReader


@dataclass(frozen=True)
class OrderCues:
    """The words of an order given for a deed (lemmas and prepositions, lowercase)."""

    order_nouns: frozenset[str]  # "orders", "direction", "behest", "instructions"
    order_preps: frozenset[str]  # "on" the orders of, "at" the behest of, "under" orders from
    giver_preps: frozenset[str]  # the orders "of" X, instructions "from" X
    deed_preps: frozenset[str]  # "killed in a strike": the verb's incident after these


@cache
def order_cues() -> OrderCues:
    """The `ordered_deeds` block of the cue data."""
    return word_sets(OrderCues, "ordered_deeds")


def order_givers(noun: Token) -> list[Token]:
    """The words naming whose orders a noun of an order is: its possessive or its "of" or "from" phrase.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The raid was carried out on the orders of the commander.")
    >>> order_givers(doc[7])
    [commander]
    """
    owners = [c for c in noun.children if c.dep_ == "poss"]
    return owners or prep_objects(noun, order_cues().giver_preps)


def ordered_deeds(reader: DocReader, noun: Token) -> None:
    """Blame whoever gave the order for the incident the order phrase hangs on."""
    cues = order_cues()
    prep = noun.head
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in cues.order_nouns or prep.lower_ not in cues.order_preps:
        return
    givers = [m for t in order_givers(noun) for c in conjuncts(t) for m in actors_of(c, reader.index, with_preps=False)]
    givers = [m for m in givers if m.label != "Location"]
    if not givers:
        return
    events = _deeds(reader, prep.head)
    if not events:
        return
    told_at = prep.head if prep.head.pos_ in {"VERB", "AUX"} else noun
    certainty = certainty_of(told_at, reader.cues, reader.words, "asserted")
    reader.emit_all(givers, "BLAMED_FOR", events, noun, APPROVED_ONLY, 0.7, certainty)


def _deeds(reader: DocReader, head: Token) -> list[Event]:
    """The incidents of the word an order phrase hangs on: itself when it names one; for a verb, its object or passive
    subject that names one, an incident after its "in" or "during", or the incident the verb tells."""
    if head.pos_ not in {"VERB", "AUX"}:
        found = reader.events.event_at(head) if reader.events.is_event_noun(head) else None
        return [found] if found is not None else []
    words = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
    words += prep_objects(head, order_cues().deed_preps)
    events = reader.events.events_at(words)
    told = [e for e in reader.events.events if e.cue.i == head.i]
    if head.dep_ in {"acl", "relcl"} and not events and not told and reader.events.is_event_noun(head.head):
        found = reader.events.event_at(head.head)  # "the raid, launched on the orders of X"
        told = [found] if found is not None else []
    return list({id(e): e for e in events + told}.values())

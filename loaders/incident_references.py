"""Which earlier incident a reference back means, and when a harm told by its verb is an incident already named.

"the strike on Shebaa ... the attack": the incident named nearest before it in the text (an incident told by its
verb is found after the sentence's nouns, so the order found is not the text's); "X was killed in a strike in
Gaza": the strike, not a second incident; "The airstrikes hit Banmauk. Two villagers were killed in Naung Kan.": the
killing is the strikes' harm.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.incident_clauses import clause_cues
from loaders.syntax import prep_objects

if TYPE_CHECKING:
    from loaders.events import Event


def nearest(earlier: list[Event]) -> Event | None:
    """The incident whose word stands nearest before (the last found of those at one word), or None."""
    return max(reversed(earlier), key=lambda e: e.cue.i) if earlier else None


def told_in(verb: Token) -> list[Token]:
    """The words of the incident a harm happened in, by the verb's "in" or "during": "X was killed in a strike in
    Gaza", "two died during the raid" (that incident's words, whether an incident noun or not)."""
    return prep_objects(verb, clause_cues().during_preps)


def just_before(verb: Token, events: list[Event]) -> Event | None:
    """The incident named last in the sentence of an undated harm told by its verb or the one before it: in "Junta
    airstrikes hit Banmauk on Thursday. Two villagers were killed in Naung Kan village." the killing is the strikes'
    harm, not a second incident (one with its own date is: "On October 14, security forces killed eight in X")."""
    start = verb.sent.start
    start = verb.doc[start - 1].sent.start if start else start
    return nearest([e for e in events if start <= e.cue.i < verb.i])

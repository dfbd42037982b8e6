"""A sanction given for an incident lays the incident on each one sanctioned: "the Treasury sanctioned two commanders
over the siege of X", "the Council listed A and B over the 2015 cyber-attack", "designated X for its role in the
bombing" (BLAMED_FOR, alleged: the sanctioner holds them responsible). The reasons are the prepositions of
``sanction_reason_preps`` in ``seeds/relations.yaml``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.blame_phrases import blamed_share
from loaders.mentions import Mention
from loaders.syntax import certainty_of, conjuncts, prep_objects

if TYPE_CHECKING:
    from loaders.extract import DocReader

BLAMED_LABELS = frozenset({"Person", "Organization", "Country"})


def sanction_incidents(reader: DocReader, verb: Token) -> list[Token]:
    """The incident nouns a sanction verb's reason names: "over the siege", "for the attack", "for its role in the
    bombing" (each conjunct)."""
    reasons = [c for o in prep_objects(verb, reader.cues.sanction_reason_preps) for c in conjuncts(o)]
    reasons += [i for r in reasons for i in blamed_share(r, reader.cues.blame_nouns)]  # "for its role in X"
    return [r for r in reasons if reader.events.is_event_noun(r)]


def blame_sanctioned(reader: DocReader, verb: Token, sanctioned: list[Mention]) -> None:
    """Lay the incidents a sanction verb gives as its reason on each one it sanctions, alleged (denied when the
    sanction is: "was not sanctioned over the raid")."""
    events = [e for t in sanction_incidents(reader, verb) if (e := reader.events.event_at(t)) is not None]
    if not events:
        return
    certainty = certainty_of(verb, reader.cues, reader.words, "alleged")
    certainty = "alleged" if certainty == "asserted" else certainty
    blamed = [m for m in sanctioned if m.label in BLAMED_LABELS]
    reader.emit_all(
        blamed, "BLAMED_FOR", list({id(e): e for e in events}.values()), verb, "blame:sanction", 0.7, certainty
    )

"""A state's force named after it is its affiliate, not a group based there: "the Peruvian Army", "Iraqi
Security Forces" (a state's name or demonym before a state force's name)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from loaders.extract import DocReader


def is_state_force(reader: DocReader, words: list[Token]) -> bool:
    """ "Peruvian Army", "Rwanda Defense Forces": a state's word, then nothing but a state force's name (not
    "Sudan Liberation Army")."""
    return " ".join(t.lower_ for t in words[1:]) in reader.cues.state_forces

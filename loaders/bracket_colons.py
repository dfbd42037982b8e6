"""A bracket beside a colon or a semicolon is two words, never an emoticon: "Terrorists (SDGTs): A, B and C".

spaCy's English tokenizer keeps emoticons such as "):" and ";)" as single words, so a list opened after a bracket
("eight organizations as Specially Designated Global Terrorists (SDGTs): A, B and C") has no colon of its own, and
the rules that read a list after a colon find none. News text has brackets and colons, not emoticons: this drops the
tokenizer's special cases made of one bracket and one colon or semicolon, which are then split as punctuation.

>>> import spacy
>>> [t.text for t in without_bracket_emoticons(spacy.blank("en"))("Terrorists (SDGTs): Tren de Aragua")]
['Terrorists', '(', 'SDGTs', ')', ':', 'Tren', 'de', 'Aragua']
"""

from __future__ import annotations

from spacy.language import Language

BRACKETS, STOPS = frozenset("()"), frozenset(":;")


def without_bracket_emoticons(nlp: Language) -> Language:
    """The pipeline with no tokenizer special case of a bracket and a colon or semicolon ("):", "(:", ";)")."""
    rules = nlp.tokenizer.rules or {}
    nlp.tokenizer.rules = {text: tokens for text, tokens in rules.items() if not _bracket_emoticon(text)}
    return nlp


def _bracket_emoticon(text: str) -> bool:
    """Whether a special case is two characters: a bracket and a colon or a semicolon, in either order."""
    return len(text) == 2 and len(set(text) & BRACKETS) == 1 and len(set(text) & STOPS) == 1

"""Role titles written with a hyphen that the parser splits in two: "secretary-general", "director-general".

The English model often reads the second word as an adjective of its own: "became Hezbollah's secretary-general"
hangs "general" on the verb as an adjective complement (``acomp``) and "Hezbollah's" on "secretary"; "X, the
secretary-general of Y" may hang "of Y" on "general", itself set beside "secretary". These helpers give a role noun
the other half of its title, so that the role rules read the owner, the holder and the body from either half.

>>> from loaders.nlp import load_nlp
>>> doc = load_nlp()("Omar Bako became the Kivu Front's secretary-general in 2010.")
>>> general = next(t for t in doc if t.lower_ == "general")
>>> first_half(general).text, second_half(first_half(general)).text
('secretary', 'general')
>>> first_half(doc[0]) is None, second_half(doc[0]) is None
(True, True)
"""

from __future__ import annotations

from spacy.tokens import Token


def first_half(noun: Token) -> Token | None:
    """The first word of a hyphenated title whose second word is ``noun`` and which the parser hung on it
    ("secretary" of "secretary-general" as parsed "secretary", "-", "general"), else None."""
    doc, i = noun.doc, noun.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return None
    return doc[i - 2] if doc[i - 2].head == noun else None


def second_half(noun: Token) -> Token | None:
    """The second word of a hyphenated title whose first word is ``noun``, however the parser joined the two
    ("general" hung on "secretary", or "secretary" on "general"), else None."""
    doc, i = noun.doc, noun.i
    if i + 2 >= len(doc) or doc[i + 1].text != "-" or noun.whitespace_ or doc[i + 1].whitespace_:
        return None
    tail = doc[i + 2]
    return tail if tail.head == noun or noun.head == tail else None

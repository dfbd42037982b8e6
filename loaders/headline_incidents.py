"""A headline's incident: "Rebels kill nine in Tessit convoy ambush" names, by its noun phrase, the incident the
story below it tells, even where the headline alone gives the parse no place or date to make an incident of."""

from __future__ import annotations

from itertools import takewhile

from spacy.tokens import Token

from loaders.doc_words import span_text, text_of
from loaders.reference_scope import link_pattern

_STOPS = frozenset(".!?")


def is_headline(token: Token) -> bool:
    """Whether the token stands on a line of its own that ends without a full stop, above more text (a headline or
    a crosshead), and that does not open as a link to another story ("Related: Strike kills commander").

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Rebels kill nine in convoy ambush\\n\\nThe army said rebels ambushed a convoy.")
    >>> is_headline(doc[6]), is_headline(doc[-2])
    (True, False)
    >>> doc = load_nlp()("Read more: Rebels kill nine in convoy ambush\\n\\nThe army said rebels struck.")
    >>> is_headline(next(t for t in doc if t.text == "ambush"))
    False
    """
    sent = token.sent  # a line break ends a sentence's line; the sentence is read, not the whole text
    text, at = span_text(sent), token.idx - sent.start_char
    end = text.find("\n", at)
    line = text[text.rfind("\n", 0, at) + 1 : end].strip()
    more = bool(text[end:].strip()) or sent.end < len(token.doc)
    return end != -1 and bool(line) and line[-1] not in _STOPS and more and not link_pattern().search(line)


def is_title(token: Token) -> bool:
    """Whether the token stands on the page's title: a headline with no sentence of the story above it (a crosshead
    in the story, "Background: Why X is targeting Y", is no title).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Rebels attack base in Kidal\\n\\nRebels struck.\\n\\nWhy rebels attack\\n\\nMore.")
    >>> is_title(doc[1]), is_title(next(t for t in doc if t.text == "Why"))
    (True, False)
    """
    if not is_headline(token):
        return False
    text = text_of(token.doc)
    above = text[: text.rfind("\n", 0, token.idx) + 1]
    return not any(line.strip()[-1] in _STOPS for line in above.splitlines() if line.strip())


def line_opens_capitalised(token: Token) -> bool:
    """Whether the token's line opens with a capital letter, as a headline does (a list's line need not).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Its attacks include:\\nthe 2011 attack on Abuja; and\\nthe 2014 raid on Chibok.")
    >>> line_opens_capitalised(doc[0]), line_opens_capitalised(next(t for t in doc if t.text == "attack"))
    (True, False)
    """
    text, at = text_of(token.doc), token.idx
    line = text[text.rfind("\n", 0, at) + 1 : at + 1].lstrip()
    return line[:1].isupper()


def headline_phrase(cue: Token, place_preps: frozenset[str]) -> str:
    """The incident's noun phrase on its line: its modifiers and, when the rest of the line is a phrase of its place
    or target with no verb, that too ("attack on Mogadishu hotel", whatever the parse made of it).

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Bomber kills 9 in attack on Mogadishu hotel\\n\\nPolice said a bomber struck the hotel.")
    >>> headline_phrase(next(t for t in doc if t.text == "attack"), frozenset({"on", "at"}))
    'attack on Mogadishu hotel'
    """
    line_end = cue.sent.start_char + span_text(cue.sent).find("\n", cue.idx - cue.sent.start_char)
    words = [t for t in cue.subtree if t.i <= cue.i and t.dep_ != "det" and not (t.is_punct or t.is_space)]
    rest = list(takewhile(lambda t: t.idx < line_end, cue.doc[cue.i + 1 :]))  # the line's words, not the page's
    if rest and rest[0].lower_ in place_preps and not any(t.pos_ in {"VERB", "AUX"} or t.is_punct for t in rest):
        words += rest
    start, end = min(t.i for t in words), max(t.i for t in words)
    return cue.doc[start : end + 1].text

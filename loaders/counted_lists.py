"""The names a counted noun lists after it: "three of the men convicted over the bombings, A, B and C", "police
arrested two traders living in Gao, A and B". The list is walked token by token, one name after another joined by
commas and "and", since the parser often hangs the names on the number, on a place inside the noun's phrase or on
one another; it counts only when it names as many as the number says."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from loaders.counted_nouns import one_of
from loaders.cues import load_cues
from loaders.mentions import Mention
from loaders.syntax import MentionIndex

NAMED_LABELS = frozenset({"Person", "Organization"})
PHRASE_REACH = 12  # tokens from the noun to the comma that opens its list, at most: "men convicted over the bombings"
TITLE_REACH = 2  # capitalised words before a name that its mention leaves out: "Imam Samudra"
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})  # a clause of its own begins: the noun's phrase has ended


def counted(noun: Token) -> int:
    """How many a noun is counted as: "three of the men" and "three Indian nationals" are 3; 0 when no number says.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Three of the men and two Indian nationals met many traders.")
    >>> [counted(doc[i]) for i in (3, 7, 10)]
    [3, 2, 0]
    """
    numbers = load_cues().number_words
    count = one_of(noun)
    words = [count] if count is not noun else [c for c in noun.lefts if c.dep_ == "nummod"]
    return next((numbers.index(w.lower_) + 1 for w in words if w.lower_ in numbers), 0)


def names_listed_after(noun: Token, index: MentionIndex) -> list[Mention]:
    """The people and groups a counted noun lists after the comma that ends its phrase, each one, when they are as
    many as the number says (none otherwise): "three of the men convicted over the bombings, A, B and C (D), were
    executed" gives A, B and C; a clause of its own before the comma, or a list that runs short, gives none.

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("Two of the men convicted over the raid, Ali Musa and Omar Bile, were freed.")
    >>> people = [Mention(e.start, e.end, e.start_char, e.end_char, e.text, "Person", e.text) for e in doc.ents
    ...           if e.label_ == "PERSON"]
    >>> [m.text for m in names_listed_after(doc[3], MentionIndex(doc, people, (), ()))]
    ['Ali Musa', 'Omar Bile']
    """
    count = counted(noun)
    if count < 2:
        return []
    doc, end = noun.doc, noun.sent.end
    i = noun.i + 1
    while i < end and doc[i].text != "," and i - noun.i <= PHRASE_REACH:
        if doc[i].tag_ in FINITE_TAGS or doc[i].is_punct:
            return []
        i += 1
    if i >= end or doc[i].text != ",":
        return []
    names = names_run(doc, i + 1, count, index)
    return names if len(names) == count else []


def names_run(doc: Doc, i: int, count: int, index: MentionIndex) -> list[Mention]:
    """Up to ``count`` people and groups named one after another from token ``i`` on, joined by commas and "and",
    each perhaps with a bracketed aside or a description set off by commas after it ("A, a Somali-born citizen, B and
    C"), within the sentence; the walk stops at the first word that starts no name.

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("Police named them as Ali Musa, a Somali-born trader, Omar Bile and Yusuf Haji.")
    >>> people = [Mention(e.start, e.end, e.start_char, e.end_char, e.text, "Person", e.text) for e in doc.ents
    ...           if e.label_ == "PERSON"]
    >>> [m.text for m in names_run(doc, 4, 3, MentionIndex(doc, people, (), ()))]
    ['Ali Musa', 'Omar Bile', 'Yusuf Haji']
    """
    end = doc[i].sent.end if i < len(doc) else i
    names: list[Mention] = []
    while i < end and len(names) < count:
        mention = _name_at(doc, i, end, index)
        if mention is None:
            break
        names.append(mention)
        i = _after_description(doc, _after_aside(doc, mention.end, end), end)
        i += i < end and doc[i].text == ","
        i += i < end and doc[i].lower_ == "and"
    return names


def _name_at(doc: Doc, i: int, end: int, index: MentionIndex) -> Mention | None:
    """The person or group named from token ``i`` on, after at most ``TITLE_REACH`` capitalised words that the
    mention leaves out ("Imam Samudra", "Brigadier Omar Bile"), else None."""
    j = i
    while j < end and j - i <= TITLE_REACH:
        mention = index.at(doc[j])
        if mention is not None:
            named = mention.start == j and mention.label in NAMED_LABELS and not mention.refers_back
            return mention if named else None
        if not doc[j].is_title:
            return None
        j += 1
    return None


def _after_description(doc: Doc, i: int, end: int) -> int:
    """The comma that closes a description set off after a name and opened by an article at ``i``'s comma ("A, a
    Somali-born citizen, B"), else ``i``: a description names no one and has no verb of its own."""
    if i + 1 >= end or doc[i].text != "," or doc[i + 1].lower_ not in {"a", "an"}:
        return i
    for j in range(i + 2, min(end, i + 2 + PHRASE_REACH)):
        if doc[j].tag_ in FINITE_TAGS or doc[j].text in {";", "("} or doc[j].lower_ == "and":
            return i
        if doc[j].text == ",":
            return j
    return i


def _after_aside(doc: Doc, i: int, end: int) -> int:
    """The token after a bracketed aside that starts at ``i`` ("Mukhlas (Ali Ghufron)"), else ``i``."""
    if i >= end or doc[i].text != "(":
        return i
    close = next((j for j in range(i, end) if doc[j].text == ")"), None)
    return close + 1 if close is not None else i

"""A body's name written again where the NER did not read it is still that body: one sense per page.

The NER reads a name by its context, so "the Popular Mobilization Forces, formed in 2014 to fight Islamic State" may
leave "Islamic State" unread although the page names the group as a body elsewhere. Each further occurrence of the
very words of a body's name (two words or more, every word capitalised but its lowercase connectors, or an acronym)
that no mention covers is a mention of that body, unless the words are part of a longer capitalised name there
("Islamic State" of "Islamic State Sahel Province", "ISIS" of "ISIS-K") or stand in a menu or a heading. A one-word
name is the body's only where the NER read the word as a people's ("a senior Hezbollah security official": the
group the page names elsewhere) or left it untagged before a role's noun ("Houthi military spokesman X"), not
wherever the word is written.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from graph.gazetteer import is_acronym
from loaders.cues import load_cues
from loaders.doc_words import token_strings
from loaders.mentions import Mention
from loaders.page_labels import heading_tokens, menu_tokens
from loaders.unread_acronyms import name_links

JOINERS = frozenset({"-", "–", "/", "'", "’", "."})  # "ISIS-K", "Kata'ib", "U.S.": a name going on
PEOPLE_LABEL = "NORP"  # the NER's label of peoples, faiths and parties, which it gives one-word bodies' names too


def _name_words(words: list[Token], links: frozenset[str]) -> bool:
    """Whether words are a name: an acronym, a capitalised word, or two words or more, the first and last capitalised
    and every other capitalised or one of the lowercase connectors of names ("of", "al", "the")."""
    if len(words) == 1:
        return (is_acronym(words[0].text) and len(words[0].text) >= 3) or (words[0].is_title and words[0].is_alpha)
    if not (words[0].is_title or words[0].is_upper) or not (words[-1].is_title or words[-1].is_upper):
        return False
    return all(w.text[:1].isupper() or w.lower_ in links or not w.is_alpha for w in words)


def _joins(doc: Doc, i: int) -> bool:
    """Whether the token at ``i`` is a joiner written against the words on both sides ("-" of "ISIS-K", not the full
    stop ending a sentence)."""
    return (
        0 < i < len(doc) - 1
        and doc[i].text in JOINERS
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and doc[i + 1].is_alpha
    )


def _owns_a_title(doc: Doc, i: int) -> bool:
    """Whether a capitalised word is read where a body's one-word name stands: the NER took it for a people's
    ("Hamas officials"), or it is untagged right before a role's noun, or before a lowercase word and a role's noun
    ("Houthi military spokesman X", ``role_heads``).

    >>> from spacy.lang.en import English
    >>> doc = English()("Houthi military spokesman X said Houthi rockets hit it.")
    >>> _owns_a_title(doc, 0), _owns_a_title(doc, 5)
    (True, False)
    """
    if doc[i].ent_type_ == PEOPLE_LABEL:
        return True
    if doc[i].ent_type_:
        return False
    heads = load_cues().role_heads

    def role(t: Token) -> bool:
        return t.lower_ in heads or t.lower_.removesuffix("s") in heads  # "officials", "commanders"

    after = [doc[j] for j in range(i + 1, min(i + 3, len(doc)))]
    if after and role(after[0]):
        return True
    return len(after) == 2 and after[0].is_lower and after[0].is_alpha and role(after[1])


def _goes_on(doc: Doc, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` are part of a longer name: a joiner or a capitalised word right after them,
    or a joiner or a capitalised word that is no sentence's first right before them."""
    if end < len(doc) and (_joins(doc, end) or doc[end].text[:1].isupper()):
        return True
    if start == 0:
        return False
    before = doc[start - 1]
    return _joins(doc, start - 1) or (before.text[:1].isupper() and not before.is_sent_start)


def echoed_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each further occurrence of a body's name (see the module) that no mention covers added as
    a mention of that body.

    >>> from spacy.lang.en import English
    >>> doc = English()("The Free Army attacked the town. Soldiers fought Free Army units. Free Army Command met.")
    >>> first = Mention(1, 3, 4, 13, "Free Army", "Organization", "Free Army", "armed_group")
    >>> [(m.start, m.text) for m in echoed_names(doc, [first])]
    [(1, 'Free Army'), (9, 'Free Army')]
    """
    links = name_links()
    names: dict[tuple[str, ...], Mention] = {}
    for m in (m for m in mentions if m.label == "Organization" and not m.refers_back):  # words made of bodies' only
        words = [doc[i] for i in range(m.start, m.end)]  # no ``Span`` made
        if words and words[0].lower_ == "the":
            words = words[1:]
        if words and _name_words(words, links):
            names.setdefault(tuple(w.text for w in words), m)
    if not names:
        return mentions
    covered = {i for m in mentions for i in range(m.start, m.end)}
    covered |= menu_tokens(doc) | heading_tokens(doc)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in names:
        by_first.setdefault(words[0], []).append(words)
    added = []
    texts = token_strings(doc)  # the words read as strings: no token made at each position
    for start, text in enumerate(texts):
        for words in by_first.get(text, ()):
            end = start + len(words)
            if end > len(doc) or covered.intersection(range(start, end)):
                continue
            if tuple(texts[start:end]) != words or _goes_on(doc, start, end):
                continue
            if len(words) == 1 and not is_acronym(words[0]) and not _owns_a_title(doc, start):
                continue  # one word is the body's only where the NER took it for a people's ("Hamas officials")
            span = doc[start:end]
            added.append(
                replace(names[words], start=start, end=end, start_char=span.start_char, end_char=span.end_char)
            )
            covered.update(range(start, end))
            break
    return sorted([*mentions, *added], key=lambda m: m.start)

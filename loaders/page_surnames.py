"""A person's surname alone, after the page has named him in full, is that person where the NER tagged nothing:
"Gilles Simeoni met the minister. ... Simeoni, president of the Executive Council, said ..." and "Minni Minnawi
... Minnawi and Ibrahim announced ...". The word must be a capitalised noun standing apart (no capitalised name runs
on before or after it; an honorific before it is none: "Mr Odinga"; a proper noun, or a common noun by the parser's
reading: "Turji has built his power"), the surname of one person only on the page, no known actor's name other than
a person's, and no word the page also writes in lower case or a stop word (the common word "Rice" or "Young" opening
a sentence is no surname).

>>> from loaders.nlp import load_nlp
>>> from graph.gazetteer import load_gazetteer
>>> from loaders.mentions import find_mentions
>>> doc = load_nlp()("Aldo Brunetti and Kemal Osterhout signed the accord. Brunetti and Osterhout formed a front.")
>>> g = load_gazetteer()
>>> [(m.text, m.name) for m in surnames_alone(doc, find_mentions(doc, g), g) if m.start > 5]
[('Brunetti', 'Aldo Brunetti'), ('Osterhout', 'Kemal Osterhout')]
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graph.gazetteer import Gazetteer
from loaders.cues import load_cues
from loaders.doc_words import token_strings
from loaders.mentions import TITLE_LABELS, Mention


def _full_names(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> dict[str, Mention]:
    """The first full name (two words or more) of each person by its last word, the surnames two persons share and
    those a known actor other than a person has left out."""
    firsts: dict[str, Mention] = {}
    shared: set[str] = set()
    for m in mentions:
        last = doc[m.end - 1]
        if m.label != "Person" or m.end - m.start < 2 or not (last.is_alpha and last.is_title):
            continue
        first = firsts.setdefault(last.text, m)
        if first.name != m.name:
            shared.add(last.text)
    return {
        word: m
        for word, m in firsts.items()
        if word not in shared and ((known := gazetteer.lookup(word)) is None or known.label == "Person")
    }


NAME_TAGS = {"PROPN", "NOUN"}  # a surname the parser took for a common noun ("Turji has built", "Whether Sadio can")


def _stands_apart(token: Token) -> bool:
    """Whether a token is a capitalised noun with no capitalised word of the same name before or after it; an
    honorific before it ("Mr Odinga", "Dr. X") is no part of a name."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if before is not None and before.lower_.rstrip(".") in load_cues().honorifics:
        before = None
    proper = token.pos_ == "PROPN" or (token.pos_ in NAME_TAGS and token.is_title)
    return proper and all(t is None or not (t.is_title or t.is_upper) or t.is_punct for t in (before, after))


def _names_read_as_title(token: Token, names: dict[str, Mention]) -> bool:
    """Whether the NER read a token in a run of the page's surnames as a title: "Minnawi and Ibrahim announced"
    tagged a work of art, every word of it a surname the page named in full or a word joining them."""
    if token.ent_type_ not in TITLE_LABELS:
        return False
    span = next(e for e in token.doc.ents if e.start <= token.i < e.end)
    return all(t.text in names or t.pos_ in {"CCONJ", "PUNCT"} for t in span)


def _bodies_named(mentions: list[Mention]) -> dict[str, Mention]:
    """The first mention of each one-word name the page gives a body, by the name and, for a plural, its singular: a
    movement named for a family ("the Tessaris ... Omar al-Tessari ... Tessari fighters") is what the word alone
    stands for, not the one person the page named in full."""
    bodies: dict[str, Mention] = {}
    for m in mentions:
        if m.label == "Organization" and m.end - m.start == 1:
            bodies.setdefault(m.text, m)
            if m.text.endswith("s"):
                bodies.setdefault(m.text[:-1], m)
    return bodies


def surnames_alone(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The mentions, with each surname alone (see the module) the NER left untagged added as its person, or as the
    body the page names with the same word."""
    names = _full_names(doc, mentions, gazetteer)
    if not names:
        return mentions
    bodies = _bodies_named(mentions)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    words = token_strings(doc)  # read from the arrays: a Token is made only where a surname is written
    lowercase = {w for w in words if w.islower()}
    found = []
    for i, word in enumerate(words):
        full = names.get(word)
        if full is None or i < full.end or i in taken:
            continue
        token = doc[i]
        if token.ent_type_ and not _names_read_as_title(token, names):
            continue
        if token.is_stop or token.lower_ in lowercase or not _stands_apart(token):
            continue
        span = (token.i, token.i + 1, token.idx, token.idx + len(token), token.text)
        named = bodies.get(word, full)
        found.append(Mention(*span, named.label, named.name, named.kind, named.actor_id))
    return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions

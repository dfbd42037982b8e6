"""A body's part named after the part's noun, read from the words where the parse hangs the name elsewhere: "the
party and its armed wing, the X Brigades", "the movement lost its armed wing, known as X", "Y's paramilitary arm,
the X Legion": X is a member of the owner (``named_part_nouns`` of ``seeds/relations.yaml``; "its" is the body
named before it refers to).

The parser reads "Y and its armed wing, the X" as X in apposition with Y, and "its wing, known as X" as a clause of
the noun: the words themselves say whose part X is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.extract import DocReader

POSSESSIVE_MARKS = {"'s", "’s", "'", "’"}
MAX_QUALIFIERS = 2  # "its armed wing", "its main paramilitary arm": the words between the owner and the noun
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
NAMING_WORDS = (("known", "as"), ("called",), ("named",), ("dubbed",))  # ", known as X", ", called the X"


def named_parts(reader: DocReader, sent: Span) -> None:
    """ "its armed wing, [known as] [the] X" and "Y's armed wing, [the] X": X is a member of the owner."""
    parts = reader.cues.named_part_nouns
    for token in reader.words.with_lemma(parts, sent):  # the part's nouns only, found from the page's lemmas
        if token.tag_ in {"NNS", "NNPS"} or reader.index.at(token) is not None:
            continue
        owner = _owner_before(reader, token, sent)
        part = _name_after(reader, token.i + 1, sent) if owner is not None else None
        if owner is not None and part is not None and part.key != owner.key:
            reader.emit(part, "MEMBER_OF", owner, token, f"named-part:{token.lemma_.lower()}", 0.75)


def _owner_before(reader: DocReader, noun: Token, sent: Span) -> Mention | None:
    """The organisation that owns the part's noun: the antecedent of "its"/"their", or the body before "'s", past
    at most two qualifying words ("armed", "main")."""
    i = noun.i - 1
    while i >= sent.start and noun.i - i <= MAX_QUALIFIERS and _qualifies(reader.doc[i], noun):
        i -= 1  # "armed" is read as an adjective or a participle, "youth" of "its youth wing" as a noun
    if i < sent.start:
        return None
    word = reader.doc[i]
    if word.lower_ in reader.cues.owner_pronouns:
        found = name_set_before(reader, word) or reader.index.antecedent(word)
        if found is not None and found.start > noun.i:  # "Through its arm, X, it trained ...": not X, the subject
            found = _subject_before(reader, sent)  # the parse reads there, but the last one named before
    elif word.lower_ in POSSESSIVE_MARKS and i > sent.start:
        found = reader.index.at(reader.doc[i - 1])
    else:
        return None
    return found if found is not None and found.label == "Organization" else None


def _qualifies(word: Token, noun: Token) -> bool:
    """Whether a word before a part's noun only qualifies it: "armed", "paramilitary", "youth" of "its youth wing"."""
    return word.pos_ in {"ADJ", "VERB"} or (word.dep_ == "compound" and word.pos_ == "NOUN" and word.head == noun)


def name_set_before(reader: DocReader, pronoun: Token) -> Mention | None:
    """The organisation named right before a phrase the pronoun opens, set off by a comma: the KNU of "A and the
    KNU, through its armed wing X, trained Y" (not A, the subject)."""
    doc = reader.doc
    at = pronoun.i - 1 if pronoun.i > 0 and doc[pronoun.i - 1].pos_ == "ADP" else pronoun.i
    if at < 2 or doc[at - 1].text != ",":
        return None
    end = at - 1
    if doc[end - 1].text == ")":  # "the Karen National Union (KNU), through its armed wing X": the name before
        opening = next((i for i in range(end - 2, max(end - 8, 0), -1) if doc[i].text == "("), None)
        end = opening if opening is not None else end
    found = reader.index.at(doc[end - 1])
    return found if found is not None and found.label == "Organization" and found.end == end else None


def _subject_before(reader: DocReader, sent: Span) -> Mention | None:
    """The last organisation named as a clause's subject before this sentence."""
    subjects = [
        m
        for m in reader.index.mentions
        if m.end <= sent.start and m.label == "Organization" and reader.doc[m.end - 1].dep_ in SUBJECT_DEPS
    ]
    return subjects[-1] if subjects else None


def _name_after(reader: DocReader, start: int, sent: Span) -> Mention | None:
    """The organisation named just after the part's noun, after a comma or none ("through its armed wing the X"),
    past a "known as", "called" or "the"."""
    doc = reader.doc
    if start >= sent.end:
        return None
    if doc[start].text != ",":  # "through its armed wing the X": the name right after the noun
        i = start + 1 if doc[start].lower_ == "the" else start
        found = reader.index.at(doc[i]) if i < sent.end else None
        return found if found is not None and found.label == "Organization" and found.start in {start, i} else None
    i = start + 1
    for words in NAMING_WORDS:
        if [t.lower_ for t in doc[i : i + len(words)]] == list(words):
            i += len(words)
            break
    if i < sent.end and doc[i].lower_ == "the":
        i += 1
    found = reader.index.at(doc[i]) if i < sent.end else None
    return found if found is not None and found.label == "Organization" and found.start in {start + 1, i} else None

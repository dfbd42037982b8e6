"""Acts of doers a report does not name: "Gunmen attacked buses on the N4 highway near X", "suspected militants
stormed police posts in Y", "armed men raided villages near Z", "buses were attacked by gunmen near W". Told in the
simple past at a named place, such an act is one incident though the report gives it no date: whoever did it is
unknown, so the sentence reports news, not a group's record ("ISWAP attacked bases in X" may sum up years).

The cue words are the ``unnamed_doers`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.syntax import MentionIndex, subjects_of
from loaders.unreal_acts import is_unreal


@dataclass(frozen=True)
class UnnamedDoerCues:
    """The nouns of doers, the plain nouns of people with the words that make them doers ("armed men"), and the
    adverbs of a habit."""

    nouns: frozenset[str]
    people: frozenset[str]
    armed_words: frozenset[str]
    habit_words: frozenset[str]


@cache
def unnamed_doer_cues() -> UnnamedDoerCues:
    """The ``unnamed_doers`` block of ``seeds/relations.yaml``."""
    block = load_seed_yaml("relations.yaml")["unnamed_doers"]  # a missing key is a one-line SeedKeyError
    return UnnamedDoerCues(
        frozenset(block["nouns"]),
        frozenset(block["people"]),
        frozenset(block["armed_words"]),
        frozenset(block["habit_words"]),
    )


def doers_of(verb: Token) -> list[Token]:
    """The nouns that tell who did an act: its subjects, or the object of a passive's "by"; or the subject the parse
    hangs on a word that describes it before the verb ("gunmen loyal to X attacked", read as "gunmen" of "loyal")."""
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    described = [c for c in verb.children if c.dep_ in {"advmod", "amod", "acomp"} and c.i < verb.i]
    return subjects_of(verb) or [s for c in described for s in c.children if s.dep_ == "nsubj"]


def is_unnamed_doer(noun: Token, index: MentionIndex) -> bool:
    """Whether a noun names doers only by what they are: "gunmen", "suspected militants", "a suicide bomber", "armed
    men" (not "Hamas gunmen", "fighters of X", "the men", "he").

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("Armed men and gunmen came; the men left.")
    >>> index = MentionIndex(doc, [])
    >>> [t.text for t in doc if is_unnamed_doer(t, index)]
    ['men', 'gunmen']
    """
    cues = unnamed_doer_cues()
    words = {noun.lower_, noun.lemma_.lower()}
    armed = any(c.dep_ in {"amod", "compound"} and c.lower_ in cues.armed_words for c in noun.children)
    if not (words & cues.nouns or (words & cues.people and armed)):
        return False
    return not any(index.at(t) is not None for t in noun.subtree)


def struck_by_unnamed_doers(verb: Token, index: MentionIndex) -> bool:
    """Whether an act is told in the simple past of doers named only by what they are, and not as a habit: "Gunmen
    attacked buses near X", "checkpoints were stormed by suspected militants" (not "militants often attacked
    convoys", "gunmen have attacked buses", "gunmen may attack buses").

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("Gunmen attacked buses. Militants often attacked convoys. Gunmen may attack buses.")
    >>> index = MentionIndex(doc, [])
    >>> [t.text for t in doc if t.pos_ == "VERB" and struck_by_unnamed_doers(t, index)]
    ['attacked']
    """
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    if verb.tag_ != ("VBN" if passive else "VBD") or is_unreal(verb):
        return False
    if passive and not any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children):
        return False  # "buses have been attacked by gunmen": not one act told as news
    if any(c.dep_ == "advmod" and c.lower_ in unnamed_doer_cues().habit_words for c in verb.children):
        return False
    doers = doers_of(verb)
    return bool(doers) and all(is_unnamed_doer(d, index) for d in doers)

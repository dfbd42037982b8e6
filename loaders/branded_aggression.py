"""A side's deed named as its aggression by someone: "Mikati called the blasts a criminal Israeli aggression", "he
acted in response to what he called US aggression", "the group would fight until the end of Israeli aggression":
whoever speaks of another side's aggression OPPOSES that side; so does whoever calls a side "the Israeli enemy".

The noun (``aggression_nouns`` of the ``branded_aggression`` block of ``seeds/relations.yaml``; ``enemy_nouns`` only
after "the" and a demonym) must name its doer by itself, as a possessive, a demonym or a name before it ("Iran's
aggression", "Israeli aggression", "US aggression"); "an act of aggression against civilians" names no one. The
speaker is the subject of the nearest verb above the noun that has one, an actor of another side than the doer
("Russia's war of aggression" with no such verb says no more than the war does, :mod:`loaders.war_phrases`' to read).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.mentions import Mention
from loaders.syntax import actors_of, refers_back, subjects_of

if TYPE_CHECKING:
    from loaders.extract import DocReader

METHOD = "branded-aggression"
DOER_DEPS = {"poss", "amod", "compound", "nmod"}  # "Iran's", "Israeli", "US" before the noun
SPEAKERS = {"Person", "Organization", "Country"}
DOERS = {"Organization", "Country"}
MAX_CLIMB = 8  # heads walked up from the noun to the verb whose subject speaks


@cache
def _block() -> dict[str, frozenset[str]]:
    return {key: frozenset(words) for key, words in load_seed_yaml("relations.yaml")["branded_aggression"].items()}


def aggression_nouns() -> frozenset[str]:
    """The nouns (lemmas) of a deed that only a foe of its doer calls so, and of the foe called so by its demonym
    ("the Israeli enemy"), loaded once per process."""
    return _block()["aggression_nouns"] | _block()["enemy_nouns"]


def aggressors_named(reader: DocReader, noun: Token) -> list[Mention]:
    """The sides a noun names as its doers by the words before it: "Israel's", "Israeli", "US"; a foe only by a
    demonym after "the" ("the Israeli enemy", not "Israel's enemy", whoever that is, nor "X, Israel's enemy")."""
    index = reader.index
    deps = DOER_DEPS
    if noun.lemma_.lower() in _block()["enemy_nouns"]:
        if noun.dep_ == "appos" or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return []
        deps = {"amod"}
    return [
        m
        for c in noun.children
        if c.dep_ in deps and c.i < noun.i
        for m in actors_of(c, index, with_preps=False)
        if m.label in DOERS
    ]


def speaking_verb(noun: Token) -> Token | None:
    """The nearest verb above the noun that has a subject other than the phrase of the noun: "called" of "X called
    the blasts an Israeli aggression", "fight" of "the group would fight until Israel's aggression ends"."""
    token = noun
    for _ in range(MAX_CLIMB):
        if token.head.i == token.i:
            return None
        below, token = token, token.head
        if token.pos_ in {"VERB", "AUX"} and (subjects := subjects_of(token)) and below not in subjects:
            return token
    return None


def names_speaker(reader: DocReader, subject: Token) -> bool:
    """Whether a subject is an actor itself (a name, a pronoun, "the group"), not a thing an actor owns: "Iran's
    support for Russia's aggression" is no one speaking."""
    return reader.index.at(subject) is not None or subject.pos_ == "PRON" or refers_back(subject, reader.index)


def branded_aggression(reader: DocReader, noun: Token) -> None:
    """Whoever speaks of a side's aggression OPPOSES that side (the module's docstring)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in aggression_nouns():
        return
    doers = aggressors_named(reader, noun)
    if not doers or (verb := speaking_verb(noun)) is None:
        return
    speakers = [m for t in subjects_of(verb) if names_speaker(reader, t) for m in actors_of(t, reader.index, False)]
    speakers = [m for m in speakers if m.label in SPEAKERS]
    doer_keys = {m.key for m in doers}
    speakers = [m for m in speakers if m.key not in doer_keys]
    reader.emit_all(speakers, "OPPOSES", doers, noun, METHOD, 0.6)

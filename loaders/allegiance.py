"""Allegiance pledged to a leader named with the body he heads: "pledged allegiance to al-Qaeda leader Ayman
al-Zawahiri", "to Islamic State's then leader, Abu Bakr al-Baghdadi" bind the one who pledged to al-Qaeda and to
Islamic State (the ontology makes a member's whole an organisation), not to the man."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from graph.seeds import load_seed_yaml
from loaders.cues import load_cues
from loaders.mentions import Mention

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex

BODY_LABELS = {"Organization", "Country"}  # what a leader may head


@cache
def allegiance_nouns() -> frozenset[str]:
    """The nouns of a pledge ("allegiance", "fealty"), from ``allegiance_nouns`` in ``seeds/relations.yaml``."""
    return frozenset(load_seed_yaml("relations.yaml")["allegiance_nouns"])


def headed_body(aim: Token, index: MentionIndex) -> list[Mention]:
    """The organisations or states that own a leader's title in the phrase a pledge is made to ("al-Qaeda" in
    "al-Qaeda leader Ayman al-Zawahiri", "Islamic State" in "Islamic State's then leader, Abu Bakr al-Baghdadi");
    none when the phrase holds no such title ("to the Islamic State and its leader, X": both, as named).

    >>> from loaders.nlp import load_nlp
    >>> from loaders.syntax import MentionIndex
    >>> doc = load_nlp()("They pledged allegiance to al-Qaeda leader Ayman al-Zawahiri.")
    >>> qaeda = Mention(4, 7, 26, 34, "al-Qaeda", "Organization", "al-Qaeda", "armed_group")
    >>> [m.name for m in headed_body(doc[11], MentionIndex(doc, [qaeda]))]
    ['al-Qaeda']
    """
    cues = load_cues()
    titles = [t for t in aim.subtree if cues.role_of((t.lower_,)) == "LEADS" and index.at(t) is None]
    bodies = {
        m.key: m
        for title in titles
        for c in title_owners(title, aim)
        if c.dep_ in {"poss", "compound"} and (m := index.at(c)) is not None and m.label in BODY_LABELS
    }
    return list(bodies.values())


def title_owners(title: Token, aim: Token) -> list[Token]:
    """The words that may name whose a title is: the title's own dependents, and the name's when the title only
    qualifies the name ("ISIS's then-leader Abu Bakr al-Baghdadi", where the parser hangs "ISIS's" on the name)."""
    owners = list(title.children)
    if title.head == aim and title.dep_ in {"compound", "amod", "appos"}:
        owners += [c for c in aim.children if c.i < title.i]
    return owners


def pledged_to(noun: Token, aims: list[Token], objects: list[Mention], index: MentionIndex) -> list[Mention]:
    """What a pledge binds to: for a pledge noun, the body a leader heads in place of the leader himself, where the
    phrase names one; the objects as found otherwise."""
    if noun.lemma_.lower() not in allegiance_nouns():
        return objects
    bodies = [m for aim in aims for m in headed_body(aim, index)]
    if not bodies:
        return objects
    return [m for m in objects if m.label != "Person"] + [m for m in bodies if m not in objects]

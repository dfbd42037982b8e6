"""Coalitions named by the side that leads them (``seeds/relations.yaml``, ``led_coalitions``): "the Saudi-led
coalition", "the US-led international coalition" are one organisation each, of kind ``international``, named by the
phrase as written, whatever list of actors the build has; the leader stays a side of its own, read inside the name
(``loaders/hostility.py``: the leader is affiliated with the coalition it leads)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from graph.seeds import load_seed_yaml
from loaders.hostility import load_hostility_cues
from loaders.mentions import Mention

LEADERS = frozenset({"Country"})  # the sides a coalition is named after: a state ("the Saudi-led coalition")


@cache
def coalition_nouns() -> frozenset[str]:
    """The lowercase nouns (lemmas) of a coalition a leader's name and "-led" make a name of (``nouns``)."""
    return frozenset(load_seed_yaml("relations.yaml")["led_coalitions"]["nouns"])


def _led_noun(doc: Doc, leader: Mention) -> Token | None:
    """The coalition noun a one-word leader's "-led" qualifies, with only lowercase adjectives between: "coalition"
    of "the US-led international coalition"; none for "US-led forces" or "the Saudi-led Coalition to Restore ..."."""
    first = doc[leader.start]
    led = first.head
    if leader.end - leader.start != 1 or led.i != first.i + 2 or doc[first.i + 1].text != "-":
        return None
    if led.lower_ not in load_hostility_cues().leading_participles or led.dep_ != "amod":
        return None
    noun = led.head
    between = doc[led.i + 1 : noun.i]
    if noun.i <= led.i or not noun.is_lower or noun.lemma_.lower() not in coalition_nouns():
        return None
    return noun if all(t.is_lower and t.dep_ == "amod" and t.head == noun for t in between) else None


def led_coalitions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each state written before "-led" and a coalition's noun made the coalition it names ("the
    Saudi-led coalition": one organisation from "Saudi" to "coalition").

    >>> from graph.gazetteer import load_gazetteer
    >>> from loaders.mentions import find_mentions
    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("The Chadian-led coalition shelled the port, and Chadian-led forces landed.")
    >>> [(m.name, m.label) for m in led_coalitions(doc, find_mentions(doc, load_gazetteer()))][:1]
    [('Chadian-led coalition', 'Organization')]
    """
    made = {}
    for m in mentions:
        noun = _led_noun(doc, m) if m.label in LEADERS and not m.refers_back else None
        if noun is not None:
            span = doc[m.start : noun.i + 1]
            made[m.start] = Mention(
                span.start,
                span.end,
                span.start_char,
                span.end_char,
                span.text,
                "Organization",
                span.text,
                "international",
            )
    covered = {i for c in made.values() for i in range(c.start, c.end)}
    return [made.get(m.start, m) for m in mentions if m.start in made or m.start not in covered]

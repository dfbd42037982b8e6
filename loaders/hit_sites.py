"""Where a single thing hit stands: "a strike on a car in eastern Baghdad", "stormed a base at Manda Bay", "ambushed a
convoy near X". The place is the scene of the act (the incident's ``OCCURRED_AT``), not a side attacked: the attacker
hit the car, not Baghdad; a preposition of the verb says the same ("attacked a police station in X"). Many things hit
across a place ("attacks on ships in the Red Sea", "fired missiles at targets in Idlib") hit the place itself, and a
thing hit that is a name ("stormed the Westgate mall in Nairobi") is left to the rules that read names. A takeover
holds the ground its thing stands on ("overran the army base at Beledweyne" took Beledweyne: loaders/territory.py).

The prepositions are the ``standing_preps`` of the ``incidents`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.doc_tree import span_root
from loaders.incidents import incident_cues
from loaders.mentions import Mention
from loaders.projectile_aims import aimed_past_object
from loaders.territory import territory_words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.syntax import MentionIndex

OWN_PHRASE = frozenset({"poss", "compound", "amod", "appos", "conj"})  # "Beirut's Jamous area", "suburbs, the
# Dahiyeh", "A and B": the words of the place's own phrase, up to the word a preposition governs
SINGULAR_NOUN = "NN"


def only_locates_a_thing(place: Mention, cue: Token, index: MentionIndex) -> bool:
    """Whether a place is named only to say where one unnamed thing stands ("a car in eastern Baghdad", "a building
    in Beirut's Jamous area"), the place's phrase hanging on that thing by a preposition of standing; not a place
    of many things hit ("ships in the Red Sea") nor one a name hit stands in, nor the place of the act's own word
    ("Israel's war in Gaza": waged on Gaza), nor what a volley was fired at ("fired a barrage of rockets at X").
    """
    if {cue.lemma_.lower(), cue.lower_} & territory_words():
        return False  # "overran the army base at Beledweyne": a takeover of the ground
    root = span_root(cue.doc, place.start, place.end)
    while root.dep_ in OWN_PHRASE and root.head.i != root.i:
        root = root.head
    if root in aimed_past_object(cue):
        return False
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in incident_cues().standing_preps:
        return False
    # the thing the phrase hangs on, or the verb's objects ("stormed a base at Manda Bay")
    things = [prep.head] if prep.head.pos_ != "VERB" else [c for c in prep.head.children if c.dep_ == "dobj"]
    return bool(things) and all(one_unnamed_thing(t, index) and t.i != cue.i for t in things)


def one_unnamed_thing(noun: Token, index: MentionIndex) -> bool:
    """Whether a word is a singular common noun that names no actor: "car", "base", not "ships" nor "Westgate"."""
    return noun.pos_ == "NOUN" and noun.tag_ == SINGULAR_NOUN and index.at(noun) is None

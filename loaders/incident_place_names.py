"""Places known only by the incident named after them: in "the Chibok kidnapping" or "the Kokorou attack" the
unknown name before the incident's noun is the town where it happened, not a person or a body the NER took it for
(a body's name only when no word of it is an organisation's: "the Wagner mutiny" is known, "the FLN attack" an
acronym)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from loaders.doc_tree import has_child
from loaders.mentions import Mention, guess_kind


def _names_incident(token: Token, event_nouns: frozenset[str]) -> bool:
    """Whether a name token modifies a definite incident noun: "the Chibok kidnapping"."""
    noun = token.head
    if token.dep_ not in {"compound", "nmod"} or noun.pos_ != "NOUN" or noun.i != token.i + 1:
        return False
    if noun.lower_ not in event_nouns and noun.lemma_.lower() not in event_nouns:
        return False
    return has_child(noun, {"det"}, {"the"})


def incident_place_names(doc: Doc, mentions: list[Mention], event_nouns: frozenset[str]) -> list[Mention]:
    """The mentions, with an unknown one-word "person" or "body" that names an incident's place made a Location,
    everywhere in the document; never a word of a longer person's name ("the Soleimani killing" after "Qassem
    Soleimani"), nor of a longer place's ("the Sutton assault" after "the Sutton Ridge mine": that place's incident,
    told again)."""
    people = [m for m in mentions if m.label == "Person" or _unmarked_body(m)]
    longer = [m for m in mentions if m.label in {"Person", "Location"} and " " in m.name]
    words = {w for m in longer for w in m.name.split()}
    places = {
        m.name
        for m in people
        if not m.actor_id
        and m.end - m.start == 1
        and m.name not in words
        and doc[m.start].pos_ == "PROPN"
        and _names_incident(doc[m.start], event_nouns)
    }
    if not places:
        return mentions
    moved = {m.name for m in people} & places
    return [
        replace(m, label="Location", kind=None) if m.label in {"Person", "Organization"} and m.name in moved else m
        for m in mentions
    ]


def _unmarked_body(m: Mention) -> bool:
    """Whether a mention is an unknown body's one-word name, no word of an organisation and not in capitals."""
    one_word = " " not in m.name and not m.name.isupper()
    return m.label == "Organization" and not m.actor_id and one_word and guess_kind(m.name) == "other"

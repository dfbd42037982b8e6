"""Places known only by the incident named after them: in "the Chibok kidnapping" or "the Kokorou attack" the
unknown name before the incident's noun is the town where it happened, not a person the NER took it for."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from loaders.mentions import Mention


def _names_incident(token: Token, event_nouns: frozenset[str]) -> bool:
    """Whether a name token modifies a definite incident noun: "the Chibok kidnapping"."""
    noun = token.head
    if token.dep_ not in {"compound", "nmod"} or noun.pos_ != "NOUN" or noun.i != token.i + 1:
        return False
    if noun.lower_ not in event_nouns and noun.lemma_.lower() not in event_nouns:
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def incident_place_names(doc: Doc, mentions: list[Mention], event_nouns: frozenset[str]) -> list[Mention]:
    """The mentions, with an unknown one-word "person" that names an incident's place made a Location, everywhere in
    the document; never a word of a longer person's name ("the Soleimani killing" after "Qassem Soleimani")."""
    people = [m for m in mentions if m.label == "Person"]
    words = {w for m in people if " " in m.name for w in m.name.split()}
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
    return [replace(m, label="Location", kind=None) if m.label == "Person" and m.name in moved else m for m in mentions]

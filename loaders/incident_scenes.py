"""The scene of an incident told after it: "Investigators work at the site of the explosion in X", "Rescuers searched
the rubble of a clinic in Y after Tuesday's air strike", "the wreckage of the bus outside Z, a day after the bombing":
the places the scene's phrase names (on the scene noun, or on the thing whose remains it is) are where the incident
occurred. The incident is the one the scene is "of", else the one the sentence's "after" or "following" names; a
sentence that names neither gives no link ("Workers cleared the rubble in X" tells no incident). A photo's caption put
after an incident that names no place of its own shows its scene ("Photo: Police guard the church in X after Sunday's
attack"): every place of the caption, but not a wider one set after a comma ("Surrey, British Columbia"), nor a
gathering's ("Photo: Protesters rally in X after the attack"), nor when the "after" tells when the image was released.

The cue words are the ``incident_scenes`` block of ``seeds/relations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from loaders.cues import word_sets
from loaders.doc_words import span_text
from loaders.reference_scope import link_pattern
from loaders.syntax import actors_of, conjuncts, prep_objects

if TYPE_CHECKING:
    from loaders.events import Event
    from loaders.extract import DocReader


@dataclass(frozen=True)
class SceneWords:
    """The ``incident_scenes`` block: nouns of a scene, prepositions of the time after, prepositions of place."""

    scene_nouns: frozenset[str]
    after_preps: frozenset[str]
    place_preps: frozenset[str]
    gathering_verbs: frozenset[str]
    image_verbs: frozenset[str]


@cache
def scene_words() -> SceneWords:
    """The cue words of the ``incident_scenes`` block of ``seeds/relations.yaml``."""
    return word_sets(SceneWords, "incident_scenes")  # a missing key is a one-line SeedKeyError


def after_incidents(noun: Token) -> list[Token]:
    """The incident nouns the scene's sentence puts it after: "after Tuesday's air strike", "a day after the
    bombing", "following the blast".

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Rescuers searched the rubble of a clinic a day after the bombing.")
    >>> [t.text for t in after_incidents(doc[3])]
    ['bombing']
    """
    preps = [t for t in noun.sent if t.lower_ in scene_words().after_preps and t.dep_ in {"prep", "advcl", "acl"}]
    return [o for p in preps for c in p.children if c.dep_ in {"pobj", "dobj"} for o in conjuncts(c)]


def scene_places(noun: Token, incidents: list[Token]) -> list[Token]:
    """The phrases that place a scene: the objects of its prepositions of place, of those of the thing it is "of"
    ("the rubble of a clinic in X") and of those of the verb it is the object, subject or prepositional object of
    ("searched the debris in X"), not of the incident itself (its own phrase places it already)."""
    wanted = scene_words().place_preps
    holders = [noun, *(o for o in prep_objects(noun, {"of"}) if o not in incidents)]
    if noun.dep_ in {"dobj", "nsubj", "nsubjpass"}:
        holders.append(noun.head)
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in {"VERB", "AUX"}:
        holders.append(noun.head.head)  # "smoke rose over the rubble in X"
    return [p for h in holders for p in prep_objects(h, wanted)]


def incident_scene(reader: DocReader, noun: Token) -> None:
    """A scene noun of an incident told before ("the site of the explosion", "the rubble ... after the strike"):
    the incident OCCURRED_AT the places its phrase names."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in scene_words().scene_nouns:
        return
    events_of = reader.events.events_at
    of = [o for t in prep_objects(noun, {"of"}) for o in conjuncts(t)]
    incidents = [o for o in of if reader.events.is_event_noun(o)]
    events: list[Event] = events_of(incidents) or events_of(after_incidents(noun))
    if len(events) != 1:  # no incident, or two the scene could be of
        return
    places = [m for p in scene_places(noun, incidents) for m in actors_of(p, reader.index) if m.label == "Location"]
    reader.emit_all(events, "OCCURRED_AT", places, noun, "incident-scene", 0.7)


def _of_the_image(prep: Token) -> bool:
    """Whether an "after" tells when the image was made or released, not what it shows ("in an image released by the
    group after the attack")."""
    return any(a.lemma_.lower() in scene_words().image_verbs for a in prep.ancestors)


def _wider(reader: DocReader, place: Token) -> bool:
    """Whether a place is the wider one set after another by a comma ("in Surrey, British Columbia"): where the scene
    lies, not always where the incident is told to have occurred."""
    while place.dep_ in {"compound", "amod", "poss"} and place.head.i > place.i:  # "Turkey's Istanbul province"
        place = place.head
    return place.dep_ == "appos" and (head := reader.index.at(place.head)) is not None and head.label == "Location"


def caption_scene(reader: DocReader, sent: Span) -> None:
    """A photo's caption put after one incident whose phrase names no place ("Photo: Police block the street to the
    church in X after the attack on Sunday"): the incident OCCURRED_AT every place the caption names outside that
    phrase, but not a wider one set after another by a comma; none for a gathering ("Protesters rally in X after the
    attack") or an incident placed in its own words ("Relatives wait outside the morgue in X after the killings at the
    prison in Y")."""
    if not reader.index.scope.aside(sent.start_char) or link_pattern().search(span_text(sent)) is not None:
        return
    words = scene_words()
    preps = [
        t for t in sent if t.lower_ in words.after_preps and t.dep_ in {"prep", "advcl", "acl"} and not _of_the_image(t)
    ]
    nouns = [o for p in preps for c in p.children if c.dep_ in {"pobj", "dobj"} for o in conjuncts(c)]
    events = reader.events.events_at(nouns)
    if len(events) != 1 or any(t.lemma_.lower() in words.gathering_verbs for t in sent):
        return
    told = {t.i for p in preps for t in p.subtree}
    mentions = reader.index.inside(sent)
    if any(m.label == "Location" and m.start in told for m in mentions):
        return
    places = [
        m for m in mentions if m.label == "Location" and m.start not in told and not _wider(reader, sent.doc[m.end - 1])
    ]
    reader.emit_all(events, "OCCURRED_AT", places, preps[0], "caption-scene", 0.7)

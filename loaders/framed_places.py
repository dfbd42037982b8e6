"""Places a sentence's opening "In X," frames: "In Mali, Wagner has been linked to killings around the town of Moura"
puts Moura in Mali, "In Zamfara, gunmen seized schoolgirls from a school in Jangebe" Jangebe in Zamfara.

A sentence that opens on "In" and a place, set off by a comma, tells where what it says happened; a place the rest of
the sentence names after a preposition of place (``locative_preps`` in ``seeds/relations.yaml``) lies there. The rule
keeps to a place no other rule put somewhere in the sentence ("In Mali, fighters crossed from Menaka, in Niger's
Tillaberi region": Menaka has its own), nor one the sentence puts another in, unless a state frames it ("In Chibok, ...
in Kuriga, Kaduna State"), to a place and not a state ("In Mali, ... from Niger"), to a place the gazetteer does not
already put elsewhere, not to a wider division framed by a town ("In Gao, ... the Mopti region"), and not to what a
verb of saying framed by where it was said reports ("In Washington, a spokeswoman said the situation in Mosul ...").

>>> from loaders.nlp import load_nlp
>>> doc = load_nlp()("In Kebbi, gunmen raided a market in Mera.")
>>> frame_token(doc[:])
In
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from loaders.coordination import first_of_list
from loaders.doc_tree import span_root
from loaders.mentions import Mention
from loaders.place_ranks import wider_in_town
from loaders.places import PLACES

if TYPE_CHECKING:
    from loaders.extract import DocReader

METHOD = "place-in-frame"
CONFIDENCE = 0.65  # the frame sets the scene: a little below the place rules' own cue words


def frame_token(sent: Span) -> Token | None:
    """The sentence's opening "In" when a comma closes its phrase ("In Mali, ..."), else None."""
    first = next((t for t in sent if not t.is_punct), None)
    if first is None or first.lower_ != "in" or first.dep_ != "prep":
        return None
    after = first.right_edge.i + 1
    return first if after < sent.end and sent.doc[after].text == "," else None


def frame_place(reader: DocReader, frame: Token) -> Mention | None:
    """The place the opening "In" names: the mention its object is the head of."""
    objects = [t for t in frame.children if t.dep_ == "pobj"]
    if len(objects) != 1:
        return None
    found = reader.index.at(objects[0])
    return found if found is not None and found.label in PLACES else None


def placed_by_preposition(reader: DocReader, place: Mention) -> bool:
    """Whether the place is named after a preposition of place ("in Jangebe", "around the town of Moura", "around
    Bakhmut and Soledar": the list's first place's)."""
    root = first_of_list(span_root(reader.doc, place.start, place.end))
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ == "of" and prep.head.dep_ == "pobj":  # "the town of Moura": the town's own preposition
        prep = prep.head.head
    return prep.lower_ in reader.cues.locative_preps


def known_elsewhere(reader: DocReader, place: Mention, frame: Mention) -> bool:
    """Whether the gazetteer knows the place and does not put it in the framing place."""
    actor = reader.gazetteer.actors.get(place.actor_id or "")
    if actor is None:
        return False
    return frame.actor_id not in {a.id for a in reader.gazetteer.containing(actor)}


def framed_places(reader: DocReader, sent: Span) -> None:
    """Each place named after a preposition of place in a sentence opening on "In X," LOCATED_IN X, when nothing
    else in the sentence placed it."""
    frame = frame_token(sent)
    if frame is None or (wider := frame_place(reader, frame)) is None:
        return
    if frame.head.lemma_.lower() in reader.cues.reporting:
        return  # "In Washington, a spokeswoman said the situation in Mosul ...": where it was said
    located = [r for r in reader.facts.relations if r.type == "LOCATED_IN" and r.start == sent.start_char]
    placed = {r.subject for r in located}
    containers = set() if wider.label == "Country" else {r.object for r in located}
    for place in reader.index.inside(sent):
        if place.start <= frame.right_edge.i or place.label != "Location" or place.key == wider.key:
            continue
        if place.key in placed or place.key in containers or not placed_by_preposition(reader, place):
            continue  # "In Chibok, ... in Kuriga, Kaduna State": the state holds a town, not lies in Chibok
        if wider_in_town(reader.doc, place, wider) or known_elsewhere(reader, place, wider):
            continue
        reader.emit(place, "LOCATED_IN", wider, reader.doc[place.start], METHOD, CONFIDENCE, "asserted")

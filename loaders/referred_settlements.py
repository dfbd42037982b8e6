"""A town a sentence opens on as "the town", "the village" or "the city", placed by the phrase after it: LOCATED_IN.

"Rebels attacked Moura on Monday. The village, in the Mopti region, was emptied.", "The village lies in the Mopti
region", "The town is about 40 km north of Djenné", "The city, about 170 km south-east of Khartoum, had become a
refuge", "The town sits on the edge of the Mopti region": the reference stands for the last town named before it, in
its sentence or the one before (``organisation_places.settlement_referred``), and lies in (or near) the first place
after it when only a place phrase stands between them: a connector (", in", "near"), a verb of lying ("lies in", "is
located about 40 km from"), a distance or a part ("about 170 km south-east of", "on the edge of").

Not a town the reference names itself ("The city of Djenné lies in ..."), nor one a state's word only qualifies ("The
town lies a few hundred metres from the Ugandan post at X"), nor a reference that is not the sentence's opening
subject ("Fighters fled the town, in the Mopti region, ...": the places rules read the named places).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from loaders.doc_tree import span_root
from loaders.organisation_places import place_words, settlement_referred
from loaders.place_phrases import lies_within, place_phrase_words, reaches_wider
from loaders.places import nearest_level, placing_mentions, words_between

if TYPE_CHECKING:
    from loaders.extract import DocReader

PLACES = frozenset({"Location", "Country"})
OPENING_LIMIT = 3  # "The small border town": the reference within this many words of the sentence's start


def settlements_placed(reader: DocReader, sent: Span) -> None:
    """The town a sentence's opening "the town" stands for, LOCATED_IN the place its phrase puts it in or near."""
    opening = sent[: OPENING_LIMIT + 1]
    if not opening or opening[0].lower_ != "the":
        return
    references = place_words().settlement_references
    noun = next((t for t in opening if t.lower_ in references and t.dep_ in {"nsubj", "nsubjpass"}), None)
    if noun is None or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return  # "The city of Djenné lies ...": named, not referred to
    town = settlement_referred(noun, reader.index, reader.cues)
    if town is None:
        return
    mentions = placing_mentions(reader, sent)
    wider = next((m for m in mentions if m.start > noun.i), None)
    if wider is None or wider.label not in PLACES or span_root(reader.doc, wider.start, wider.end).dep_ == "amod":
        return  # "lies a few hundred metres from the Ugandan post": a state's word only qualifies the post
    words = words_between(reader, noun.i + 1, wider.start)
    if _places_it(reader, words):
        wider = nearest_level(reader, wider, mentions)
        reader.emit(town, "LOCATED_IN", wider, reader.doc[wider.start], "settlement-referred-placed", 0.7, "asserted")


def _places_it(reader: DocReader, words: list[str]) -> bool:
    """Whether the words after the reference put it in or near the place after them: a connector set off by a comma
    or after a copula (", in", "is in"), a verb of lying, a distance or a part of the place."""
    cues = reader.cues
    rest = words[1:] if words[:1] == [","] else words
    if rest[:1] and rest[0] in place_phrase_words().lying_copulas:
        rest = rest[1:]  # "The village is in the Mopti region"
    plain = " ".join(rest) in cues.connectors and (words[:1] == [","] or len(rest) < len(words))
    return plain or lies_within(cues, words) or reaches_wider(cues, words)

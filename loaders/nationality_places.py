"""A state named only by the demonym on a noun of people is their nationality, not a place.

"The legion, formed in 2022 from Russian soldiers": the soldiers are Russians, the legion is not based in Russia; "a
group operating in Malian territory" still puts the group in Mali (the noun is a place's), and so does "formed in
Russia" (the state's own name).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.doc_tree import span_root
from loaders.known_places import named_as_itself
from loaders.mentions import Mention
from loaders.syntax import conjuncts

if TYPE_CHECKING:
    from loaders.extract import DocReader


def only_nationality(reader: DocReader, mention: Mention, noun: Token) -> bool:
    """Whether ``mention``, found in the phrase of the unnamed noun ``noun`` (or of a noun listed with it), is a state
    written as its demonym on a noun that names no place ("Russian" of "Russian soldiers"), rather than a place the
    phrase names."""
    if mention.label != "Country":
        return False
    actor = reader.gazetteer.actors.get(mention.actor_id or "")
    if actor is None or named_as_itself(mention, actor):
        return False
    root = span_root(reader.doc, mention.start, mention.end)
    people = root.head
    if root.dep_ not in {"amod", "compound", "nmod"} or people not in conjuncts(noun) or reader.index.at(people):
        return False
    return not {people.lemma_.lower(), people.lower_} & reader.cues.place_nouns

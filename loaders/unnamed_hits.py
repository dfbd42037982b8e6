"""Where an attack hit when what it hit is no actor: "attacked oil tankers in the Gulf of Oman", "raided camps
sheltering displaced people in Djugu", "struck PKK positions in Qandil" (Qandil as well as the PKK), and the same told
in the passive, "villages in Djugu were attacked by X": the place was hit (not "a car in Baghdad was struck", one thing
only located there: ``hit_sites.only_locates_a_thing``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from loaders.incidents import standing_places
from loaders.mentions import Mention
from loaders.syntax import actors_of, prep_objects

if TYPE_CHECKING:
    from loaders.syntax import MentionIndex


def hit_things(hit: list[Token], index: MentionIndex, people: frozenset[str]) -> bool:
    """Whether an attack hit an unnamed thing, whose place was hit too even when its owner is named ("struck PKK
    positions in Qandil": Qandil as well as the PKK): a common noun that names no actor and is not one of ``people``
    (not "troops" of "attacked Nigerian troops near Okene": people of a side, where they stood is no target).

    >>> from loaders.nlp import load_nlp
    >>> from loaders.mentions import find_mentions
    >>> from loaders.syntax import MentionIndex
    >>> from graph.gazetteer import load_gazetteer
    >>> doc = load_nlp()("Turkish jets struck PKK positions and killed PKK fighters in Qandil.")
    >>> index = MentionIndex(doc, find_mentions(doc, load_gazetteer()))
    >>> hit_things([doc[4]], index, frozenset({"fighters"})), hit_things([doc[8]], index, frozenset({"fighters"}))
    (True, False)
    """
    return any(t.pos_ == "NOUN" and index.at(t) is None and t.lower_ not in people for t in hit)


def places_of_unnamed_hit(verb: Token, hit: list[Token], index: MentionIndex, preps: frozenset[str]) -> list[Mention]:
    """The places an attack verb hit when the things it hit (its objects, or its passive subjects) name no actor: a
    place after one of ``preps`` on the verb ("attacked tankers in the Gulf of Oman", "villages were shelled near X"),
    else where the things hit stand ("raided a bank branch in X", "camps in X were attacked").

    >>> from loaders.nlp import load_nlp
    >>> from loaders.mentions import find_mentions
    >>> from loaders.syntax import MentionIndex
    >>> from graph.gazetteer import load_gazetteer
    >>> doc = load_nlp()("Villages in Djugu were attacked by CODECO on Monday.")
    >>> index = MentionIndex(doc, find_mentions(doc, load_gazetteer()))
    >>> [m.name for m in places_of_unnamed_hit(doc[3], [doc[0]], index, frozenset({"in", "near"}))]
    ['Djugu']
    """
    places = [m for t in prep_objects(verb, preps) for m in actors_of(t, index) if m.label == "Location"]
    return places or [m for t in hit for m in standing_places(t, index)]

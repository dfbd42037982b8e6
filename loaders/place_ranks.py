"""What kind of place the words beside a name call it, and whether a place of a wider kind is said to lie in a town.

A province, region, state or governorate is wider than any town, city or village: a link putting one in the other
reads the two the wrong way round ("the Mopti region near the town of Djenne", "the governorate's coast north of
Hodeidah city"). The kind is read only from the words: the noun ending the name or standing right after it ("Batken
region", "Hodeidah city"), or a town's noun with "of" right before it ("the town of Djenne"). The wider nouns are
``town_parts.wider_divisions`` in ``seeds/relations.yaml``, the towns ``place_kinds.towns``; a district is neither
("the Hodan district of the capital" lies in the city), nor is a name the words do not call anything.

>>> import spacy
>>> doc = spacy.blank("en")("They fled the Batken region for the town of Osh .")
>>> region = Mention(3, 5, 0, 0, "Batken region", "Location", "Batken")
>>> town = Mention(9, 10, 0, 0, "Osh", "Location", "Osh")
>>> wider_in_town(doc, region, town), wider_in_town(doc, town, region)
(True, False)
"""

from __future__ import annotations

from spacy.tokens import Doc

from loaders.mentions import Mention
from loaders.place_names import place_kinds
from loaders.town_parts import town_part_words


def _kind_words(doc: Doc, place: Mention) -> set[str]:
    """The lowercase nouns that call the place what it is: its last word, the word after it, and a noun before
    "of" right before it ("the town of X")."""
    words = {doc[place.end - 1].lower_}
    if place.end < len(doc):
        words.add(doc[place.end].lower_)
    if place.start >= 2 and doc[place.start - 1].lower_ == "of":
        words.add(doc[place.start - 2].lower_)
    return words


def wider_in_town(doc: Doc, inner: Mention, outer: Mention) -> bool:
    """Whether the words call the inner place a wider division (province, region, state ...) and the outer one a
    town, city or village, and neither both: such a link is read the wrong way round."""
    wider, towns = town_part_words().wider_divisions, place_kinds().towns
    inner_words, outer_words = _kind_words(doc, inner), _kind_words(doc, outer)
    inner_wide = bool(inner_words & wider) and not inner_words & towns
    outer_town = bool(outer_words & towns) and not outer_words & wider
    return inner_wide and outer_town

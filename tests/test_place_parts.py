"""Places put in others by a part or a bearing of the wider place, and sites named after their town: "X, on the
southern outskirts of Y", "X, on the southern side of Mount Y" (``place_phrases.part_nouns``), a name after a bearing
and "of" read as a place's ("a town 25 km south-east of Y", loaders/place_context.py), and a site's name in capitals
that opens with its town's ("the Marsit General Hospital", loaders/places.py); each on a sentence written for its test
(the rules alone)."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


def test_a_place_on_the_outskirts_of_a_town_lies_in_it() -> None:
    links = named_links("Police detained two men in Villa Norte, on the southern outskirts of Marsit.", "LOCATED_IN")
    assert ("Villa Norte", "Marsit") in links


def test_a_village_on_the_side_of_a_mountain_lies_in_it() -> None:
    links = named_links(
        "The drone hit a clinic in the village of Sikenu, on the southern side of Mount Sinmar.", "LOCATED_IN"
    )
    assert ("Sikenu", "Mount Sinmar") in links


def test_a_name_after_a_bearing_and_of_is_a_place() -> None:
    links = named_links("Residents of Fraijo, a town about 25 km south-east of Marsit, reported gunfire.", "LOCATED_IN")
    assert ("Fraijo", "Marsit") in links


def test_a_hospital_named_after_its_town_lies_in_it() -> None:
    links = named_links(
        "The wounded were taken to the Marsit General Hospital, officials in Marsit said.", "LOCATED_IN"
    )
    assert ("Marsit General Hospital", "Marsit") in links

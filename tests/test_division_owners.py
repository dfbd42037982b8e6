"""The place whose possessive names a division is its wider place, written with its own division noun too ("in Dorvan
state's Telun district"; loaders/places.py, ``divided_owner``), and an unknown name before "'s", a division's name and
its lowercase noun is a place's, not the body the NER took it for (loaders/place_context.py); each on a sentence
written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


def test_a_state_named_with_its_noun_owns_the_district_after_it() -> None:
    links = named_links("Gunmen killed ten people in Dorvan state's Telun district on Sunday.", "LOCATED_IN")
    assert ("Telun", "Dorvan") in links


def test_a_village_in_a_states_district_lies_in_both() -> None:
    links = named_links("Gunmen attacked Abera, a village in Dorvan state's Telun district, on Sunday.", "LOCATED_IN")
    assert {("Abera", "Telun"), ("Abera", "Dorvan")} <= set(links)


def test_an_unknown_owner_of_a_named_district_is_a_place() -> None:
    links = named_links("Residents fled Dorvan's Upper Telun region after the clashes.", "LOCATED_IN")
    assert ("Upper Telun", "Dorvan") in links

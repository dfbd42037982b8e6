"""Places a text owns by a possessive or calls by a settlement's noun, whatever the NER took their names for: each
construction on a sentence written for its test, naming places no gazetteer lists."""

from __future__ import annotations

import pytest
from conftest import label_as_read, links_by_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The rebels hold Zandoria's capital Tirsk and much of the north.", "Tirsk"),  # a settlement's noun before
        ("Drones struck the border town Velkar on Sunday.", "Velkar"),
        ("Guards patrolled Belmaro's coastal town of Patikoa.", "Belmaro"),  # the possessive of a settlement's noun
        ("The militia controls 14 of Ostrana's 17 townships.", "Ostrana"),
    ],
)
def test_a_name_a_settlement_s_noun_calls_or_that_owns_one_is_a_place(text: str, name: str) -> None:
    assert label_as_read(text, name, "Person") == "Location"


def test_a_person_s_title_before_a_name_makes_no_place() -> None:
    assert label_as_read("The town mayor spoke to chairman Velkar on Sunday.", "Velkar", "Person") == "Person"


@pytest.mark.parametrize(
    "text",
    [
        "The militia is strongest in Zandoria's two northern provinces, Kelmet and Oranu, officials said.",
        "It has bases in Zandoria's eastern provinces, especially Kelmet and Oranu, though it has lost ground.",
        "It has carried out raids in Zandoria's border counties of Kelmet and Oranu.",
    ],
)
def test_divisions_listed_after_a_place_s_possessive_lie_in_it(text: str) -> None:
    links = links_by_name(text)
    assert ("Kelmet", "LOCATED_IN", "Zandoria") in links, links
    assert ("Oranu", "LOCATED_IN", "Zandoria") in links, links


def test_a_possessive_before_a_person_s_title_places_no_one() -> None:
    links = links_by_name("Zandoria's provincial governors, Kelmet Oranu and Tirsk Velkar, met on Monday.")
    assert not {(s, o) for s, k, o in links if k == "LOCATED_IN"}, links


def test_a_capital_named_right_after_its_noun_lies_in_the_owner() -> None:
    links = links_by_name("The rebels hold Somalia's capital Velkar and much of the north.")
    assert ("Velkar", "LOCATED_IN", "Somalia") in links, links

"""A division's name the NER does not read as a place, after a place's possessive, "the" or a place and a comma: a
Location the place rules then put in its owner, and the places listed after it in it."""

from __future__ import annotations

import pytest
from conftest import graph_of

from graph.gazetteer import load_gazetteer
from loaders.division_names import division_names
from loaders.nlp import load_nlp

pytestmark = pytest.mark.model


def located(text: str) -> set[tuple[str, str]]:
    """The LOCATED_IN pairs of a one-sentence graph, by name."""
    kg = graph_of(text)
    return {(kg.g.nodes[s]["name"], kg.g.nodes[o]["name"]) for s, o, t in kg.g.edges(keys=True) if t == "LOCATED_IN"}


def names_read(text: str) -> dict[str, str]:
    """The division names read in a sentence with no other mention given, and their labels."""
    return {m.text: m.label for m in division_names(load_nlp()(text), [], load_gazetteer())}


def test_a_region_named_after_a_state_s_possessive_is_a_place() -> None:
    found = names_read("Ukraine says its troops clashed with North Korean soldiers in Russia's Kursk region.")
    assert found.get("Kursk") == "Location", found  # the NER reads "Kursk" here as a product


def test_places_listed_after_the_districts_of_an_untagged_name_lie_in_it() -> None:
    found = located("The rebels operate from camps in the south Balaghat districts of Bijapur, Sukma and Dantewada.")
    assert {("Bijapur", "Balaghat"), ("Sukma", "Balaghat"), ("Dantewada", "Balaghat")} <= found, found


def test_a_name_owned_by_no_place_is_left_to_the_other_rules() -> None:
    assert "Kursk" not in names_read("Wagner's Kursk unit withdrew on Monday.")
    assert "Kursk" not in names_read("A Kursk region official said so.")


def test_a_division_s_noun_the_tagger_reads_as_a_proper_noun_still_names_a_division() -> None:
    # the tagger takes this lowercase "province" for part of a name
    found = located(
        "The raid hit Bandi, a marshy island garrison in Chad's Dabra province close to the border with Niger."
    )
    assert {("Bandi", "Dabra"), ("Dabra", "Chad")} <= found, found


def test_a_division_set_after_a_place_and_a_comma_is_a_place_that_holds_it() -> None:
    text = "Drones struck a fuel depot in Valuyki, Oskol region, on Sunday night."
    found = names_read(text)
    assert found.get("Oskol") == "Location", found
    assert ("Valuyki", "Oskol") in located(text)


def test_a_comma_after_no_place_places_no_division() -> None:
    assert "Oskol" not in names_read("The soldiers said, Oskol region officials fled.")

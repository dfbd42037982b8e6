"""Who was killed or struck, told in ways the plain "X killed Y" does not: a group's members listed after a named
victim, a companion "along with" a victim, a second victim whose verb is left out, a subject stressed by "itself";
each construction on a sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import graph_of, named_links

pytestmark = pytest.mark.model


def attacked(text: str) -> set[tuple[str, str]]:
    """Each ATTACKED link of the graph of one document, by its ends' names."""
    return set(named_links(text, "ATTACKED"))


@pytest.mark.parametrize(
    "text",
    [
        "Turkish drones killed Omar Haddad and two other members of the PKK near Sinjar on Monday.",
        "Omar Haddad and three members of the PKK were killed by Turkey near Sinjar on Monday.",
    ],
)
def test_members_listed_after_a_named_victim_were_their_groups_people(text: str) -> None:
    found = attacked(text)
    assert {("Turkey", "Omar Haddad"), ("Turkey", "PKK")} <= found, found


def test_a_companion_along_with_a_victim_was_killed_too() -> None:
    found = attacked("Samir Nasser was killed along with Yusuf Barakat in an Israeli air strike near Khan Younis.")
    assert {("Israel", "Samir Nasser"), ("Israel", "Yusuf Barakat")} <= found, found


def test_a_companion_together_with_a_victim_was_killed_too() -> None:
    found = attacked("Samir Nasser was killed together with Yusuf Barakat in an Israeli strike in May.")
    assert ("Israel", "Yusuf Barakat") in found, found


def test_what_a_victim_was_killed_with_is_no_companion() -> None:
    found = attacked("Samir Nasser was killed with a Russian rifle by Hamas gunmen near Khan Younis.")
    assert found == {("Hamas", "Samir Nasser")}, found


def test_a_second_victim_whose_verb_is_left_out_was_killed_by_the_same_side() -> None:
    found = attacked("Israeli troops killed Samir Nasser in August 2021 and Yusuf Barakat in a raid later that year.")
    assert {("Israel", "Samir Nasser"), ("Israel", "Yusuf Barakat")} <= found, found


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah had itself attacked Israel in October, days before the talks.",
        "The Houthis have themselves struck Saudi Arabia many times since 2015.",
    ],
)
def test_a_subject_stressed_by_a_reflexive_did_the_deed(text: str) -> None:
    found = attacked(text)
    assert found & {("Hezbollah", "Israel"), ("Houthis", "Saudi Arabia")}, found


@pytest.mark.parametrize(
    "text",
    [
        "Governor Khamis Abakar was abducted and killed in El Geneina on Tuesday.",
        "Khamis Abakar was abducted and killed by the RSF in El Geneina.",
        "Khamis Abakar was kidnapped and then shot dead in El Geneina.",
        "Two Hamas commanders were wounded and killed in the Israeli strike on Rafah.",
    ],
)
def test_whoever_a_passive_harm_hits_is_hit_by_the_harm_coordinated_with_it_not_its_author(text: str) -> None:
    kg = graph_of(text)
    blamed = {kg.g.nodes[s]["name"] for s, _, k in kg.g.edges(keys=True) if k == "BLAMED_FOR"}
    assert not blamed & {"Khamis Abakar", "Hamas"}, blamed


def test_the_killer_of_an_active_harm_coordinated_with_another_is_still_its_author() -> None:
    found = named_links("The RSF abducted and killed Khamis Abakar in El Geneina.", "ATTACKED")
    assert ("Rapid Support Forces", "Khamis Abakar") in found, found
    kg = graph_of("Governor Khamis Abakar was abducted and killed in El Geneina on Tuesday.")
    targeted = {kg.g.nodes[o]["name"] for _, o, k in kg.g.edges(keys=True) if k == "TARGETED"}
    assert targeted == {"Khamis Abakar"}, targeted

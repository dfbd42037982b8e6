"""Branches named by their parent and a place (loaders/branch_names.py) and acronyms that act
(loaders/unread_acronyms.py), each on a sentence written for its test."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def nodes(text: str) -> dict[str, str]:
    """Each node's name with its label."""
    return {d["name"]: d["label"] for _, d in graph_of(text).g.nodes(data=True)}


def test_a_parent_place_and_province_are_one_branch() -> None:
    text = "Villagers fled after the Islamic Caliphate Lake Kivu Province raided three farms on Tuesday."
    found = nodes(text)
    assert found.get("Islamic Caliphate Lake Kivu Province") == "Organization"


def test_a_parent_and_place_heading_the_phrase_are_one_branch() -> None:
    text = "The Caliphate Army Tanzania claimed the attack on Monday."
    assert nodes(text).get("Caliphate Army Tanzania") == "Organization"


def test_an_acronym_hyphened_to_a_place_is_one_branch() -> None:
    text = "Donors in Durban sent money to ISCP-Mozambique, the officials said."
    found = nodes(text)
    assert found.get("ISCP-Mozambique") == "Organization"


def test_a_body_before_a_place_that_modifies_a_noun_is_no_branch() -> None:
    text = "The Zarqa Brotherhood Gaza chief was killed in an air strike."
    assert "Zarqa Brotherhood Gaza" not in nodes(text)


def test_an_acronym_that_claims_an_attack_is_an_organisation() -> None:
    text = "Police in the north said ZNLF claimed the attack on the bridge."
    assert nodes(text).get("ZNLF") == "Organization"


def test_an_acronym_that_is_sanctioned_is_an_organisation() -> None:
    text = "On Friday the government sanctioned QRBM and two of its commanders."
    assert nodes(text).get("QRBM") == "Organization"


def test_a_demonym_before_a_known_place_names_a_place_not_a_branch() -> None:
    text = "Smugglers used the Portuguese Basque Country as a sanctuary for years."
    found = nodes(text)
    assert found.get("Portuguese Basque Country") != "Organization"

"""A unit a group's name qualifies did its deed for the group, and a deed reported inside a relative clause is its
noun's (loaders/blame_phrases.py: `unit_owners`, `gap_subject`): "a Hamza Division cell carried out the killing", "an
al-Shabaab unit staged the bombing", "a cell it said had carried out the killing", "the group they said had staged
the raid"; each on sentences written for its test."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model

TOLD = "Mohammed Abdul Latif was shot dead in al-Bab in October 2022. "
KILLING = ("Hamza Division", "Al-Bab killing")


@pytest.mark.parametrize(
    "said",
    [
        "A Hamza Division cell carried out the killing.",
        "Police arrested a Hamza Division cell which had carried out the killing.",
        "Police arrested members of a Hamza Division cell that carried out the killing.",
        "The Third Legion arrested members of a Hamza Division cell it said had carried out the killing.",
        "Police named the Hamza Division, the group they said had carried out the killing.",
    ],
)
def test_a_unit_of_a_group_or_a_noun_a_relative_clause_reports_on_did_the_deed(said: str) -> None:
    assert named_links(TOLD + said, "BLAMED_FOR") == {KILLING: "asserted"}


@pytest.mark.parametrize(
    "said",
    [
        "A Hamza Division cell condemned the killing.",
        "A police unit carried out a raid in al-Bab a week later.",
        "A Turkish-backed cell carried out the killing.",
        "Police named the Hamza Division, the group they said had condemned the killing.",
        "Police arrested a man they said had carried out the killing.",
    ],
)
def test_a_unit_of_no_group_another_verb_or_a_person_blames_no_group(said: str) -> None:
    assert KILLING not in named_links(TOLD + said, "BLAMED_FOR")
    assert "Turkey" not in {s for s, _ in named_links(TOLD + said, "BLAMED_FOR")}

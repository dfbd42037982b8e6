""" "A court convicted A and B of the bombing, and acquitted a third, C": the person after an ordinal is the next of
the people blamed in the sentence (loaders/ordinal_suspects.py), as the ordinal's own verb says; and helping an
incident ("accused of financing the bombing") is a part in it. Sentences written for these tests (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


def blamed_for(text: str) -> dict[str, str]:
    """Each person or group blamed for an incident of the text, with the certainty of its link."""
    return {subject: certainty for (subject, _), certainty in named_links(text, "BLAMED_FOR").items()}


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        (
            "A court in Kano convicted two men, Ali Musa and Omar Bile, of the bombing of a market in Kano in 2019,"
            " and acquitted a third, Musa Sani.",
            "negated",
        ),
        (
            "Police charged Ali Musa and Omar Bile over the bombing of a market in Kano; a third man, Musa Sani, was"
            " charged a week later.",
            "alleged",
        ),
        (
            "A court convicted Ali Musa and Omar Bile over the bombing of a market in Kano; a third, Musa Sani, is"
            " serving a life sentence.",
            "asserted",
        ),
    ],
)
def test_the_person_after_an_ordinal_is_the_next_one_blamed(text: str, certainty: str) -> None:
    found = blamed_for(text)
    assert found.get("Ali Musa") and found.get("Musa Sani") == certainty, found


def test_the_person_after_an_ordinal_told_of_by_another_verb_is_not_blamed() -> None:
    text = "Police charged Ali Musa over the bombing of a market in Kano; a second man, Musa Sani, was shot in a raid."
    found = blamed_for(text)
    assert "Ali Musa" in found and "Musa Sani" not in found, found


def test_financing_an_incident_one_is_accused_of_is_a_part_in_it() -> None:
    found = blamed_for("Prosecutors accused Omar Bile of financing the bombing of a market in Kano in 2019.")
    assert found.get("Omar Bile") == "alleged", found

"""A spokesperson who claims a deed claims it for the group spoken for (the ontology: BLAMED_FOR from whoever is said
to have done it; the spokesperson works for the group and did not do it); each construction on a sentence written for
its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import named_links as links

pytestmark = pytest.mark.model

RAID = "Gunmen raided a police post in Garissa on Friday, killing three officers. "


def blamed(text: str) -> set[str]:
    """The names of every actor blamed for an incident."""
    return {s for s, _ in links(text, "BLAMED_FOR")}


@pytest.mark.parametrize(
    "claim",
    [
        "Al-Shabaab's spokesman, Abdiasis Abu Musab, claimed the raid.",
        "Abdiasis Abu Musab, a spokesman for al-Shabaab, claimed responsibility for the raid.",
        "Al-Shabaab spokesman Abdiasis Abu Musab claimed responsibility for the raid.",
    ],
)
def test_a_named_spokesman_claims_the_incident_for_his_group(claim: str) -> None:
    assert {n.lower() for n in blamed(RAID + claim)} == {"al-shabaab"}


@pytest.mark.parametrize(
    "claim",
    [
        "A spokesman for al-Shabaab claimed responsibility for the raid.",
        "Al-Shabaab issued a statement on Saturday. Its spokesman claimed the raid.",
        "A spokeswoman for al-Shabaab took credit for the raid.",
    ],
)
def test_an_unnamed_spokesman_claims_the_incident_for_the_group_he_speaks_for(claim: str) -> None:
    assert {n.lower() for n in blamed(RAID + claim)} == {"al-shabaab"}


def test_the_spokesman_still_works_for_the_group() -> None:
    found = links(RAID + "Abdiasis Abu Musab, a spokesman for al-Shabaab, claimed the raid.", "WORKS_FOR")
    assert {(p, g.lower()) for p, g in found} == {("Abdiasis Abu Musab", "al-shabaab")}, found


def test_a_person_who_is_no_spokesman_still_claims_for_himself() -> None:
    assert "Abdiasis Abu Musab" in blamed(RAID + "Abdiasis Abu Musab claimed responsibility for the raid.")

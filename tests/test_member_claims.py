"""A serving member who claims a deed claims it for the group as well (gold lays the incident on both: "A, a commander
of X, claimed responsibility"); a former member, or one who left the group, claims only for himself; each construction
on a sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import named_links as links

pytestmark = pytest.mark.model

RAID = "Gunmen raided a police post in Garissa on Friday, killing three officers. "


def blamed(text: str) -> set[str]:
    """The names of every actor blamed for an incident, lower-cased."""
    return {s.lower() for s, _ in links(text, "BLAMED_FOR")}


@pytest.mark.parametrize(
    "claim",
    [
        "Hours later, Abdi Warsame, a commander of al-Shabaab, claimed responsibility for the raid.",
        "Abdi Warsame, a senior leader in al-Shabaab, claimed the raid in a video.",
        "Abdi Warsame, a militant with al-Shabaab, took credit for the raid.",
        "Al-Shabaab's commander, Abdi Warsame, claimed the raid.",
        "Abdi Warsame, described as a commander of al-Shabaab, claimed responsibility for the raid.",
    ],
)
def test_a_members_claim_blames_his_group_too(claim: str) -> None:
    assert {"abdi warsame", "al-shabaab"} <= blamed(RAID + claim)


@pytest.mark.parametrize(
    "claim",
    [
        "Abdi Warsame, a former commander of al-Shabaab, claimed the raid.",
        "Abdi Warsame, a commander of al-Shabaab who left the group in 2019, claimed the raid.",
        "Abdi Warsame, a commander of al-Shabaab, condemned the raid.",
        "Abdi Warsame, a commander of al-Shabaab, did not claim the raid.",
    ],
)
def test_no_claim_for_the_group_from_a_former_member_or_without_a_claim(claim: str) -> None:
    assert "al-shabaab" not in blamed(RAID + claim)


@pytest.mark.parametrize(
    "claim",
    [
        "The raid was claimed by Abdi Warsame, a commander of al-Shabaab.",
        "The raid, which was claimed by Abdi Warsame, a commander of al-Shabaab, shocked the town.",
        "The raid was claimed by al-Shabaab's commander, Abdi Warsame.",
        "The raid was claimed in a video by Abdi Warsame, described as a commander of al-Shabaab.",
    ],
)
def test_a_claim_by_a_member_in_the_passive_blames_his_group_too(claim: str) -> None:
    assert {"abdi warsame", "al-shabaab"} <= blamed(RAID + claim)


@pytest.mark.parametrize(
    "claim",
    [
        "The raid was claimed by Abdi Warsame, a former commander of al-Shabaab.",
        "The raid was claimed by Abdi Warsame, a commander of al-Shabaab who left the group in 2019.",
        "The raid was condemned by Abdi Warsame, a commander of al-Shabaab.",
    ],
)
def test_no_passive_claim_for_the_group_from_a_former_member_or_without_a_claim(claim: str) -> None:
    assert "al-shabaab" not in blamed(RAID + claim)

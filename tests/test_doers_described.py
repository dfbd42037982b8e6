"""A name set beside a doer noun of an incident ("A, the gunman in the attack", "A, one of the gunmen in the
assault") is blamed for the incident the noun's phrase names, or the one told last (`incident_doer_nouns`,
`incident_parts.doer_clause_preps` of `seeds/relations.yaml`, `loaders/incident_parts.doers_described`); each phrasing
on sentences written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model

RAID = "Gunmen stormed a hotel in Mogadishu on Friday, killing 20 people. "


@pytest.mark.parametrize(
    "text",
    [
        "Police named Ahmed Nur, the gunman in the attack on the hotel.",
        "A court jailed Ahmed Nur, one of the gunmen in the attack on the hotel, for life.",
        "Ahmed Nur, the one gunman taken alive from the attack, was hanged in 2012.",
        "Ahmed Nur, the bomber killed in the attack, was a student.",
        "Police named Ahmed Nur, one of the attackers, as a student from Kismayo.",
    ],
)
def test_a_name_described_as_a_doer_of_the_incident_is_blamed_for_it(text: str) -> None:
    found = named_links(RAID + text, "BLAMED_FOR")
    assert found.get(("Ahmed Nur", "Mogadishu attack")) == "asserted", found


@pytest.mark.parametrize(
    "text",
    [
        "Ahmed Nur, one of the victims of the attack, was a teacher.",  # the one hit
        "Ahmed Nur, the gunman's brother, spoke to reporters.",  # a relative, no doer
        "Ahmed Nur, one of the survivors of the attack, spoke to reporters.",  # the one hit
    ],
)
def test_a_name_described_as_no_doer_is_not_blamed(text: str) -> None:
    found = named_links(RAID + text, "BLAMED_FOR")
    assert ("Ahmed Nur", "Mogadishu attack") not in found, found

"""A reference back that points at what was just told ("those attacks", "that bombing"; loaders/incident_references.py)
means the nearest incident that fits, even one told in passing, not the page's own told further back; "the massacre"
means no killing of one person."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model

TOLD = (
    "A suicide bomber killed 30 worshippers at a mosque in Quetta on Sunday. The massacre revived memories of January "
    "2013, when bombings on Alamdar Road killed nearly 100 people. Families then refused for days to bury the dead. "
)


def test_those_attacks_are_the_ones_just_told() -> None:
    found = named_links(TOLD + "Those attacks were claimed by Lashkar-e-Jhangvi.", "BLAMED_FOR")
    assert {o for s, o in found if s == "Lashkar-e-Jhangvi"} == {"Alamdar Road bombings"}, found


def test_the_attack_is_still_the_page_s_own() -> None:
    found = named_links(TOLD + "The attack was claimed by Lashkar-e-Jhangvi.", "BLAMED_FOR")
    assert "Alamdar Road bombings" not in {o for s, o in found if s == "Lashkar-e-Jhangvi"}, found


def test_the_massacre_is_no_killing_of_one_person() -> None:
    text = (
        "Omar Sangare was killed by Malian troops in March 2020. Officials blamed the massacre on Jama'at Nusrat "
        "al-Islam wal-Muslimin."
    )
    found = named_links(text, "BLAMED_FOR")
    assert ("JNIM", "Omar Sangare killing") not in found, found

"""A coalition named in an earlier sentence and referred to as the owner of its members ("Its factions include")."""

from __future__ import annotations

from conftest import links_of


def test_its_factions_include_names_members_of_the_body_named_before() -> None:
    text = (
        "The Popular Mobilization Forces were set up in 2014 to fight the jihadists. "
        "Its factions include the Badr Organization and Kataib Hezbollah."
    )
    found = links_of(text)
    assert ("badr-organization", "MEMBER_OF", "popular-mobilization-units") in found, found
    assert ("kataib-hezbollah", "MEMBER_OF", "popular-mobilization-units") in found, found


def test_its_allies_include_names_no_members() -> None:
    text = (
        "The Popular Mobilization Forces were set up in 2014 to fight the jihadists. "
        "Its allies include the Badr Organization."
    )
    assert ("badr-organization", "MEMBER_OF", "popular-mobilization-units") not in links_of(text)

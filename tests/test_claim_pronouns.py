"""A claim of a deed is a group's word: "it" as the subject of "claimed the bombing" stands for the organisation named
before, not for a state named nearer (a state says it struck; it does not claim an attack); "it claimed that ..."
claims a clause and is left as it was (the rules alone, on sentences written for the test)."""

from __future__ import annotations

from conftest import links_by_name


def blamed(text: str) -> set[tuple[str, str]]:
    """Each BLAMED_FOR link, by its ends' names."""
    return {(s, o) for s, t, o in links_by_name(text) if t == "BLAMED_FOR"}


def test_it_that_claims_a_bombing_is_the_group_not_the_state_named_nearer() -> None:
    text = (
        "The Sarawak Liberation Front was founded in 2009 in the hills near Kapit. "
        "Malaysia has fought it for a decade. "
        "It claimed the June 2017 bombing of a bus station in Sibu."
    )
    found = blamed(text)
    assert ("Sarawak Liberation Front", "Sibu bombing") in found, found
    assert not any(subject == "Malaysia" for subject, _ in found), found


def test_it_that_claims_responsibility_is_the_group() -> None:
    text = (
        "The Sarawak Liberation Front was founded in 2009 in the hills near Kapit. "
        "Malaysia has fought it for a decade. "
        "It claimed responsibility for an ambush on a police convoy near Sibu in May."
    )
    found = blamed(text)
    assert not any(subject == "Malaysia" for subject, _ in found), found

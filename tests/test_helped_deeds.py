"""Whoever helped do a deed ("carried out the bombing with the help of X", "had been carried out with the support of
X") is BLAMED_FOR the incident too, as certain as the clause says it."""

from __future__ import annotations

from conftest import named_links


def test_the_helpers_of_the_bombers_are_blamed_for_the_bombing() -> None:
    blamed = named_links(
        "Gunmen bombed a church in Marawi on Sunday, killing 12. Two suicide bombers carried out the bombing with the "
        "help of Maute Group militants, the army said.",
        "BLAMED_FOR",
    )
    assert ("Maute group", "Marawi attack") in blamed, blamed


def test_support_alleged_for_a_passive_deed_is_alleged() -> None:
    blamed = named_links(
        "A car bomb hit a convoy of engineers in Gwadar on Tuesday. The minister alleged that the attack had been "
        "carried out with the support of the Baloch Liberation Front.",
        "BLAMED_FOR",
    )
    assert blamed.get(("Balochistan Liberation Front", "Gwadar car bomb")) == "alleged", blamed


def test_help_given_to_no_deed_blames_no_one() -> None:
    blamed = named_links(
        "A car bomb hit a convoy in Gwadar on Tuesday. The Baloch Liberation Front opened an office with the help of "
        "local traders.",
        "BLAMED_FOR",
    )
    assert not blamed, blamed

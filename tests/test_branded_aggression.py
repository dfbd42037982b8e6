"""A side's deed named as its aggression (loaders/branded_aggression.py), each case on a sentence written for it."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def opposed(text: str) -> set[tuple[str, str]]:
    """Each OPPOSES link the rules find in the text, as (subject, object) ids."""
    return {(s, o) for s, o, k in graph_of(text).g.edges(keys=True) if k == "OPPOSES"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Hezbollah called the air strikes on Beirut a cowardly Israeli aggression.", ("hezbollah", "israel")),
        ("Tehran said the drills answered what it called American aggression in the Gulf.", ("iran", "united-states")),
        ("Hezbollah said the group would fight until Israel's aggression ends.", ("hezbollah", "israel")),
        ("Hamas said the Israeli enemy had bombed the camp overnight.", ("hamas", "israel")),
        ('Hezbollah said it "holds the Israeli enemy responsible for this crime".', ("hezbollah", "israel")),
    ],
)
def test_whoever_speaks_of_a_sides_aggression_opposes_that_side(text: str, pair: tuple[str, str]) -> None:
    found = opposed(text)
    assert pair in found, found


def test_aggression_that_names_no_doer_opposes_no_one() -> None:
    assert not opposed("The report describes an act of aggression against civilians in the north.")


def test_a_thing_a_side_owns_is_no_speaker_of_aggression() -> None:
    found = opposed("The Council said it would act should Iran's support for Russia's aggression continue.")
    assert ("iran", "russia") not in found, found


def test_an_enemy_named_by_its_owner_or_set_beside_a_name_is_no_speakers_enemy() -> None:
    found = opposed("The US designated Hezbollah, the Israeli enemy, in 1997.")
    assert ("united-states", "israel") not in found, found

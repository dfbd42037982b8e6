"""Blame whose second phrase the parser hangs higher than its first: "linked X to the blasts in A, in B, and to the
poisoning of C" ("and to" on the place set off), "accused X of orchestrating attacks in A, including the bombing of
B" ("including" on "accused"): the incident of the second phrase is laid on X as well, as certain as the clause.
Sentences written for the test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model

UNIT = "Unit 4410 is a covert unit of the Zarvanian army. "
BORN = "Tomas Varga was born in Dondo. "


@pytest.mark.parametrize(
    "text",
    [
        "The unit has been linked by investigators to the 2014 explosions at depots in Beira, in Sofala province, and "
        "to the poisoning of Elena Hudak in Chimoio in 2018.",
        "Investigators have tied the unit to the 2014 explosions at depots in Beira, in Sofala province, and to the "
        "poisoning of Elena Hudak in Chimoio.",
        "Prosecutors linked Unit 4410 to the 2014 blasts in Beira, near the Malawian border, and to the 2018 poisoning "
        "of Elena Hudak in Chimoio.",
    ],
)
def test_a_second_linking_phrase_after_a_place_set_off_is_linked_too(text: str) -> None:
    found = named_links(UNIT + text, "BLAMED_FOR")
    assert {e for s, e in found if s == "Unit 4410"} >= {"Chimoio poisoning"}, found
    assert len({e for s, e in found if s == "Unit 4410"}) == 2, found


def test_a_denied_link_denies_both_phrases() -> None:
    text = "Unit 4410 was not linked to the 2014 blasts in Beira, in Sofala province, nor to the 2018 poisoning of "
    found = named_links(UNIT + text + "Elena Hudak in Chimoio.", "BLAMED_FOR")
    assert set(found.values()) == {"negated"} and len(found) == 2, found


def test_a_place_set_off_then_another_verb_links_nothing_more() -> None:
    text = "Unit 4410 was linked to the 2014 blasts in Beira, in Sofala province, and moved to Chimoio in 2018."
    assert len(named_links(UNIT + text, "BLAMED_FOR")) == 1, named_links(UNIT + text, "BLAMED_FOR")


@pytest.mark.parametrize(
    "text",
    [
        "Israel accused him of orchestrating attacks in the territory, including the 2014 bombing of a market in "
        "Beira.",
        "Police accused Tomas Varga of carrying out several attacks this year, including the 2014 bombing of a market "
        "in Beira.",
        "Tomas Varga was accused of staging raids in the north, including the 2014 bombing of a market in Beira.",
        "The government blamed Tomas Varga for launching attacks on the police, including the 2014 bombing of a market "
        "in Beira.",
    ],
)
def test_an_example_hung_on_the_blame_verb_is_laid_on_the_accused(text: str) -> None:
    assert named_links(BORN + text, "BLAMED_FOR") == {("Tomas Varga", "Beira bombing"): "alleged"}


def test_no_example_without_an_incident() -> None:
    text = "Israel accused him of orchestrating attacks in the territory, including in Beira."
    assert not named_links(BORN + text, "BLAMED_FOR")

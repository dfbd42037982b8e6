"""An organisation that acts "from" bases, camps, hideouts or strongholds in a place, with no owner named for them, is
based there (`DocReader._acted_from`): "X launched raids from bases in Y", "X and Z re-entered the state from camps in
Y", "X struck Z from hideouts in Y", "X fighters returned from camps in Y"; not a group that drives another, frees
people or seizes things from bases, one driven out in the passive, nor people with no group. Each on sentences written
for its test, the rules alone."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


def _based(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in links_by_name(text) if t == "BASED_IN"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Tigers Front launched raids from bases in Karvia.", {("Tigers Front", "Karvia")}),
        (
            "The Tigers Front and the Lion Army re-entered the state from camps in Karvia.",
            {("Tigers Front", "Karvia"), ("Lion Army", "Karvia")},
        ),
        ("The Tigers Front has long struck Belvo from hideouts in Karvia.", {("Tigers Front", "Karvia")}),
        ("The Tigers Front fighters returned from camps in Karvia.", {("Tigers Front", "Karvia")}),
        ("The Tigers Front, which attacks from strongholds in Karvia, denied the claim.", {("Tigers Front", "Karvia")}),
    ],
)
def test_a_group_acting_from_bases_in_a_place_is_based_there(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _based(text)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The Belvo Army drove the Tigers Front from bases in Karvia.", "Belvo Army"),  # whose bases: unsaid
        ("The Lion Army freed hostages from camps in Karvia.", "Lion Army"),  # someone else's camps
        ("The Lion Army seized weapons from bases in Karvia.", "Lion Army"),
        ("The Tigers Front was driven from bases in Karvia.", "Tigers Front"),  # driven out, in the passive
    ],
)
def test_no_base_for_a_group_taking_people_or_things_from_bases(text: str, group: str) -> None:
    assert (group, "Karvia") not in _based(text)


def test_people_returning_from_camps_place_no_group() -> None:
    assert not _based("Refugees returned from camps in Karvia.")

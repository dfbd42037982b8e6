"""Whoever leads a delegation the page names only by its government works for the page's state
(loaders/state_delegations.py), on sentences written for the tests (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model

TALKS = (
    "Malawi and the Chilumba Liberation Front opened talks in Lusaka on Monday. Malawi called the first day useful. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The government delegation was led by Grace Banda.",
        "The front and a government delegation led by Grace Banda signed a ceasefire on Tuesday.",
        "A government team headed by Grace Banda presented a draft accord.",
    ],
)
def test_the_leader_of_a_government_delegation_works_for_the_page_state(sentence: str) -> None:
    found = links_by_name(TALKS + sentence)
    assert ("Grace Banda", "WORKS_FOR", "Malawi") in found, found


def test_the_leader_of_a_group_delegation_does_not_work_for_the_state() -> None:
    found = links_by_name(TALKS + "The front's delegation was led by Grace Banda.")
    assert ("Grace Banda", "WORKS_FOR", "Malawi") not in found, found

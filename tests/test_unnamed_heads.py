"""A head's title given as a verb's second object follows the verb's certainty: "did not name X its leader" denies
the naming, as "did not name X as its leader" does (loaders/syntax.py ``second_object``), on sentences written for
the tests (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import certainties_of

pytestmark = pytest.mark.model

PAGE = "Rebels regroup\n\nThe Northern Front met in the hills on Monday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Northern Front did not name Adam Musa its leader.",
        "The Northern Front never elected Adam Musa its chairman.",
        "The Northern Front did not name Adam Musa as its leader.",
        "Adam Musa was not named leader of the Northern Front.",
        "The Northern Front has not appointed Adam Musa its commander.",
    ],
)
def test_a_head_not_named_to_his_post_is_denied(sentence: str) -> None:
    found = certainties_of(PAGE + sentence + "\n")
    assert found.get(("adam-musa", "LEADS", "northern-front")) in {None, "negated"}, found


@pytest.mark.parametrize(
    "sentence",
    [
        "The Northern Front named Adam Musa its leader.",
        "The army did not arrest Adam Musa, the Northern Front's leader.",
        "The Northern Front did not attack the town, its leader Adam Musa said.",
    ],
)
def test_a_head_named_or_described_beside_a_denial_stays_asserted(sentence: str) -> None:
    found = certainties_of(PAGE + sentence + "\n")
    assert found.get(("adam-musa", "LEADS", "northern-front")) == "asserted", found

"""Who directs an act is not who it is done to, each construction on a sentence written for its test."""

from __future__ import annotations

import pytest
from conftest import links_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, at the direction of President Sisi, Egyptian jets struck Hamas fighters in Rafah.",
        "Egyptian jets struck at the behest of Qatar on Monday.",
    ],
)
def test_the_one_at_whose_direction_a_strike_is_made_is_not_struck(text: str) -> None:
    found = links_of(text)
    assert not any(t == "ATTACKED" and o in {"abdel-fattah-el-sisi", "qatar"} for s, t, o in found), found

"""Who does what a gerund after "of" names (loaders/gerund_subjects.py), each case on a sentence written for it."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def opposed(text: str) -> set[tuple[str, str]]:
    """Each OPPOSES link the rules find in the text, as (subject, object) ids."""
    return {(s, o) for s, o, k in graph_of(text).g.edges(keys=True) if k == "OPPOSES"}


@pytest.mark.parametrize(
    "text",
    [
        "Sandu accused Moscow of trying to fight Moldova.",
        "Sandu accused Moscow of seeking to destabilise Moldova.",
    ],
)
def test_the_one_accused_of_an_attempt_does_the_act_attempted(text: str) -> None:
    found = opposed(text)
    assert ("russia", "moldova") in found, found


def test_an_act_refused_is_no_attempt() -> None:
    found = opposed("Sandu accused Moscow of refusing to fight Moldova.")
    assert ("russia", "moldova") not in found, found

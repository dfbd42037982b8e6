"""Who an incident was aimed at, told by the noun "target" ("X was the target of the bombing", "the target of the
strike was X", "X, one of the targets of the raid") or a passive verb of aiming ("the strike was aimed at X"); each
construction on sentences written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import named_links as links

pytestmark = pytest.mark.model

BLAST = "A car bomb exploded outside a hotel in Baidoa on Tuesday. "


@pytest.mark.parametrize(
    "said",
    [
        "Police said Hassan Farah was the target of the bombing.",
        "The target of the bombing was Hassan Farah, police said.",
        "Hassan Farah, the target of the bombing, was unhurt.",
        "Hassan Farah was one of the targets of the bombing, police said.",
    ],
)
def test_the_one_a_target_noun_names_was_what_the_incident_targeted(said: str) -> None:
    targeted = {o for _, o in links(BLAST + said, "TARGETED")}
    assert "Hassan Farah" in targeted, targeted


def test_what_an_incident_was_aimed_at_it_targeted() -> None:
    text = (
        "Russian missiles struck a hotel in Kharkiv on Monday. The strike was aimed at the Azov Brigade, Moscow said."
    )
    targeted = {o for _, o in links(text, "TARGETED")}
    assert "Azov Brigade" in targeted, targeted


def test_a_target_of_no_incident_is_no_target() -> None:
    text = BLAST + "Hassan Farah was the target of criticism from the opposition, police said."
    assert "Hassan Farah" not in {o for _, o in links(text, "TARGETED")}

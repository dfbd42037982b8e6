"""A relative clause after a list of names: its verb's number says whether it describes the last name or all of them,
each construction on a sentence written for its test."""

from __future__ import annotations

import pytest
from conftest import links_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Clashes erupted between the Tiger Brigade and the Sudanese Armed Forces, which is led by Omar Bashiri.",
        "The Tiger Brigade has fought the Sudanese Armed Forces and its rival Hamas, which is led by Omar Bashiri.",
    ],
)
def test_a_singular_relative_clause_after_a_list_describes_its_last_name(text: str) -> None:
    found = links_of(text)
    led = {o for s, t, o in found if s == "omar-bashiri" and t == "LEADS"}
    assert len(led) == 1, found
    assert "tiger-brigade" not in led, found


def test_a_plural_relative_clause_after_a_list_describes_every_name() -> None:
    found = links_of("Clashes erupted between Hamas and Fatah, which are backed by Qatar.")
    assert {("qatar", "FUNDS", "hamas"), ("qatar", "FUNDS", "fatah")} <= found, found

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


def test_a_singular_verb_after_a_list_of_people_is_the_last_one_s() -> None:
    found = links_of("Its commanders include Ali Saleh, Omar Bashiri and Khalid Nasser, who heads the Tiger Brigade.")
    heads = {s for s, t, o in found if t == "LEADS" and o == "tiger-brigade"}
    assert heads == {"khalid-nasser"}, found

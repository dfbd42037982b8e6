"""Titles before a name: a role held in a state's body named after the state's possessive ("Chad's interior
ministry spokesman X") is held in that body, and a title reads back only to the end of the clause before it (a body
named before a semicolon or colon is not the body of the title). Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def links(text: str) -> set[tuple[str, str, str]]:
    """Each relationship the text states, by node ids."""
    kg = graph_of(text, "2024-05-05", "rules")
    return {(s, k, o) for s, o, k in kg.g.edges(keys=True)}


def test_a_spokesman_of_a_state_s_ministry_works_for_the_ministry() -> None:
    found = links("Chad's interior ministry spokesman, Idriss Moussa, said the convoy had been turned back.")
    assert any(s == "idriss-moussa" and k == "WORKS_FOR" and "interior-ministry" in o for s, k, o in found)


def test_a_state_s_minister_still_works_for_the_state() -> None:
    found = links("Chad's interior minister, Idriss Moussa, said the convoy had been turned back.")
    assert ("idriss-moussa", "WORKS_FOR", "chad") in found


def test_a_body_before_a_semicolon_is_not_the_body_of_the_next_title() -> None:
    found = links("Shells fell close to UN posts; Prime Minister Mark Volden blamed the rebels for the firing.")
    assert not any(s == "mark-volden" and o == "united-nations" for s, _, o in found)


def test_a_body_in_the_title_itself_is_still_read() -> None:
    found = links("Shells fell close to the posts; UN Secretary-General Antonio Guterres condemned the firing.")
    assert ("antonio-guterres", "LEADS", "united-nations") in found

"""A role held in a state's body named after the state's possessive ("Chad's interior ministry spokesman X")
is held in that body. Sentences written for these tests."""

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

"""A person who takes over an organisation heads it (the ontology: the head, former heads too, LEADS), also as one
clause of a list of successions; each construction on a sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def leads(text: str) -> set[tuple[str, str]]:
    """Each LEADS link, by its ends' ids."""
    return {(s, o) for s, o, k in graph_of(text).g.edges(keys=True) if k == "LEADS"}


def test_a_takeover_in_a_list_of_successions_gives_its_own_head() -> None:
    found = leads("Jamal Farah replaced Yusuf Warsame as leader of al-Shabaab, while Musa Hirsi took over the Amniyat.")
    assert {("jamal-farah", "al-shabaab"), ("yusuf-warsame", "al-shabaab"), ("musa-hirsi", "amniyat")} <= found, found
    assert ("musa-hirsi", "al-shabaab") not in found, found


def test_taking_over_the_leadership_from_someone_makes_both_heads() -> None:
    found = leads("Musa Hirsi took over the leadership of the Amniyat from Yusuf Warsame in 2016.")
    assert {("musa-hirsi", "amniyat"), ("yusuf-warsame", "amniyat")} <= found, found


def test_a_group_taking_over_a_town_heads_nothing() -> None:
    assert not leads("Hezbollah took over the town of Qusayr in 2013.")


def test_each_by_of_a_list_of_successors_names_a_successor() -> None:
    found = leads(
        "Omar Nassar led the Harbor Front until 2013. He was succeeded by Tamer Jaber, killed in another strike in "
        "2015, and then by Usama Karimi, a former commander."
    )
    assert {("tamer-jaber", "harbor-front"), ("usama-karimi", "harbor-front")} <= found, found

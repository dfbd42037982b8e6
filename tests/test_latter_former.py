""" "The latter" and "the former" stand for the last and the first of the two actors of one label named just before;
for no one when the two differ in label. Each construction on a sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_of

pytestmark = pytest.mark.model

PAIR = "Hamas and Hezbollah issued statements on Monday. "


def test_the_latter_is_the_second_of_the_pair() -> None:
    found = links_of(PAIR + "The latter is backed by Iran.")
    assert ("iran", "FUNDS", "hezbollah") in found, found
    assert ("iran", "FUNDS", "hamas") not in found, found


def test_the_former_is_the_first_of_the_pair() -> None:
    found = links_of(PAIR + "The former is backed by Iran.")
    assert ("iran", "FUNDS", "hamas") in found, found
    assert ("iran", "FUNDS", "hezbollah") not in found, found


def test_the_latter_in_a_later_clause_of_the_same_sentence() -> None:
    found = links_of("Qatar hosts the Taliban and Hamas, and the latter is backed by Iran.")
    assert ("iran", "FUNDS", "hamas") in found, found


def test_a_pair_of_a_person_and_a_group_gives_no_link() -> None:
    found = links_of("Ismail Haniyeh met Hezbollah officials in Beirut. The latter is backed by Iran.")
    assert not {link for link in found if link[1] == "FUNDS"}, found


def test_the_former_before_a_title_is_no_reference() -> None:
    found = links_of(PAIR + "The former leader of Hezbollah, Abbas al-Musawi, was killed in 1992.")
    assert ("abbas-al-musawi", "LEADS", "hezbollah") in found, found
    assert not {link for link in found if link[0] == "hamas"}, found

"""Bases counted by a word before them ("dozens of outposts", "a network of camps"): whoever set them up is based
where they are, as with "three outposts"; whoever attacked them is not."""

from __future__ import annotations

from conftest import links_of


def test_dozens_of_outposts_set_up_place_the_group_that_set_them_up() -> None:
    text = "Over the past year the Kivu Liberation Front has set up dozens of outposts in Masisi territory."
    assert ("kivu-liberation-front", "BASED_IN", "masisi") in links_of(text)


def test_a_network_of_camps_near_a_town_places_its_builder() -> None:
    text = "The Allied Democratic Forces has built a network of camps near Beni."
    assert ("allied-democratic-forces", "BASED_IN", "beni") in links_of(text)


def test_dozens_of_outposts_attacked_do_not_place_the_attacker() -> None:
    text = "The Kivu Liberation Front attacked dozens of outposts in Masisi territory last week."
    assert ("kivu-liberation-front", "BASED_IN", "masisi") not in links_of(text)

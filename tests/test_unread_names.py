"""A name the rules could not read still holds its place: "It" after "X has attacked Chad", X a name no mention covers,
stands for X, not for Chad named beside it, and so does "it" in "X said that it had seized Y"; and a state that owns,
describes or places an unread name ("Chad's Tuareg militia", "the Islamic Resistance in Chad") does not act for it."""

from __future__ import annotations

from conftest import links_by_name


def test_it_after_an_unread_name_is_not_the_state_that_name_attacked() -> None:
    links = links_by_name(
        "The Tuareg Jama'a has attacked Chad before. It claimed the June 2017 bombing of a market in Abeche."
    )
    assert not any(s == "Chad" and t == "BLAMED_FOR" for s, t, _ in links), links


def test_it_after_a_read_name_is_that_name() -> None:
    links = links_by_name(
        "The Zarqa Brigades has attacked Chad before. It claimed the June 2017 bombing of a market in Abeche."
    )
    assert ("Zarqa Brigades", "BLAMED_FOR", "Abeche bombing") in links, links


def test_a_capitalised_first_word_is_no_unread_name() -> None:
    links = links_by_name(
        "The Zarqa Brigades has fought Chad's army since 2019. Clashes flared again in May. "
        "In June the group bombed a market in Abeche."
    )
    assert ("Zarqa Brigades", "BLAMED_FOR", "Abeche attack") in links, links


def test_a_state_owning_an_unread_name_does_not_act_for_it() -> None:
    links = links_by_name("Chad's Tuareg militia claimed the bombing of a market in Abeche.")
    assert not any(s == "Chad" and t == "BLAMED_FOR" for s, t, _ in links), links


def test_the_state_an_unread_name_is_placed_in_does_not_act_for_it() -> None:
    links = links_by_name("France blamed the Islamic Resistance in Chad for the bombing of a market in Abeche.")
    assert not any(s == "Chad" and t == "BLAMED_FOR" for s, t, _ in links), links


def test_what_an_unread_name_says_it_did_is_not_the_deed_of_an_actor_named_before() -> None:
    links = links_by_name(
        "Mali's army withdrew from Menaka on Friday. The Tuareg Jama'a said on Sunday that it had seized Menaka."
    )
    assert not any(t == "ATTACKED" for _, t, _ in links), links

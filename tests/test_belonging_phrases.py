"""Belonging read from phrases that name it indirectly: what a group was set up "as", the body a role's own name
gives over where its holder comes from, and the groups listed as examples after "of"; on sentences written for the
test."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


def tied(links: set[tuple[str, str, str]], a: str, b: str) -> bool:
    """Whether an AFFILIATED_WITH link (symmetric, stored in either direction) joins the two actors."""
    return (a, "AFFILIATED_WITH", b) in links or (b, "AFFILIATED_WITH", a) in links


def test_a_group_set_up_as_an_offshoot_is_tied_to_its_parent() -> None:
    links = links_by_name("The Kivu Front was established in 2013 as an offshoot of the Lake Union, a militia.")
    assert tied(links, "Kivu Front", "Lake Union"), links


def test_a_group_set_up_as_a_faction_is_a_member() -> None:
    links = links_by_name("The Kivu Front was formed in 2015 as a faction of the Lake Union.")
    assert ("Kivu Front", "MEMBER_OF", "Lake Union") in links, links


def test_a_role_whose_own_body_is_named_before_it_is_not_of_the_place_he_comes_from() -> None:
    links = links_by_name(
        "The group's first emir, Hafiz Rahim Khan, a former TTP commander from Bajaur Agency, was killed in July 2016."
    )
    assert ("Hafiz Rahim Khan", "MEMBER_OF", "Tehrik-i-Taliban Pakistan") in links, links
    assert not any(s == "Hafiz Rahim Khan" and "Bajaur" in o for s, _, o in links), links


@pytest.mark.parametrize("word", ["aligned", "linked"])
def test_groups_listed_after_the_noun_an_of_phrase_hangs_on(word: str) -> None:
    links = links_by_name(
        f"The Treasury announced designations of Iran-{word} militia groups in Iraq, including Kataib al-Nasr "
        "and Liwa al-Fajr."
    )
    assert tied(links, "Kataib al-Nasr", "Iran") and tied(links, "Liwa al-Fajr", "Iran"), links


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("The strike killed senior commander Hassan Karaki and other members of the Radwan Force.", ["Hassan Karaki"]),
        ("Police arrested Omar Farouk, Ali Musa and three other members of Boko Haram.", ["Omar Farouk", "Ali Musa"]),
    ],
)
def test_people_named_before_other_members_are_members_too(text: str, people: list[str]) -> None:
    links = links_by_name(text)
    whole = "Radwan Force" if "Radwan" in text else "Boko Haram"
    assert all((p, "MEMBER_OF", whole) in links for p in people), links


def test_a_head_named_before_other_leaders_is_not_made_one_of_them() -> None:
    links = links_by_name("He met Political Bureau Chief Ismail Haniyeh and other senior leaders of Hamas.")
    assert ("Ismail Haniyeh", "MEMBER_OF", "Hamas") not in links, links


def test_the_groups_an_alliance_groups_are_its_members() -> None:
    links = links_by_name("The Northern Alliance groups the Kachin Army and the Shan Front.")
    assert ("Kachin Army", "MEMBER_OF", "Northern Alliance") in links, links
    assert ("Shan Front", "MEMBER_OF", "Northern Alliance") in links, links


def test_what_follows_as_describes_the_object_of_an_active_verb_not_its_subject() -> None:
    links = links_by_name("The Valley Front, which India banned in 2023 as a proxy for Lashkar-e-Taiba, denied it.")
    assert ("Lashkar-e-Taiba", "FUNDS", "Valley Front") in links, links
    assert not any("India" in (s, o) for s, t, o in links if t in {"FUNDS", "ALLIED_WITH"}), links


@pytest.mark.parametrize(
    "text",
    [
        "In 2016 the Kivu Front announced that it had cut its ties to the Lake Union.",
        "The Kivu Front has said it broke ties with the Lake Union in 2016.",
    ],
)
def test_groups_that_cut_their_ties_were_tied(text: str) -> None:
    links = links_by_name(text)
    assert tied(links, "Kivu Front", "Lake Union"), links
    assert not any(t == "OPPOSES" for _, t, _ in links), links


def test_states_that_cut_their_ties_oppose_each_other() -> None:
    links = links_by_name("Kinshasa cut diplomatic ties with Kigali on Saturday.")
    assert ("Democratic Republic of the Congo", "OPPOSES", "Rwanda") in links, links


def test_a_group_that_cut_its_ties_with_a_state_is_not_made_its_affiliate() -> None:
    links = links_by_name("The Kivu Front cut its ties with Iran in 2019.")
    assert not tied(links, "Kivu Front", "Iran"), links

"""Stances between actors said in more ways (OPPOSES, ALLIED_WITH; loaders/hostility.py), each construction on a
sentence written for its test."""

from __future__ import annotations

import pytest
from conftest import graph_of, links_of

pytestmark = pytest.mark.model


def typed(text: str, rel_type: str) -> set[tuple[str, str]]:
    """Each link of one type the rules find in the text, as (subject, object) ids."""
    return {(s, o) for s, o, k in graph_of(text).g.edges(keys=True) if k == rel_type}


@pytest.mark.parametrize(
    "text",
    [
        "Mediators in Cairo tried to settle the bitter dispute between Hamas and Fatah.",
        "The rift between Hamas and Fatah widened after the vote.",
    ],
)
def test_a_dispute_or_a_rift_between_two_sides_sets_each_against_the_other(text: str) -> None:
    found = typed(text, "OPPOSES")
    assert {("hamas", "fatah"), ("fatah", "hamas")} <= found, found


def test_a_dispute_with_someone_opposes_them() -> None:
    assert ("hamas", "fatah") in typed("Hamas has a long-running dispute with Fatah over the crossings.", "OPPOSES")


def test_a_rival_named_after_its_owner_and_a_possessive_opposes_it_both_ways_and_is_no_body_of_it() -> None:
    text = "The region has endured years of raids by Hamas and its rival Fatah."
    found = typed(text, "OPPOSES")
    assert {("hamas", "fatah"), ("fatah", "hamas")} <= found, found
    assert ("fatah", "MEMBER_OF", "hamas") not in links_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Sahwa Councils, the umbrella formed in 2006 to fight al-Qaeda, answered to the governor.",
        "The Sahwa Councils, a network of tribal militias created in 2006 to combat al-Qaeda, answered to Baghdad.",
    ],
)
def test_a_body_founded_to_fight_someone_opposes_them(text: str) -> None:
    assert ("sahwa-councils", "al-qaeda") in typed(text, "OPPOSES")


def test_a_body_founded_for_another_purpose_opposes_no_one() -> None:
    text = "The Sahwa Councils, the umbrella formed in 2006 to guard the roads, answered to the governor."
    assert not typed(text, "OPPOSES")


def test_who_worked_alongside_another_side_is_its_ally() -> None:
    found = typed("The Haqqani network has worked alongside the Pakistani Taliban for years.", "ALLIED_WITH")
    assert any({"haqqani-network"} <= {s, o} for s, o in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Israel launched Operation Protective Edge against Hamas in July 2014.",
        "Israel's Operation Protective Edge against Hamas lasted fifty days.",
    ],
)
def test_who_launched_or_owns_a_named_operation_against_someone_opposes_them(text: str) -> None:
    assert ("israel", "hamas") in typed(text, "OPPOSES")


def test_who_condemned_a_named_operation_against_someone_opposes_no_one_by_it() -> None:
    assert not typed("Hamas condemned Operation Protective Edge against Gaza.", "OPPOSES")


def test_an_ally_named_second_after_a_role_of_another_body_is_the_described_persons_ally() -> None:
    text = "Marwan Issa, the leader of the Amal Movement and Hezbollah's closest political ally, met the envoy."
    assert any({"hezbollah"} <= {s, o} for s, o in typed(text, "ALLIED_WITH")), typed(text, "ALLIED_WITH")


def test_an_ally_of_a_body_named_only_by_a_reference_after_a_role_names_no_ally() -> None:
    text = "Marwan Issa, the leader of the Amal Movement and the Shia movement's closest ally, met the envoy."
    assert not typed(text, "ALLIED_WITH")


@pytest.mark.parametrize(
    "text",
    [
        "Egypt's foreign ministry condemned Hamas over the rocket fire.",
        "The Egyptian foreign ministry condemned Hamas over the rocket fire.",
    ],
)
def test_a_states_foreign_ministry_named_by_its_state_stands_for_it_in_hostility(text: str) -> None:
    assert ("egypt", "hamas") in typed(text, "OPPOSES")


@pytest.mark.parametrize(
    "text",
    [
        "Hamas fought Fatah for control of Gaza in 2007.",
        "Fatah, the rival movement that fought Hamas over the Gaza crossings, lost.",
    ],
)
def test_sides_that_fight_each_other_for_a_prize_oppose_each_other_both_ways(text: str) -> None:
    found = typed(text, "OPPOSES")
    assert {("hamas", "fatah"), ("fatah", "hamas")} <= found, found


def test_fighting_someone_somewhere_opposes_one_way() -> None:
    assert ("fatah", "hamas") not in typed("Hamas fought Fatah in Gaza in 2007.", "OPPOSES")


def test_sides_that_fought_alongside_each_other_are_allies() -> None:
    found = typed("Hamas and Islamic Jihad have fought alongside one another since 2021.", "ALLIED_WITH")
    assert any({"hamas"} < {s, o} for s, o in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Hamas has refused to stop attacking Fatah despite the appeals.",
        "Hamas continued to attack Fatah through the winter.",
    ],
)
def test_attacks_kept_up_against_a_side_oppose_it(text: str) -> None:
    assert ("hamas", "fatah") in typed(text, "OPPOSES")


def test_attacks_stopped_oppose_no_one() -> None:
    assert not typed("Hamas stopped attacking Fatah in May.", "OPPOSES")


def test_who_urges_another_side_to_withdraw_opposes_it() -> None:
    assert ("egypt", "israel") in typed("Egypt urged Israel to withdraw its troops from the Rafah crossing.", "OPPOSES")


def test_who_urges_another_side_to_do_something_else_opposes_no_one() -> None:
    assert not typed("Egypt urged Israel to accept the truce.", "OPPOSES")


def test_a_state_s_forces_named_by_its_demonym_are_a_side_of_a_fight_between_sides() -> None:
    found = typed("Fighting between Kenyan troops and al-Shabaab resumed on Friday.", "OPPOSES")
    assert {("kenya", "al-shabaab"), ("al-shabaab", "kenya")} <= found, found


def test_a_state_s_forces_named_by_its_demonym_are_a_side_of_a_joint_act() -> None:
    found = typed(
        "The coup disrupted joint border patrols between the Malian army and Nigerien security forces.", "ALLIED_WITH"
    )
    assert any({"mali", "niger"} == {s, o} for s, o in found), found


def test_forces_named_by_two_demonyms_stand_for_neither_state() -> None:
    found = typed("Fighting between Malian and French troops and al-Qaeda resumed near Gao.", "OPPOSES")
    assert not {("mali", "al-qaeda"), ("france", "al-qaeda")} & found, found


def test_who_fought_alongside_a_state_s_army_named_by_its_demonym_is_the_state_s_ally() -> None:
    found = typed("Ugandan troops have fought alongside the Congolese army against the ADF rebels.", "ALLIED_WITH")
    assert any({"uganda", "democratic-republic-of-the-congo"} == {s, o} for s, o in found), found

"""A state's men named by no one ("troops", "soldiers", "state forces") stand for the state the page is about; for the
state's army when the page named one and they act; for no one when they are set apart as another's ("Rwandan troops",
"troops of the mission") or their sentence names another state (loaders/state_force_references.py), on sentences
written for the tests (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model

MALAWI = (
    "Malawi has fought the Chilumba Liberation Front in its northern hills since 2019. "
    "Malawi's president refused talks with the group in March. "
)


def test_soldiers_killed_by_a_group_are_the_state_it_attacked() -> None:
    found = links_by_name(
        MALAWI + "Chilumba Liberation Front fighters ambushed a convoy near Karonga, killing six soldiers."
    )
    assert ("Chilumba Liberation Front", "ATTACKED", "Malawi") in found, found


def test_a_person_killed_by_troops_was_attacked_by_the_state() -> None:
    found = links_by_name(MALAWI + "Its founder, Yohane Mkandawire, was killed by troops near Karonga in June 2021.")
    assert ("Malawi", "ATTACKED", "Yohane Mkandawire") in found, found


def test_troops_that_act_on_a_page_that_named_its_army_are_that_army() -> None:
    found = links_by_name(
        MALAWI
        + "The Malawian Army sent two battalions north. "
        + "Its founder, Yohane Mkandawire, was killed by troops near Karonga in June 2021."
    )
    assert ("Malawi", "ATTACKED", "Yohane Mkandawire") not in found, found
    assert any(s != "Malawi" and t == "ATTACKED" and o == "Yohane Mkandawire" for s, t, o in found), found


def test_troops_in_a_sentence_naming_another_state_are_not_the_page_state() -> None:
    found = links_by_name(
        MALAWI + "Zambia sent troops, and they killed Yohane Mkandawire, the group's founder, near Karonga in June."
    )
    assert ("Malawi", "ATTACKED", "Yohane Mkandawire") not in found, found


def test_troops_set_apart_by_an_owner_are_not_the_page_state() -> None:
    found = links_by_name(MALAWI + "Yohane Mkandawire was killed by troops of the regional mission in June 2021.")
    assert ("Malawi", "ATTACKED", "Yohane Mkandawire") not in found, found


def test_government_forces_are_the_page_state_not_the_backer_named_last() -> None:
    found = links_by_name(
        MALAWI
        + "The group says it receives no help from Tanzania. "
        + "Its founder, Yohane Mkandawire, was killed by government forces near Karonga in June 2021."
    )
    assert ("Malawi", "ATTACKED", "Yohane Mkandawire") in found, found
    assert ("Tanzania", "ATTACKED", "Yohane Mkandawire") not in found, found

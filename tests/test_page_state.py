"""The state a page is about is the country it names first and again, not the one it names most
(loaders/page_state.py), on sentences written for the tests (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_of

pytestmark = pytest.mark.model

NEIGHBOUR_NAMED_MOST = (
    "Senegal's army fought the rebels near the border on Monday. Gambia closed its side of the border, Gambian "
    "police patrolled it and Gambia's officials said Gambia would not let the fighters cross. Senegal said the "
    "operation was over. "
)


def test_a_title_naming_no_state_serves_the_state_named_first_not_the_neighbour_named_most() -> None:
    found = links_of(NEIGHBOUR_NAMED_MOST + "President Amadou Kelly said the army would stay.")
    assert ("amadou-kelly", "LEADS", "senegal") in found, found
    assert ("amadou-kelly", "LEADS", "gambia") not in found, found


def test_the_government_stands_for_the_state_named_first_not_the_neighbour_named_most() -> None:
    found = links_of(NEIGHBOUR_NAMED_MOST + "The government said its soldiers had killed Ousmane Diallo.")
    assert ("senegal", "ATTACKED", "ousmane-diallo") in found, found
    assert not any(s == "gambia" for s, _, _ in found), found


@pytest.mark.parametrize("noun", ["junta", "regime"])
def test_the_junta_stands_for_the_state_named_first_not_the_neighbour_named_most(noun: str) -> None:
    found = links_of(NEIGHBOUR_NAMED_MOST + f"The {noun} said its soldiers had killed Ousmane Diallo.")
    assert ("senegal", "ATTACKED", "ousmane-diallo") in found, found
    assert not any(s == "gambia" for s, _, _ in found), found


def test_the_junta_named_before_as_such_is_that_body_not_the_state() -> None:
    found = links_of(
        "Myanmar's State Administration Council shelled Laiza on Monday. Myanmar said the operation was over. "
        "The junta said its soldiers had killed Naw Seng."
    )
    assert ("state-administration-council", "ATTACKED", "naw-seng") in found, found
    assert ("myanmar", "ATTACKED", "naw-seng") not in found, found


TWO_STATES_OPENING = (
    "Guinea closed its border with Liberia on Tuesday after a week of clashes. Liberia denied sending fighters, "
    "Liberian troops stayed in their barracks and Liberia's officials called for talks. Guinea said the crossings "
    "would stay shut. Traders waited at the gates with their goods. "
)


def test_a_minister_serves_the_state_the_opening_sentence_has_act_when_it_names_two_states() -> None:
    found = links_of(TWO_STATES_OPENING + "Interior Minister Moussa Camara said the army would patrol the roads.")
    assert ("moussa-camara", "WORKS_FOR", "guinea") in found, found
    assert ("moussa-camara", "WORKS_FOR", "liberia") not in found, found


def test_no_state_is_the_pages_when_the_opening_sentence_has_both_act() -> None:
    found = links_of(
        "Guinea and Liberia closed their border on Tuesday. Liberia and Guinea said talks would follow. "
        "Traders waited at the gates with their goods. "
        "Interior Minister Moussa Camara said the army would patrol the roads."
    )
    assert not any(s == "moussa-camara" and o in {"guinea", "liberia"} for s, _, o in found), found


def test_no_state_is_the_pages_when_another_state_qualifies_a_subject_of_the_opening_sentence() -> None:
    found = links_of(
        "Guinea shelled Voinjama as Liberian troops left the town on Tuesday. Liberia denied sending fighters and "
        "Liberia's officials called for talks. Guinea said the crossings would stay shut. Traders waited at the "
        "gates with their goods. Interior Minister Moussa Camara said the army would patrol the roads."
    )
    assert not any(s == "moussa-camara" and o in {"guinea", "liberia"} for s, _, o in found), found


def test_a_demonym_telling_where_a_group_comes_from_does_not_choose_the_pages_state() -> None:
    found = links_of(
        "Gunmen from the Malian militant group Katiba Serma stormed a school in northern Niger on Friday. Niger "
        "said 30 pupils were killed and Niger's army hunted the attackers. Mali denied that the group had bases on "
        "its soil, and Mali's officials called for talks. Parents waited outside the hospital. "
        "President Idrissa Kane declared three days of mourning."
    )
    assert ("idrissa-kane", "LEADS", "niger") in found, found
    assert ("idrissa-kane", "LEADS", "mali") not in found, found


def test_a_state_named_only_by_its_demonym_is_the_pages_state() -> None:
    found = links_of(
        "Separatists bombed a French police station in Bastia on Monday. French officials said no one was hurt, "
        "and French troops guarded the port. Police searched the hills for the bombers. "
        "Interior Minister Paul Garnier said the state would not give way."
    )
    assert ("paul-garnier", "WORKS_FOR", "france") in found, found


def test_the_government_stands_for_the_state_named_most_when_the_page_opens_on_one_named_once() -> None:
    found = links_of(
        "A charity in Norway said on Monday that it had sent two doctors. Gunmen attacked a market in Kenya on "
        "Sunday. Kenya sent police to the area, and Kenyan officials said Kenya would hunt the attackers. "
        "The government said its soldiers had killed Omar Farah."
    )
    assert ("kenya", "ATTACKED", "omar-farah") in found, found
    assert not any(s == "norway" for s, _, _ in found), found

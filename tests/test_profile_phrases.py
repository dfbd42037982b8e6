"""Constructions of think-tank group profiles (history, successions, allegiances, factions, references back), each
on sentences written for the test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import graph_of, links_of

pytestmark = pytest.mark.model


def test_the_group_after_a_name_with_a_preposition_in_it_is_that_group() -> None:
    text = (
        "The Polisario Front is based in Tindouf. Al-Qaeda in the Islamic Maghreb, meanwhile, is commanded by Abu "
        "Obaida Yusuf al-Annabi. The group operates from hideouts in Kabylie."
    )
    found = links_of(text)
    assert ("al-qaeda-in-the-islamic-maghreb", "BASED_IN", "kabylie") in found
    assert not any(s == "polisario-front" and o == "kabylie" for s, _, o in found)


def test_its_fighters_belong_to_the_armed_group_not_to_the_state_that_proscribed_it() -> None:
    text = (
        "The United Kingdom proscribed the Real IRA in 2001. Its fighters attacked the BBC's offices in London months "
        "later."
    )
    found = links_of(text)
    assert ("real-ira", "ATTACKED", "bbc") in found
    assert not any(s == "united-kingdom" and k == "ATTACKED" for s, k, _ in found)


@pytest.mark.parametrize("verb", ["formed", "established", "created"])
def test_a_person_who_formed_a_group_leads_it(verb: str) -> None:
    found = links_of(f"The Free Aceh Movement was {verb} in 1976 by Hasan di Tiro, a businessman from Pidie.")
    assert ("hasan-di-tiro", "LEADS", "free-aceh-movement") in found


def test_allegiance_to_a_leader_named_with_his_group_binds_to_the_group() -> None:
    found = links_of("Jamaat Ansarullah has pledged allegiance to Taliban leader Hibatullah Akhundzada.")
    assert ("jamaat-ansarullah", "MEMBER_OF", "taliban") in found
    assert not any(s == "hibatullah-akhundzada" and k == "AFFILIATED_WITH" for s, k, _ in found)


@pytest.mark.parametrize("role", ["commanders", "figures"])
def test_other_senior_figures_listed_belong_to_the_group_the_paragraph_is_about(role: str) -> None:
    text = (
        "Ansar al-Sharia was founded in 2011 by Abu Iyadh. The group is based in Tunis. "
        f"Other senior {role} include Kamel Zarrouk and Ahmed Rouissi."
    )
    found = links_of(text)
    assert ("kamel-zarrouk", "MEMBER_OF", "ansar-al-sharia") in found
    assert ("ahmed-rouissi", "MEMBER_OF", "ansar-al-sharia") in found


def test_his_deputy_opening_a_sentence_is_the_deputy_of_the_group_he_leads() -> None:
    text = (
        "Ansar al-Sharia was founded in 2011 by Abu Iyadh, who led it until 2015. His deputy, Kamel Zarrouk, was "
        "arrested in Syria."
    )
    assert ("kamel-zarrouk", "DEPUTY_OF", "ansar-al-sharia") in links_of(text)


def test_a_name_beside_his_deputy_is_not_made_the_deputy() -> None:
    text = (
        "Abu Iyadh leads Ansar al-Sharia. He kept in contact with Mokhtar Belmokhtar, his deputy Omar Ould Hamaha "
        "and other jihadists."
    )
    assert not any(s == "mokhtar-belmokhtar" and k == "DEPUTY_OF" for s, k, _ in links_of(text))


def test_the_groups_a_merger_joined_are_members_of_the_group_it_made() -> None:
    found = links_of(
        "Hayat Tahrir al-Sham was formed in January 2017 through the merger of Jabhat Fateh al-Sham, Harakat Nour "
        "al-Din al-Zenki and Liwa al-Haqq."
    )
    assert ("harakat-nour-al-din-al-zenki", "MEMBER_OF", "hayat-tahrir-al-sham") in found
    assert ("liwa-al-haqq", "MEMBER_OF", "hayat-tahrir-al-sham") in found


def test_a_merger_a_body_was_formed_by_joins_its_groups_to_it() -> None:
    found = links_of(
        "The Sahel Liberation Front was created in 2019 by the merger of the Tunisian Liberation Army and the Free "
        "Hawks Brigade."
    )
    assert ("tunisian-liberation-army", "MEMBER_OF", "sahel-liberation-front") in found
    assert ("free-hawks-brigade", "MEMBER_OF", "sahel-liberation-front") in found


def test_a_merger_that_only_did_something_to_a_body_joins_no_groups_to_it() -> None:
    found = links_of(
        "The Sahel Liberation Front was weakened in 2019 by the merger of the Tunisian Liberation Army and the Free "
        "Hawks Brigade."
    )
    assert not {s for s, k, o in found if k == "MEMBER_OF" and o == "sahel-liberation-front"}, found


@pytest.mark.parametrize("both", ["Both groups", "The two groups"])
def test_both_groups_stand_for_the_two_groups_named_before(both: str) -> None:
    text = (
        "The Badr Organization is led by Hadi al-Amiri. Kataib Sayyid al-Shuhada is led by Abu Alaa al-Walai. "
        f"{both} are members of the Popular Mobilization Forces."
    )
    found = links_of(text)
    members = {s for s, k, o in found if k == "MEMBER_OF" and o == "popular-mobilization-units"}
    assert members == {"badr-organization", "kataib-sayyid-al-shuhada"}


def certainty(text: str, link: tuple[str, str, str]) -> str:
    """The certainty of the first evidence the text gives for a link."""
    subject, rel_type, obj = link
    return graph_of(text).g.edges[subject, obj, rel_type]["evidence"][0].certainty


def test_a_hedge_in_a_clause_of_its_own_leaves_the_first_clause_asserted() -> None:
    backing = ("algeria", "FUNDS", "polisario-front")
    both = "The Polisario Front receives weapons and training from Algeria, and Cuba has reportedly sent instructors."
    assert certainty(both, backing) == "asserted"
    assert certainty("The Polisario Front reportedly receives weapons from Algeria.", backing) == "alleged"


def test_a_known_persons_name_followed_by_another_family_name_is_another_person() -> None:
    text = "Hafiz Saeed Khan, a former commander of the Pakistani Taliban, was killed in a drone strike in 2016."
    kg = graph_of(text)
    names = {d["name"] for _, d in kg.g.nodes(data=True) if d.get("label") == "Person"}
    assert names == {"Hafiz Saeed Khan"}

"""Who succeeded whom, read once the page's heads are known: the one succeeded led what his successor leads in the same
sentence ("X, president of Y, when he succeeded Z"; "Z was succeeded by X, who leads the group"), and a head's
predecessor named beside him leads his state. Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import links_by_name, named_links

pytestmark = pytest.mark.model


def test_the_one_a_president_succeeded_led_his_state() -> None:
    found = links_by_name(
        "The siege was the first major attack in the capital since President Abdi Warsame Farah of Somalia took "
        "office in May, succeeding Ahmed Yusuf Gedi."
    )
    assert ("Ahmed Yusuf Gedi", "LEADS", "Somalia") in found, found


def test_the_one_a_party_leader_succeeded_in_the_post_led_the_party() -> None:
    found = links_by_name(
        "The National Renewal Party is led by its chairman, Omar Khalidi, who succeeded Samir Haddad in the post "
        "in 2021."
    )
    assert ("Samir Haddad", "LEADS", "National Renewal Party") in found, found


def test_a_heads_predecessor_named_beside_him_led_his_state() -> None:
    found = links_by_name(
        "President Daniel Okafor of Nigeria sent troops to the north in March, reversing a withdrawal ordered by "
        "his predecessor, Samuel Adeyemi."
    )
    assert ("Samuel Adeyemi", "LEADS", "Nigeria") in found, found


def test_a_successor_to_a_ministers_post_named_after_as_is_not_read_here() -> None:
    found = links_by_name(
        "Omar Khalidi, who leads the National Renewal Party, succeeded Samir Haddad as finance minister."
    )
    assert ("Samir Haddad", "LEADS", "National Renewal Party") not in found, found


FOUNDED = "The Kivu Patriots Movement was founded by Paul Kito in 2009. Kito was killed in 2015. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Jean Baraka succeeded him as leader and expanded the group.",  # a bare post after "as"
        "Jean Baraka succeeded Kito as leader.",  # the one succeeded by name
        "He was succeeded by Jean Baraka.",  # passive, no post
        "Jean Baraka replaced him as emir.",  # another verb and post
        "Kito's successor, Jean Baraka, was arrested in 2018.",  # a successor named beside him
        "Jean Baraka succeeded Kito.",  # no post at all
    ],
)
def test_a_successor_leads_the_one_body_the_one_he_succeeded_led_on_the_page(sentence: str) -> None:
    found = links_by_name(FOUNDED + sentence)
    assert ("Jean Baraka", "LEADS", "Kivu Patriots Movement") in found, found


@pytest.mark.parametrize(
    "text",
    [
        FOUNDED + "Jean Baraka succeeded him as spokesman.",  # not a head's post
        FOUNDED + "Jean Baraka succeeded him as defence minister.",  # a post of another body
        FOUNDED + "Jean Baraka succeeded him as head of the Goma Traders Union.",  # the body named: that one
        # the one succeeded led two bodies: neither
        "Paul Kito founded the Kivu Patriots Movement in 2009 and led the Goma Traders Union. Jean Baraka succeeded "
        "him as leader.",
    ],
)
def test_a_successor_to_another_post_or_of_a_head_of_several_bodies_leads_none_of_his(text: str) -> None:
    found = links_by_name(text)
    assert ("Jean Baraka", "LEADS", "Kivu Patriots Movement") not in found, found


def test_a_denied_succession_is_a_denied_lead() -> None:
    found = named_links(FOUNDED + "Jean Baraka did not succeed him as leader.", "LEADS")
    assert found.get(("Jean Baraka", "Kivu Patriots Movement")) == "negated", found

"""Who founded or leads a body, told by "set up" (a verb of founding with its particle, loaders/extract.py), by a
clause on the group noun a copula says the body is (loaders/syntax.py) or by "presided over by"; each on a sentence
written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The Free Hawks Front was set up in 2011 by Walid Haddad.",
        "Walid Haddad set up the Free Hawks Front in 2011.",
        "Walid Haddad, who set up the Free Hawks Front in 2011, was arrested in Tunis.",
    ],
)
def test_setting_up_a_body_is_founding_it(text: str) -> None:
    assert ("Walid Haddad", "LEADS", "Free Hawks Front") in links_by_name(text)


def test_setting_up_a_thing_leads_no_one() -> None:
    links = links_by_name("Walid Haddad set up a checkpoint outside Tunis on Monday.")
    assert not {t for _, t, _ in links if t == "LEADS"}, links


def test_a_body_set_up_in_a_place_is_based_there() -> None:
    links = links_by_name("The Free Hawks Front, an armed group set up in Tunisia in 2011, denied the report.")
    assert ("Free Hawks Front", "BASED_IN", "Tunisia") in links


@pytest.mark.parametrize(
    "text",
    [
        "The Free Hawks Front is an armed group that was founded in 2011 by Walid Haddad.",
        "The Free Hawks Front is a militia which is led by Walid Haddad.",
        "The Free Hawks Front is a militia led by Walid Haddad.",
    ],
)
def test_a_clause_on_the_group_a_body_is_said_to_be_tells_of_the_body(text: str) -> None:
    assert ("Walid Haddad", "LEADS", "Free Hawks Front") in links_by_name(text)


def test_a_backer_of_the_group_a_body_is_said_to_be_backs_the_body() -> None:
    links = links_by_name("The Free Hawks Front is a militia backed by Iran.")
    assert ("Iran", "FUNDS", "Free Hawks Front") in links


def test_a_group_noun_no_clause_describes_stands_for_no_body() -> None:
    links = links_by_name("The Free Hawks Front is a faction of the Tunisian Liberation Army, Walid Haddad said.")
    assert ("Free Hawks Front", "MEMBER_OF", "Tunisian Liberation Army") in links
    assert not {t for s, t, _ in links if s == "Walid Haddad" and t == "LEADS"}, links


@pytest.mark.parametrize(
    "text",
    [
        "The Sahel Council, presided over by Walid Haddad, approved the text on Monday.",
        "The Sahel Council is presided over by Walid Haddad.",
    ],
)
def test_the_one_a_body_is_presided_over_by_leads_it(text: str) -> None:
    assert ("Walid Haddad", "LEADS", "Sahel Council") in links_by_name(text)


def test_presiding_over_an_act_leads_no_body() -> None:
    links = links_by_name("Walid Haddad presided over the collapse of the Sahel Liberation Front.")
    assert not {t for _, t, _ in links if t == "LEADS"}, links


def test_whose_founder_after_a_body_named_in_a_persons_apposition_is_the_bodys() -> None:
    found = links_by_name(
        "The cell was set up by Omar Dalo, a former member of the Movement for Unity and Jihad in West Africa "
        "(MUJAO), whose founder, Bakri Hassan, had led the cause since 2011."
    )
    assert ("Bakri Hassan", "LEADS", "Movement for Unity and Jihad in West Africa") in found, found
    assert ("Omar Dalo", "LEADS", "Movement for Unity and Jihad in West Africa") not in found, found


def test_whose_deputy_after_a_person_is_still_the_persons() -> None:
    found = links_by_name("The RSF is commanded by Omar Dalo, whose deputy, Bakri Hassan, was sanctioned in May.")
    assert ("Bakri Hassan", "DEPUTY_OF", "Rapid Support Forces") in found, found

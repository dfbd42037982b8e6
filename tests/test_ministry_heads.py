"""A minister's portfolio names the ministry he leads: "Interior Minister X" leads the page's interior ministry,
"Home Secretary X" its Home Office, and of two states' foreign ministries the one his title or the text gives.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


def test_an_interior_minister_leads_the_interior_ministry_named_before() -> None:
    found = named_links(
        "Gunmen opened fire outside the Interior Ministry in Tegucigalpa on Monday. Honduran Interior Minister "
        "Ramiro Castellanos said two guards had been wounded.",
        "LEADS",
    )
    assert ("Ramiro Castellanos", "Interior Ministry") in {(s, o) for s, o in found if "Interior" in o}, found


def test_a_home_secretary_leads_the_home_office() -> None:
    found = named_links(
        "The Home Office proscribed the network on Friday. Home Secretary Priya Lankester said its members had "
        "planned attacks on synagogues.",
        "LEADS",
    )
    assert any(s == "Priya Lankester" and "Home Office" in o for s, o in found), found


def test_a_foreign_minister_leads_his_own_states_ministry_not_the_other() -> None:
    found = named_links(
        "Iran's foreign ministry defended the strikes, while Iraq's foreign ministry summoned the Iranian envoy. "
        "Iraqi Foreign Minister Samir Daoudi called the strike an aggression.",
        "LEADS",
    )
    led = {o for s, o in found if s == "Samir Daoudi"}
    assert any("Iraq" in o for o in led) and not any("Iran" in o for o in led), found


def test_a_deputy_minister_is_the_ministrys_deputy() -> None:
    text = "The Defence Ministry took over the contracts. Deputy Defence Minister Pavel Orlin toured the bases."
    assert not any(s == "Pavel Orlin" for s, _ in named_links(text, "LEADS"))
    assert any(s == "Pavel Orlin" and "Defence" in o for s, o in named_links(text, "DEPUTY_OF"))


def test_a_foreign_minister_with_no_state_leads_no_other_states_only_ministry() -> None:
    found = named_links(
        "Fighting resumed near the port on Tuesday. The Chinese Foreign Ministry urged restraint. Talks between "
        "Brazilian and Peruvian delegations, led by Foreign Minister Samir Daoudi, continued in Lima.",
        "LEADS",
    )
    assert not any(s == "Samir Daoudi" and "Chinese" in o for s, o in found), found


def test_a_foreign_minister_with_no_state_leads_the_ministry_of_the_state_his_sentence_names() -> None:
    found = named_links(
        "The Chinese Foreign Ministry urged restraint. Foreign Minister Samir Daoudi said China would send an envoy.",
        "LEADS",
    )
    assert any(s == "Samir Daoudi" and "Chinese" in o for s, o in found), found

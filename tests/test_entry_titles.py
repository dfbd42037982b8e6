"""The titles in the entries of a list of designated people, a person a line, as a sanctions notice sets them out
(the Markdown reader has dropped the bullets): each part that opens with a role and names a body gives the person the
role in it. Each on an entry written for its test."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model

NOTICE = "The Treasury today designated the following individuals.\n"


def test_a_semicolon_entry_gives_each_role_in_its_body() -> None:
    links = links_by_name(
        NOTICE + "HASSAN NASRALLAH, DOB 1960; nationality Lebanon; Gender Male; Deputy Commander of the Quds Force; "
        "Member, Hezbollah; [SDGT].\n"
    )
    assert ("Hassan Nasrallah", "DEPUTY_OF", "Quds Force") in links, links
    assert ("Hassan Nasrallah", "MEMBER_OF", "Hezbollah") in links, links
    assert ("Hassan Nasrallah", "LEADS", "Quds Force") not in links, links


def test_a_dashed_entry_gives_the_head_and_the_one_he_succeeded() -> None:
    links = links_by_name(
        NOTICE + "Qassem Soleimani (a.k.a. Qasem SOLEIMANI; Ghasem SOLEIMANI) - Commander of the Quds Force from "
        "1998, succeeding Ahmad Vahidi. Year of birth: 1957.\n"
    )
    assert ("Qassem Soleimani", "LEADS", "Quds Force") in links, links
    assert ("Ahmad Vahidi", "LEADS", "Quds Force") in links, links


def test_a_line_that_says_more_than_a_name_before_its_dash_is_no_entry() -> None:
    links = links_by_name("Officials said Qassem Soleimani travelled widely - commander of the Quds Force or not.\n")
    assert ("Qassem Soleimani", "LEADS", "Quds Force") not in links, links


def test_the_head_of_a_part_a_body_s_name_qualifies_is_the_body_s_member() -> None:
    links = links_by_name(
        NOTICE + "Tomas Orvane (a.k.a. Tomas ORVANI) - Head of the Hezbollah negotiating delegation since 2019. Year of"
        " birth: 1961.\n"
    )
    assert ("Tomas Orvane", "MEMBER_OF", "Hezbollah") in links, links
    assert ("Tomas Orvane", "LEADS", "Hezbollah") not in links, links


def test_an_entry_heading_a_part_named_by_its_body_does_not_lead_the_body() -> None:
    links = links_by_name(NOTICE + "Idris Tessaro - head of the Varnak Front negotiating team.\n")
    assert ("Idris Tessaro", "LEADS", "Varnak Front") not in links, links

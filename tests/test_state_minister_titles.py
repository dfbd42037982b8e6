"""A state's minister named by his title before his name: "Kenya's Secretary of State X" works for Kenya and heads no
state, as "British Defence Secretary X" does; and a title's word of tenure capitalised at a sentence's start
("Caretaker Prime Minister X") names no body of its own. Sentences written for these tests (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


def test_a_secretary_of_state_works_for_the_state_named_before_the_title() -> None:
    found = links_by_name("Kenya's Secretary of State Jane Wanjiru said the attack on the camp was a crime.")
    assert ("Jane Wanjiru", "WORKS_FOR", "Kenya") in found, found
    assert ("Jane Wanjiru", "LEADS", "Kenya") not in found, found


def test_a_state_head_named_by_his_title_still_leads_the_state() -> None:
    found = links_by_name("Kenyan President Jane Wanjiru said the attack on the camp was a crime.")
    assert ("Jane Wanjiru", "LEADS", "Kenya") in found, found


def test_a_caretaker_head_leads_the_state_the_page_tells_of() -> None:
    found = links_by_name(
        "Lebanon's government met on Monday. Caretaker Prime Minister Omar Haddad said the country would not be "
        "dragged into war."
    )
    assert ("Omar Haddad", "LEADS", "Lebanon") in found, found
    assert not any(o == "Caretaker" for _, _, o in found), found


def test_a_secretary_of_state_leads_the_department_and_works_for_the_state_its_name_gives() -> None:
    found = links_by_name(
        "The US State Department said the talks would resume. Secretary of State Jane Morrow spoke by phone with "
        "the foreign ministers of both countries."
    )
    assert ("Jane Morrow", "LEADS", "US State Department") in found, found
    assert ("Jane Morrow", "WORKS_FOR", "United States") in found, found


def test_an_assistant_secretary_of_state_does_not_lead_the_department() -> None:
    found = links_by_name(
        "The US State Department said the talks would resume. Assistant Secretary of State Jane Morrow spoke by "
        "phone with the foreign ministers of both countries."
    )
    assert ("Jane Morrow", "LEADS", "US State Department") not in found, found

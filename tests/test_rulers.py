""" "X, who ruled the country from 1994" leads the state: "rule" is a verb of leading. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from conftest import links_of

pytestmark = pytest.mark.model


def test_who_ruled_a_state_leads_it() -> None:
    found = links_of("Yahya Jammeh, who ruled Gambia from 1994 until 2017, still lives in exile in Equatorial Guinea.")
    assert ("yahya-jammeh", "LEADS", "gambia") in found, found


def test_a_court_ruling_leads_no_one() -> None:
    found = links_of("The court in Banjul ruled that Yahya Jammeh had no immunity, and Gambia ruled out talks.")
    assert not any(k == "LEADS" for _, k, _ in found), found

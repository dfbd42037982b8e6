"""A co-founder (a role noun or a verb written with "co-") is one of the body's members, not its head
(loaders/role_scope.py); each on a sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


def test_a_co_founder_noun_makes_a_member() -> None:
    links = links_by_name("Abu Hamza al-Tamimi, a Syrian co-founder of the Nusra Front, was arrested in Idlib.")
    assert ("Abu Hamza al-Tamimi", "MEMBER_OF", "Nusra Front") in links
    assert ("Abu Hamza al-Tamimi", "LEADS", "Nusra Front") not in links


def test_a_co_founding_verb_makes_a_member() -> None:
    links = links_by_name("Karim Benali, who co-founded the Nusra Front in 2012, was arrested in Idlib.")
    assert ("Karim Benali", "MEMBER_OF", "Nusra Front") in links
    assert ("Karim Benali", "LEADS", "Nusra Front") not in links


def test_a_sole_founder_still_leads() -> None:
    links = links_by_name("Karim Benali, who founded the Nusra Front in 2012, was arrested in Idlib.")
    assert ("Karim Benali", "LEADS", "Nusra Front") in links

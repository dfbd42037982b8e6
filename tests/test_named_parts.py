"""A body's part named after the part's noun ("its armed wing, the X", "its armed wing, known as X") is a member of
the body (loaders/named_parts.py); each on a sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


def test_a_wing_named_after_its_noun_is_the_owner_s() -> None:
    links = links_by_name("Hamas and its armed wing, the Qassam Brigades, were banned in Paraguay last year.")
    assert ("Qassam Brigades", "MEMBER_OF", "Hamas") in links


def test_a_wing_known_as_a_name_is_the_owner_s() -> None:
    links = links_by_name("After 2019 Hamas struggled to hold together its armed wing, known as the Qassam Brigades.")
    assert ("Qassam Brigades", "MEMBER_OF", "Hamas") in links


def test_a_wing_a_noun_qualifies_is_the_owner_s() -> None:
    links = links_by_name("The campaign was run by the Red Hand Front's youth wing, the Valley Brigades, last year.")
    assert ("Valley Brigades", "MEMBER_OF", "Red Hand Front") in links


def test_a_wing_named_with_no_comma_after_its_noun_is_the_owner_s() -> None:
    links = links_by_name("Since 2015 the Red Hand Front, through its armed wing the Valley Brigades, has held Gao.")
    assert ("Valley Brigades", "MEMBER_OF", "Red Hand Front") in links


def test_a_wing_named_before_the_subject_it_is_set_beside_is_the_owner_named_before() -> None:
    links = links_by_name(
        "The Red Hand Front is an armed group. Through its paramilitary arm, the Valley Brigades, it has trained "
        "fighters from abroad."
    )
    assert ("Valley Brigades", "MEMBER_OF", "Red Hand Front") in links


def test_a_wing_set_after_a_name_and_its_short_name_is_that_name_s() -> None:
    links = links_by_name(
        "The Southern Army (SA) and the Red Hand Front (RHF), through its armed wing the Valley Brigades (VB), have "
        "trained new units."
    )
    assert ("Valley Brigades", "MEMBER_OF", "Red Hand Front") in links
    assert ("Valley Brigades", "MEMBER_OF", "Southern Army") not in links

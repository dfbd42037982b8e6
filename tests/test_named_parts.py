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

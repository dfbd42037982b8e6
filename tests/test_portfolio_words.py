"""A title's portfolio after "for" may hold a word that is a role's but no title's last word ("Financial" of
"financial facilitator"): "Assistant Secretary of the Treasury for Financial Institutions X" still works for the
Treasury. Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


def test_a_portfolio_with_a_role_word_inside_still_ends_the_title() -> None:
    found = named_links(
        '"The network moved money for the militia," said Assistant Secretary of the Treasury for Financial '
        'Institutions Dana Whitfield. "We will act."',
        "WORKS_FOR",
    )
    assert any(s == "Dana Whitfield" and "Treasury" in o for s, o in found), found

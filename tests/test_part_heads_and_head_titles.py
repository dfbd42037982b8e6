"""People in organisations read from a head's title: a title ending in "General" after a body's name
("Secretary-General") is the head's of that body, not a portfolio's. Each on sentences written for its test (the
rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_of

pytestmark = pytest.mark.model

RAID = "The Kanuri Liberation Front raided a police post in Gashua on Friday. "


@pytest.mark.parametrize("title", ["Secretary-General", "Secretary General"])
def test_a_secretary_general_after_a_bodys_name_heads_the_body(title: str) -> None:
    found = links_of(RAID + f"Kanuri Liberation Front {title} Musa Bello denied any role in the raid.")
    assert ("musa-bello", "LEADS", "kanuri-liberation-front") in found, found


def test_a_portfolio_before_a_secretarys_title_is_still_no_body() -> None:
    found = links_of("Finance Secretary Tomas Arnell said the accounts of the Kanuri Liberation Front were frozen.")
    assert not any(s == "tomas-arnell" and t == "LEADS" for s, t, _ in found), found

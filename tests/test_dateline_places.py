"""A dateline's town in capitals, which the NER misses before its wider place, lies in the place named after it, set
off by a comma or in brackets: each construction on a sentence written for its test."""

from __future__ import annotations

import pytest
from conftest import links_by_name


@pytest.mark.parametrize(
    ("text", "town", "wider"),
    [
        (  # a wider place after a comma, its division's noun in its name
            "KAWURI, Borno State — A year after gunmen stormed this farming town, residents held a vigil on Sunday.",
            "KAWURI",
            "Borno",
        ),
        (  # a wider place in brackets
            "DALWA (Borno) — Residents of this farming town held a vigil on Sunday.",
            "DALWA",
            "Borno",
        ),
        (  # a wider place after a comma, named alone
            "ZINDER, Maradi — Residents held a vigil on Sunday.",
            "Zinder",
            "Maradi",
        ),
        (  # a wider place, a date and the outlet in brackets before the dash
            "KELMETO, Somalia, Jan 3 (Wire) - Troops pressed deeper into the hills on Friday.",
            "KELMETO",
            "Somalia",
        ),
    ],
)
def test_a_dateline_s_town_lies_in_the_place_after_it(text: str, town: str, wider: str) -> None:
    links = links_by_name(text)
    assert (town, "LOCATED_IN", wider) in links, links


def test_a_body_in_capitals_before_its_city_is_no_town() -> None:
    links = links_by_name("UNITED NATIONS, New York — The Security Council met on Monday.")
    assert not {(s, o) for s, k, o in links if k == "LOCATED_IN"}, links

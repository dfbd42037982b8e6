"""An affiliate's description after a long bracketed short name ("X (X-K, also written Y), the group's affiliate
based in Z"): X is based in Z, however far back the brackets open and wherever the parse hangs the description."""

from __future__ import annotations

from conftest import links_of


def test_an_affiliate_based_in_a_country_after_a_long_bracket_places_the_named_group() -> None:
    text = (
        "US officials said the Allied Democratic Forces (ADF, also written ADF-NALU), the group's affiliate based in "
        "Congo, carried out the raid."
    )
    assert ("allied-democratic-forces", "BASED_IN", "democratic-republic-of-the-congo") in links_of(text)

"""A body reached through a standing with it ("on good terms with", "at odds with") is no body of a role."""

from __future__ import annotations

import pytest
from test_real_text import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Abu Karim had long been seen as one of the few senior commanders on good terms with the Sentinel Front.",
        "Abu Karim was one of the few commanders at odds with the Sentinel Front.",
    ],
)
def test_a_body_reached_through_a_standing_is_no_body_of_the_role(text: str) -> None:
    assert ("abu-karim", "MEMBER_OF", "sentinel-front") not in triples(text), triples(text)


def test_one_of_a_body_s_commanders_is_still_its_member() -> None:
    text = "Abu Karim, one of the senior commanders of the Sentinel Front, was killed."
    assert ("abu-karim", "MEMBER_OF", "sentinel-front") in triples(text), triples(text)

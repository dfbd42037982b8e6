"""A bare definite noun that heads the description an organisation was given in its sentence or the three before
("X, a police unit ... The unit killed Y"), or for "unit" one whose name holds it, stands for that organisation
(``described_heads``, ``loaders/named_heads.py``)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "link"),
    [
        (
            "OFAC also designated Sahel Gold Trading, a Dubai-based company. The company supplied weapons to the Rapid"
            " Support Forces.",
            ("Sahel Gold Trading", "FUNDS", "Rapid Support Forces"),
        ),
        (
            "Investigators named Unit 31555 of the Russian military intelligence. The unit has been blamed for the 2014"
            " explosions at an arms depot in Vrbetice.",
            ("Unit 31555", "BLAMED_FOR", "Vrbetice explosions"),
        ),
    ],
)
def test_a_described_head_stands_for_the_organisation(text: str, link: tuple[str, str, str]) -> None:
    found = links_by_name(text)
    assert link in found, found


def test_a_qualified_head_is_another_body() -> None:
    found = links_by_name(
        "Sahel Gold Trading, a company registered in Dubai, owns the vessel."
        " The ship is chartered by Nord Logistics GmbH."
        " The Tokyo-based company supplied fuel to the Rapid Support Forces."
    )
    assert not any(s == "Sahel Gold Trading" and o == "Rapid Support Forces" for s, _, o in found), found


def test_no_described_head_past_another_organisation() -> None:
    found = links_by_name(
        "Sahel Gold Trading, a company registered in Dubai, owns the vessel."
        " The ship is chartered by Nord Logistics GmbH."
        " The company supplied fuel to the Rapid Support Forces."
    )
    assert not any(s == "Sahel Gold Trading" and o == "Rapid Support Forces" for s, _, o in found), found

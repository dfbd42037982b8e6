"""The channel a head works through (loaders/channel_phrases.py): a body named after "through" or "via" is not the
body he heads or belongs to, each case on a sentence written for it."""

from __future__ import annotations

import pytest
from conftest import links_of

pytestmark = pytest.mark.model

HEADS = {"LEADS", "MEMBER_OF", "DEPUTY_OF", "WORKS_FOR"}


def heads_of(text: str) -> set[tuple[str, str]]:
    """Each (person, body) the rules have him head or belong to."""
    return {(s, o) for s, t, o in links_of(text) if t in HEADS}


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        (
            "Arturo Ochoa runs the cartel's vehicle purchases through Autos Seminuevos El Coyote, a car dealership.",
            "autos-seminuevos-el-coyote",
        ),
        ("Ochoa runs the group's arms purchases through Coyote Motors and Rancho Grande.", "rancho-grande"),
        ("Ali Kamal oversees Hezbollah's finances via Al-Hadi Exchange.", "al-hadi-exchange"),
        ("The group's finances are run by Ali Kamal through Al-Hadi Exchange.", "al-hadi-exchange"),
    ],
)
def test_the_channel_is_not_the_heads_body(text: str, channel: str) -> None:
    found = heads_of(text)
    assert not any(o == channel for _, o in found), found


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("Ali Kamal oversees Hezbollah's finances via a network of exchange houses.", ("ali-kamal", "hezbollah")),
        # near misses: the body is what he heads, and "through which" only describes it
        ("Yusuf Sabri heads the Sidra Company, through which Hamas invests abroad.", ("yusuf-sabri", "sidra-company")),
        ("Abu Bakr runs the Hamas finance office through which the group moves money.", ("abu-bakr", "hamas")),
        # a near miss: the channel is another's, and the verb of leading is in the clause that describes it
        (
            "In Burkina Faso, JNIM operates alongside and through Ansarul Islam, the group founded by the preacher"
            " Ibrahim Dicko in 2016.",
            ("ibrahim-dicko", "ansarul-islam"),
        ),
    ],
)
def test_the_body_headed_is_still_headed(text: str, link: tuple[str, str]) -> None:
    found = heads_of(text)
    assert link in found, found

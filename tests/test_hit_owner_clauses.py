"""Whose the thing an attack hit is, told by a relative clause ("struck sites that belong to X", "targets which it said
were linked to X") or, after a site or a target, by a participle that ties it to a body ("targets linked to X",
"facilities tied to X"): the body was attacked, also by a weapon fired or launched at the thing. Each construction on a
sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


def attacked(text: str) -> set[tuple[str, str]]:
    """Each ATTACKED link of the graph of one document, by its ends' names."""
    return set(named_links(text, "ATTACKED"))


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("Israeli jets struck targets which officials said belonged to Hezbollah.", ("Israel", "Hezbollah")),
        ("Turkish drones hit positions which were used by the PKK in Sinjar.", ("Turkey", "PKK")),
        ("Israeli aircraft bombed facilities tied to Hamas in Gaza City.", ("Israel", "Hamas")),
        ("Israel struck depots associated with Hezbollah near Baalbek.", ("Israel", "Hezbollah")),
        (
            "US aircraft struck more than 80 targets linked to Kataib Hezbollah in Iraq and Syria.",
            ("United States", "Kataib Hezbollah"),
        ),
        (
            "The IRGC fired missiles at targets which it said were linked to Islamic State.",
            ("Islamic Revolutionary Guard Corps", "ISIS"),
        ),
        (
            "The IRGC launched drones at sites belonging to Islamic State.",
            ("Islamic Revolutionary Guard Corps", "ISIS"),
        ),
        (
            "The IRGC launched drones at targets which it said were connected to Jaish al-Adl.",
            ("Islamic Revolutionary Guard Corps", "Jaish al-Adl"),
        ),
    ],
)
def test_the_body_a_clause_says_the_thing_hit_is_tied_to_was_attacked(text: str, link: tuple[str, str]) -> None:
    assert link in attacked(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("US forces struck militias linked to Iran in eastern Syria.", "Iran"),  # a body's ally, not a site of it
        ("Israeli jets struck sites that Hezbollah had once visited near Tyre.", "Hezbollah"),
        ("Israeli jets struck targets near positions held by the Syrian army.", "Syrian Arab Army"),
    ],
)
def test_a_body_tied_to_people_hit_or_only_near_the_thing_hit_was_not_attacked(text: str, body: str) -> None:
    assert not {link for link in attacked(text) if link[1] == body}

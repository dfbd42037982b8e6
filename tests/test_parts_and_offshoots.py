"""A part a body controls is one of its members, and a group judged an extension of another is affiliated with it, as
whoever judges it says; each construction on a sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def links(text: str) -> dict[tuple[str, str, str], tuple[str, str]]:
    """Every link the rules read in ``text``, with the certainty and source of its first evidence."""
    kg = graph_of(text)
    return {
        (s, k, o): (d["evidence"][0].certainty, d["evidence"][0].source)
        for s, o, k, d in kg.g.edges(keys=True, data=True)
    }


@pytest.mark.parametrize(
    "text",
    [
        "The Fatemiyoun Brigade is a unit controlled by the IRGC.",
        "The Fatemiyoun Brigade, a faction commanded by the IRGC, fought near Aleppo.",
    ],
)
def test_a_part_controlled_by_a_body_is_a_member_of_it(text: str) -> None:
    found = links(text)
    assert ("fatemiyoun-brigade", "MEMBER_OF", "islamic-revolutionary-guard-corps") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Ankara considers the SDF an extension of the PKK.",
        "Ankara regards the SDF as an extension of the PKK.",
    ],
)
def test_a_group_judged_an_extension_of_another_is_affiliated_with_it_by_the_judges_word(text: str) -> None:
    found = links(text)
    link = found.get(("pkk", "AFFILIATED_WITH", "syrian-democratic-forces")) or found.get(
        ("syrian-democratic-forces", "AFFILIATED_WITH", "pkk")
    )
    assert link is not None and link[0] == "alleged", found
    assert link[1] == "Turkey", found
    assert not {k for k in found if "turkey" in (k[0], k[2]) and k[1] == "AFFILIATED_WITH"}, found


def test_an_extension_of_a_truce_links_no_one() -> None:
    assert not links("The army considered the pause an extension of the truce with the ELN.")


@pytest.mark.parametrize(
    "text",
    [
        "The Scarlet Brigade, a breakaway faction of the Mountain Front, seized the town.",
        "The Scarlet Brigade, a Mountain Front splinter group, seized the town.",
        "Police arrested leaders of the Mountain Front and its splinter group the Scarlet Brigade.",
    ],
)
def test_a_splinter_group_is_affiliated_with_the_group_it_broke_from_not_a_member(text: str) -> None:
    found = links(text)
    pair = {
        ("scarlet-brigade", "AFFILIATED_WITH", "mountain-front"),
        ("mountain-front", "AFFILIATED_WITH", "scarlet-brigade"),
    }
    assert pair & found.keys(), found
    assert ("scarlet-brigade", "MEMBER_OF", "mountain-front") not in found, found

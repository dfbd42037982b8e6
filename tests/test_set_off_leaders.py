"""A participle of leading set off after a body's name ("X, then chaired by Y", "X, the militia led by Y") that the
parser hangs elsewhere still says who leads the body; each sentence written for its test."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def links(text: str) -> dict[tuple[str, str, str], str]:
    """Every link the rules read in ``text``, with the certainty of its first evidence."""
    kg = graph_of(text)
    return {(s, k, o): d["evidence"][0].certainty for s, o, k, d in kg.g.edges(keys=True, data=True)}


@pytest.mark.parametrize(
    ("text", "leader", "body"),
    [
        (  # a describing noun phrase between the name and the participle, hung on the town
            "Bunia is the last big town in Ituri not held by CODECO, the militia led by Justin Ngudjolo, which has "
            "fought the army since 2017.",
            "justin-ngudjolo",
            "codeco",
        ),
        (  # "then" between the name and the participle, hung on the main verb
            "Its roots lie in the Lord's Resistance Army, which was founded in 1987 with help from the Holy Spirit "
            "Movement, then led by Alice Auma.",
            "alice-auma",
            "holy-spirit-movement",
        ),
        (  # a participle the parser tags as a past tense
            "In May 2021 Kiir handed his powers to a nine-member Transitional Security Council chaired by Deng Malual.",
            "deng-malual",
            "transitional-security-council",
        ),
    ],
)
def test_a_participle_set_off_after_a_bodys_name_says_who_leads_it(text: str, leader: str, body: str) -> None:
    found = links(text)
    assert found.get((leader, "LEADS", body)) == "asserted", found

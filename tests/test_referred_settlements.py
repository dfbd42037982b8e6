"""A sentence that opens on "the town", "the village" or "the city" places the town named last before it by the place
phrase after the reference (`loaders/referred_settlements.py`): "The village, in the Mopti region, ...", "The village
lies in ...", "The town is located about 40 km north of X", "The city, about 170 km south-east of X, ...", "The
village sits on the edge of X", "The village is in X"; not a reference that names its own town ("The city of X"), a
phrase that is no place ("in the words of one resident"), a place a state's word only qualifies, another noun ("The
army, in X"), nor a reference that does not open the sentence. Each on sentences written for its test, the rules
alone."""

from __future__ import annotations

import pytest
from conftest import graph_of, links_by_name

pytestmark = pytest.mark.model

BEFORE = "Soldiers killed dozens of men in Moura in March. "


@pytest.mark.parametrize(
    ("text", "town", "wider"),
    [
        (BEFORE + "The village, in the Mopti region, was emptied.", "Moura", "Mopti"),
        (BEFORE + "The village lies in the Mopti region.", "Moura", "Mopti"),
        (BEFORE + "The village is located about 40 km north of Djenne.", "Moura", "Djenne"),
        (
            "The rebels stormed Wad Madani in December. The city, about 170 km south-east of Khartoum, had become a "
            "refuge.",
            "Wad Madani",
            "Khartoum",
        ),
        (BEFORE + "The small village sits on the edge of the Mopti region.", "Moura", "Mopti"),
        (BEFORE + "The village is in the Mopti region.", "Moura", "Mopti"),
    ],
)
def test_the_town_a_reference_stands_for_lies_where_its_phrase_says(text: str, town: str, wider: str) -> None:
    assert (town, "LOCATED_IN", wider) in links_by_name(text)


@pytest.mark.parametrize(
    "text",
    [
        BEFORE + "The village, in the words of one resident, died that day.",  # no place
        "A bomb went off in Kasindi on Sunday. The border town lies a few hundred metres from the Ugandan post.",
        "Fighting spread to Moura. The city of Sevare lies in the Mopti region.",  # names its own town
        BEFORE + "The army, in the Mopti region, denied it.",  # not a town's reference
        BEFORE + "Residents fled the village, in the Mopti region, at dawn.",  # not the opening subject
    ],
)
def test_no_place_phrase_or_no_opening_reference_places_no_town(text: str) -> None:
    kg = graph_of(text)
    methods = {e.method for _, _, data in kg.g.edges(data=True) for e in data["evidence"]}
    assert "settlement-referred-placed" not in methods

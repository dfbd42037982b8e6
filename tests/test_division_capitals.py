"""A place called its division's capital after its name lies in the place the sentence named before it: each
construction on a sentence written for its test."""

from __future__ import annotations

import pytest
from conftest import graph_of, links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "town", "division"),
    [
        (
            "Thousands fled the fighting in Niassa, most of them to Lichinga, the provincial capital, by road.",
            "Lichinga",
            "Niassa",
        ),
        (
            "In North Kordofan, soldiers guarded the main market in El Obeid, the state capital, on Sunday.",
            "El Obeid",
            "North Kordofan",
        ),
    ],
)
def test_a_division_s_capital_lies_in_the_place_named_before_it(text: str, town: str, division: str) -> None:
    links = links_by_name(text)
    assert (town, "LOCATED_IN", division) in links, links


def test_a_country_named_before_a_regional_capital_holds_no_division_of_it() -> None:
    kg = graph_of("Aid reached Mali on Monday and then Mopti, the regional capital, on Tuesday.")
    methods = {e.method for _, _, d in kg.g.edges(data=True) for e in d["evidence"]}
    assert "division-capital" not in methods, methods


def test_a_place_placed_by_the_capital_is_no_division_of_it() -> None:
    kg = graph_of("Ferkessa lies about 40 km north of Lichinga, the provincial capital, on the main road.")
    methods = {e.method for _, _, d in kg.g.edges(data=True) for e in d["evidence"]}
    assert "division-capital" not in methods, methods


def test_a_place_called_the_regional_capital_before_its_name_lies_in_the_place_before_it() -> None:
    links = links_by_name("Curfews were imposed across Niassa and in the provincial capital Lichinga on Friday.")
    assert ("Lichinga", "LOCATED_IN", "Niassa") in links, links


def test_a_regional_capital_named_after_a_town_lies_in_the_region_the_sentence_before_named() -> None:
    text = (
        "Rebels crossed into the Niassa province of Mozambique on Monday. "
        "They shelled the town of Marrupa and the provincial capital Lichinga the next day."
    )
    links = links_by_name(text)
    assert ("Lichinga", "LOCATED_IN", "Niassa") in links, links
    assert ("Lichinga", "LOCATED_IN", "Marrupa") not in links, links

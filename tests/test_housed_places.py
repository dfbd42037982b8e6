"""A named site a place houses, hosts or is home to lies in it (`loaders/housed_places.py`, and the relative clause
of `loaders.place_phrases.home_to`): "X, which houses Y", "X, the peninsula that houses Y", "X, the district that is
home to Y", "the X district, which houses Y and Z", "X, the country that hosts Y"; not people, bodies or events a
place hosts, a possessor's district, a denied one, nor the place before another that does the housing. Each on
sentences written for its test, the rules alone."""

from __future__ import annotations

import pytest
from conftest import graph_of, links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shelling hit Kaloum, the peninsula that houses the Sekoura presidential palace.",
            {("Sekoura presidential palace", "Kaloum")},
        ),
        (
            "Shelling hit Kaloum, which houses the Sekoura presidential palace and the Tamba barracks.",
            {("Sekoura presidential palace", "Kaloum"), ("Tamba barracks", "Kaloum")},
        ),
        (
            "Heavy fighting was reported in the Kaloum district, which houses the Sekoura presidential palace.",
            {("Sekoura presidential palace", "Kaloum")},
        ),
        (
            "Heavy gunfire erupted in Kaloum, the district that is home to the Sekoura presidential palace.",
            {("Sekoura presidential palace", "Kaloum")},
        ),
        ("Fighting reached Peltra, which is home to the Telmo air base.", {("Telmo", "Peltra")}),
        ("Qatar, the country that hosts the Udara air base, denied the report.", {("Udara", "Qatar")}),
    ],
)
def test_a_site_a_place_houses_lies_in_it(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= {(s, o) for s, t, o in links_by_name(text) if t == "LOCATED_IN"}


@pytest.mark.parametrize(
    "text",
    [
        "Kaloum no longer houses the Sekoura presidential palace.",  # denied
        "Kaloum houses Conakry's government district.",  # the possessor is not in Kaloum
        "Kaloum, which houses thousands of displaced people, was shelled.",  # people, no site
        "Guinea hosted the Arab League summit in Kaloum.",  # a meeting, no site
    ],
)
def test_no_site_housed(text: str) -> None:
    kg = graph_of(text)
    methods = {e.method for _, _, data in kg.g.edges(data=True) for e in data["evidence"]}
    assert "place-houses" not in methods


def test_the_place_that_houses_is_the_one_the_clause_describes() -> None:
    text = "Troops moved from Kaloum to Dixinn, which houses the Tamba barracks."
    links = {(s, o) for s, t, o in links_by_name(text)}
    assert ("Tamba barracks", "Dixinn") in links
    assert ("Tamba barracks", "Kaloum") not in links

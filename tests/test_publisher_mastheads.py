"""A report's masthead names its publisher beside the report's series, date or desk."""

from __future__ import annotations

import pytest
from conftest import graph_of

from loaders.nlp import load_nlp
from loaders.reference_scope import ReferenceScope

pytestmark = pytest.mark.model

STORY = "Rebels shelled the town of Sake on Sunday, aid workers said."


def labels(text: str) -> dict[str, str]:
    return {d["name"]: d["label"] for _, d in graph_of(text).g.nodes(data=True)}


@pytest.mark.parametrize(
    ("masthead", "publisher"),
    [
        ("Great Rift Conflict Monitor - Policy Brief No. 12", "Great Rift Conflict Monitor"),
        ("Coastal Security Observatory | Working Paper 3 | June 2024", "Coastal Security Observatory"),
        ("Lakes Region Programme | August 2023", "Lakes Region Programme"),
        ("The Savannah Courier - Analysis desk", "The Savannah Courier"),
    ],
)
def test_a_reports_masthead_names_its_publisher(masthead: str, publisher: str) -> None:
    assert labels(f"{masthead}\n\n{STORY}").get(publisher) == "Organization"


def test_a_series_name_alone_is_no_publisher() -> None:
    assert "Policy Brief" not in labels(f"Policy Brief No. 7 | 3 March 2024\n\n{STORY}")


def test_a_menu_or_a_place_beside_a_date_names_no_publisher() -> None:
    found = labels(f"Home | Kivu Herald | Press Statements\n\nNorth Kivu | 3 March 2024\n\n{STORY}")
    assert found.get("Kivu Herald") != "Organization"
    assert found.get("North Kivu") != "Organization"


def test_a_reports_masthead_is_no_part_of_the_story_a_reference_may_look_into() -> None:
    doc = load_nlp()(f"The Highland Dispatch - Explainers desk\n\n{STORY} It was the third attack.")
    scope = ReferenceScope(doc)
    assert scope.aside(0)
    assert not scope.aside(doc.text.index("Rebels"))

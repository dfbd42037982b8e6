"""The places a breadcrumb names in a row, each in the one before it: each construction on a page written for its
test."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model

PAGE = (
    "{crumb}\n\n"
    "Three people drowned in Sukkur on Tuesday, officials said.\n\n"
    "Relief camps were set up across Sindh as the river rose."
)


@pytest.mark.parametrize("crumb", ["Home › Sindh › Sukkur", "News / Sindh / Sukkur", "[Home](#) | [Sindh](#) | Sukkur"])
def test_a_place_on_a_breadcrumb_lies_in_the_place_before_it(crumb: str) -> None:
    links = links_by_name(PAGE.format(crumb=crumb))
    assert ("Sukkur", "LOCATED_IN", "Sindh") in links, links


def test_a_breadcrumb_places_past_an_item_that_names_no_place() -> None:
    links = links_by_name(PAGE.format(crumb="Home › Sindh › Security › Sukkur"))
    assert ("Sukkur", "LOCATED_IN", "Sindh") in links, links


def test_a_dateline_s_places_parted_by_a_slash_are_no_breadcrumb() -> None:
    page = PAGE.format(crumb="SUKKUR / KARACHI | 4 May 2024 | Staff reporters") + " Prices rose in Karachi."
    links = links_by_name(page)
    assert ("Karachi", "LOCATED_IN", "Sukkur") not in links, links


def test_a_region_filed_above_a_state_is_placed_nowhere() -> None:
    page = PAGE.format(crumb="World › South Asia › Pakistan › Sindh") + " Aid reached South Asia and Pakistan."
    links = links_by_name(page)
    assert ("Sindh", "LOCATED_IN", "Pakistan") in links, links
    assert not any(s == "South Asia" and t == "LOCATED_IN" for s, t, _ in links), links

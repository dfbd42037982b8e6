"""A title written after a possessive is the title of the name it runs into, not of the name set off before the comma
(``loaders/possessive_titles.py``); each on a sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "From left: Mali's Colonel Amadou Keita, Niger's General Ali Mahamat and Chad's Captain Idriss Kone.",
        "The talks were attended by Amadou Keita, Niger's foreign minister Ali Mahamat, and two aides.",
        "The summit brought together Amadou Keita, Niger's defence minister Ali Mahamat and the UN envoy.",
        "Photographs showed Amadou Keita, Niger's army spokesman Ali Mahamat, and a group of officers.",
        "Amadou Keita met his counterparts on Monday: Niger's interior minister Ali Mahamat and Chad's envoy.",
    ],
)
def test_a_possessive_title_running_into_a_name_is_that_names(text: str) -> None:
    links = links_by_name(text)
    assert ("Ali Mahamat", "WORKS_FOR", "Niger") in links, links
    assert ("Amadou Keita", "WORKS_FOR", "Niger") not in links, links


@pytest.mark.parametrize(
    "text",
    [
        "Amadou Keita, the Treasury's under secretary for terrorism, said the firms had been listed.",
        "Amadou Keita, the Treasury's under secretary, said the firms had been listed.",
    ],
)
def test_a_possessive_title_set_off_after_a_name_is_that_names(text: str) -> None:
    links = links_by_name(text)
    assert ("Amadou Keita", "WORKS_FOR", "Treasury") in links, links

"""Heads listed for parts of states listed the same way, each to each in order (``loaders/respective_pairs.py``);
each on a sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The strike came as Ghanaian and Malian negotiators, led by envoy Kofi Mensah and Foreign Minister Amadou "
        "Keita, held talks mediated by Oman.",
        "Ghanaian and Malian delegations, led by Kofi Mensah and Amadou Keita respectively, met in Lome.",
        "The Ghanaian and Malian teams were led by Kofi Mensah and Amadou Keita.",
    ],
)
def test_heads_of_parts_of_listed_states_serve_each_its_own(text: str) -> None:
    links = links_by_name(text)
    assert ("Kofi Mensah", "WORKS_FOR", "Ghana") in links, links
    assert ("Amadou Keita", "WORKS_FOR", "Mali") in links, links
    assert ("Kofi Mensah", "WORKS_FOR", "Mali") not in links, links
    assert ("Amadou Keita", "WORKS_FOR", "Ghana") not in links, links


def test_one_head_of_parts_of_listed_states_serves_each() -> None:
    links = links_by_name("Ghanaian and Malian negotiators, led by Kofi Mensah, met in Lome.")
    assert ("Kofi Mensah", "WORKS_FOR", "Ghana") in links, links
    assert ("Kofi Mensah", "WORKS_FOR", "Mali") in links, links

"""An organ that appoints fills a post of the body it belongs to, not one of its own (loaders/appointing_organs.py);
each on a sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "On 29 October the Shura Council named Ahmed Karimi as secretary-general.",
        "The Shura Council has named Ahmed Karimi as secretary-general.",
        "Last year the movement's Shura Council chose Ahmed Karimi as emir.",
    ],
)
def test_an_organ_with_no_owner_named_gives_no_post_of_its_own(text: str) -> None:
    links = links_by_name(text)
    assert ("Ahmed Karimi", "LEADS", "Shura Council") not in links, links


@pytest.mark.parametrize(
    "text",
    [
        "The Oruvan Front's Political Commission appointed Ahmed Karimi as interim leader.",
        "The central committee of the Oruvan Front elected Ahmed Karimi as general secretary.",
        "The Oruvan Front's leadership council chose Ahmed Karimi as its commander.",
    ],
)
def test_an_organ_fills_a_post_of_the_body_its_phrase_names(text: str) -> None:
    links = links_by_name(text)
    assert ("Ahmed Karimi", "LEADS", "Oruvan Front") in links, links
    assert not any(s == "Ahmed Karimi" and o in {"Political Commission", "Shura Council"} for s, _, o in links), links


def test_a_body_that_is_no_organ_fills_its_own_post() -> None:
    links = links_by_name("The Oruvan Front named Ahmed Karimi as its new leader.")
    assert ("Ahmed Karimi", "LEADS", "Oruvan Front") in links, links


@pytest.mark.parametrize(
    "text",
    ["The Kelvan Council elected Ahmed Karimi as chairman.", "The Kelvan Council named Ahmed Karimi as its chairman."],
)
def test_an_organs_chair_is_its_own(text: str) -> None:
    links = links_by_name(text)
    assert ("Ahmed Karimi", "LEADS", "Kelvan Council") in links, links

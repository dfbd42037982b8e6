"""A participle hung on a message ("issued a statement condemning X", "a video threatening Y") is said by the
message's author (loaders/message_authors.py), each construction on a sentence written for its test."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah issued a statement condemning Israel.",
        "In a statement condemning Israel, Hezbollah praised the attack.",
        "Hezbollah's statement condemning Israel was read on television.",
        "Hezbollah released a speech denouncing Israel on Sunday.",
    ],
)
def test_a_message_condemning_a_side_sets_its_author_against_it(text: str) -> None:
    assert ("Hezbollah", "Israel") in named_links(text, "OPPOSES")


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah released a video threatening Israel.",
        "Hezbollah sent a letter threatening Israel to the United Nations.",
    ],
)
def test_a_message_threatening_a_side_is_its_authors_threat(text: str) -> None:
    assert ("Hezbollah", "Israel") in named_links(text, "THREATENED")


def test_a_message_praising_a_side_or_a_video_showing_others_says_nothing_against_anyone() -> None:
    assert not named_links("Hezbollah issued a statement praising Hamas.", "OPPOSES")
    assert not named_links("Kenya released a video showing al-Shabaab fighters threatening civilians.", "THREATENED")
    assert ("Hezbollah", "Israel") not in named_links("Hezbollah watched a video threatening Israel.", "THREATENED")

"""A state the page names only in passing does not own its common-noun bodies there: placed, not tied
(loaders/passing_states.py), on sentences written for the tests (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


def _ties(text: str) -> set[frozenset[str]]:
    """The ends of every AFFILIATED_WITH link of one document's graph, by name."""
    return {frozenset((s, o)) for s, t, o in links_by_name(text) if t == "AFFILIATED_WITH"}


def test_a_body_of_a_state_named_in_passing_is_placed_not_tied() -> None:
    text = (
        "Gunmen of the Tana Brigades stormed a market in Goma on Monday, killing nine traders. "
        "Norway's foreign ministry urged restraint."
    )
    links = links_by_name(text)
    assert not any(t == "AFFILIATED_WITH" and "Norway" in (s, o) for s, t, o in links)
    assert ("Norway's foreign ministry", "BASED_IN", "Norway") in links


def test_a_body_of_a_state_the_page_is_about_keeps_its_tie() -> None:
    text = (
        "Norway sanctioned the Tana Brigades on Monday. Norway accused the Tana Brigades of the Goma massacre, and "
        "Norway condemned the Kivu Front. Norway threatened the Kivu Front too. Norway's foreign ministry condemned "
        "the Tana Brigades."
    )
    assert frozenset(("Norway's foreign ministry", "Norway")) in _ties(text)


def test_a_body_named_by_its_states_possessive_and_doing_nothing_is_placed_there() -> None:
    text = (
        "Norway sanctioned the Tana Brigades on Monday. Norway accused the Tana Brigades of the Goma massacre, and "
        "Norway condemned the Kivu Front. Norway threatened the Kivu Front too. Relatives of the dead have written "
        "to Norway's parliament."
    )
    links = links_by_name(text)
    assert ("Norway's parliament", "BASED_IN", "Norway") in links
    assert frozenset(("Norway's parliament", "Norway")) not in _ties(text)


def test_a_proper_named_body_of_a_state_named_in_passing_keeps_its_tie() -> None:
    text = (
        "Gunmen of the Tana Brigades stormed a market in Goma on Monday, killing nine traders. "
        "The Norwegian Armed Forces sent a field hospital."
    )
    assert frozenset(("Norwegian Armed Forces", "Norway")) in _ties(text)


def test_a_body_named_x_of_its_state_and_doing_nothing_is_placed_there() -> None:
    text = (
        "Gunmen of the Tana Brigades stormed a market in Goma on Monday, killing nine traders. Relatives of the dead "
        "have written to the Supreme Court of Norway."
    )
    links = links_by_name(text)
    assert ("Supreme Court of Norway", "BASED_IN", "Norway") in links
    assert frozenset(("Supreme Court of Norway", "Norway")) not in _ties(text)


def test_a_body_named_x_of_its_state_that_acts_keeps_its_tie() -> None:
    text = "The Supreme Court of Norway sanctioned the Tana Brigades on Monday."
    assert frozenset(("Supreme Court of Norway", "Norway")) in _ties(text)


def test_a_body_named_by_its_states_possessive_and_sitting_abroad_is_not_placed_at_home() -> None:
    text = (
        "Norway sanctioned the Tana Brigades on Monday. Norway accused the Tana Brigades of the Goma massacre, and "
        "Norway condemned the Kivu Front. Norway threatened the Kivu Front too. Relatives of the dead have written "
        "to Norway's mission to the United Nations."
    )
    assert ("Norway's mission to the United Nations", "BASED_IN", "Norway") not in links_by_name(text)
    assert frozenset(("Norway's mission to the United Nations", "Norway")) in _ties(text)

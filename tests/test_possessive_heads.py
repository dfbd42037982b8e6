"""A state's possessive right before a person's name, no title between ("Rwanda's X", "Mali's Colonel X"), names the
state's head only where the page tells he heads a state: a sentence on heads of states, another rule of the page, or
the gazetteer; and the state so named replaces the article's state guessed for his bare title. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


def test_a_possessive_state_before_a_runner_names_no_head() -> None:
    found = links_by_name("Ethiopia's Tesfaye Girmachew won the Berlin marathon on Sunday in a course record.")
    assert not any(k == "LEADS" for _, k, _ in found), found


def test_states_possessives_in_a_sentence_on_a_summit_name_their_heads() -> None:
    found = links_by_name(
        "The bloc will hold a summit in Arusha next week, and officials expect Burundi's Evariste Ndayikengurukiye "
        "and Tanzania's Joseph Mwakilembe to attend."
    )
    assert ("Evariste Ndayikengurukiye", "LEADS", "Burundi") in found, found
    assert ("Joseph Mwakilembe", "LEADS", "Tanzania") in found, found


def test_a_possessive_state_names_the_state_of_a_head_titled_elsewhere_on_the_page() -> None:
    found = links_by_name(
        "Washington pressed for talks on Monday. The United States said the United States would send an envoy, "
        "and the United States Senate backed the plan. The envoy met President Paul Habimana on Tuesday. Rwanda's "
        "Paul Habimana told reporters that the talks must include the rebels."
    )
    led = {o for s, k, o in found if k == "LEADS" and "Habimana" in s}
    assert "Rwanda" in led, found
    assert "United States" not in led, found

"""A state body whose name names its state past its first word ("the Royal Canadian Mounted Police", "Border Guard
Bangladesh", "the Sierra Leone Police") is tied to that state, as one whose name opens with it is; each on a sentence
written for its test."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def _affiliations(text: str) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, o, t in graph_of(text).g.edges(keys=True) if t == "AFFILIATED_WITH"}


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        (
            "Officers of the Royal Canadian Mounted Police arrested two men in Surrey on Friday.",
            "royal-canadian-mounted-police",
            "canada",
        ),
        (
            "Border Guard Bangladesh sealed the crossing near Teknaf after the clash.",
            "border-guard-bangladesh",
            "bangladesh",
        ),
    ],
)
def test_a_state_named_inside_a_bodys_name_is_its_state(text: str, body: str, state: str) -> None:
    links = _affiliations(text)
    assert frozenset((body, state)) in links, links


@pytest.mark.parametrize(
    "text",
    [
        "The Lake Chad Basin Commission met in N'Djamena to plan the new patrols.",
        "The Federal Government of Somalia welcomed the vote in Garowe.",
    ],
)
def test_a_place_or_a_government_in_a_bodys_name_is_no_state_of_its_own(text: str) -> None:
    links = _affiliations(text)
    assert not any({"chad", "somalia"} & link for link in links), links

"""A longer name the NER reads around a known actor's shorter name is another actor's when the known one belongs to a
theatre the page never names: Sudan's National Congress Party is not India's Congress party. Each construction on a
sentence written for its test."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Hassan al-Turabi's National Congress Party once dominated politics in Khartoum.",
        "Sudan's National Congress Party was banned by the transitional government in 2019.",
    ],
)
def test_a_party_named_like_a_known_one_from_another_theatre_stays_its_own(text: str) -> None:
    nodes = set(graph_of(text).g.nodes)
    assert "indian-national-congress" not in nodes, nodes
    assert "national-congress-party" in nodes, nodes


def test_the_known_party_on_a_page_of_its_theatre_is_still_found() -> None:
    nodes = set(graph_of("India's Congress Party lost the election to the BJP in Uttar Pradesh.").g.nodes)
    assert "indian-national-congress" in nodes, nodes

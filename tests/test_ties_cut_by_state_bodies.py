"""Ties cut between states, one of them named by its government body (loaders/extract.py, the severing verbs of
``relational_noun``), each on sentences written for its test."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Mali's junta cut ties with Ukraine.",
        "Mali's junta responded in August by cutting diplomatic ties with Ukraine.",
        "The Malian junta severed diplomatic ties with Ukraine on Sunday.",
        "Mali's junta, which cut ties with Ukraine in August, turned to Russia.",
        "Mali cut diplomatic ties with Ukraine.",
    ],
)
def test_a_state_or_its_government_cutting_ties_with_a_state_opposes_it(text: str) -> None:
    found = named_links(text, "OPPOSES")
    assert found.get(("Mali", "Ukraine")) == "asserted", found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Colombian government suspended talks with the ELN.", ("Colombia", "ELN")),  # talks, with a group
        ("Mali's junta did not cut ties with Ukraine.", ("Mali", "Ukraine")),  # denied
        ("Mali's junta kept its ties with Ukraine.", ("Mali", "Ukraine")),  # kept, not cut
        ("Mali's junta said Niger had cut ties with Ukraine.", ("Mali", "Ukraine")),  # another state's act
    ],
)
def test_ties_kept_denied_or_cut_by_another_oppose_no_one(text: str, pair: tuple[str, str]) -> None:
    found = named_links(text, "OPPOSES")
    assert found.get(pair) != "asserted", found

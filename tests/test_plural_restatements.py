"""A bare plural incident noun set off by a comma after the clauses that tell several incidents restates them all:
"X was killed in Vienna in 1989, and Y was shot dead in Berlin in 1992, killings that courts attributed to Z" lays
both killings on Z, who so attacked X and Y. Each construction on a sentence written for its test (the rules
alone)."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


def attacked(text: str) -> set[tuple[str, str]]:
    """Each ATTACKED link of the graph of one document, by its ends' names."""
    return set(named_links(text, "ATTACKED"))


@pytest.mark.parametrize(
    "text",
    [
        "Karim Nasser was killed in Vienna in 1989, and his successor Adel Hamid was shot dead in Berlin in 1992, "
        "killings that German courts later attributed to Iranian agents.",
        "Karim Nasser was killed in Vienna in 1989, and his deputy Adel Hamid was shot dead in Berlin in 1992, "
        "killings which prosecutors attributed to Iran.",
    ],
)
def test_a_bare_plural_restates_every_incident_told_before_it(text: str) -> None:
    found = attacked(text)
    assert {("Iran", "Karim Nasser"), ("Iran", "Adel Hamid")} <= found, found


@pytest.mark.parametrize(
    "text",
    [
        "Karim Nasser was killed in Vienna in 1989, and Adel Hamid was shot dead in Berlin in 1992; killings of "
        "exiles were common then, and courts attributed many to Iranian agents.",
        "Karim Nasser was killed in Vienna in 1989, and Adel Hamid was shot dead in Berlin in 1992, two killings that "
        "courts never solved.",
    ],
)
def test_a_plural_that_is_a_clause_or_counts_restates_nothing_laid(text: str) -> None:
    assert not {link for link in attacked(text) if link[1] in {"Karim Nasser", "Adel Hamid"}}

"""A place taken told in a relative clause ("Goma, which the M23 seized", "Goma, the city that the M23 seized") or as
the second object of a verb left out after a date ("seized Goma on 27 January and Bukavu on 16 February") is attacked
by its taker; not the people a relative clause says were captured, a taking only threatened, nor the subject of
another clause after "and"."""

from __future__ import annotations

import pytest
from conftest import graph_of


def attacked(text: str) -> dict[tuple[str, str], str]:
    """(attacker, attacked) of every ATTACKED link of the graph of one document, with its certainty."""
    kg = graph_of(text)
    return {(s, o): d["evidence"][0].certainty for s, o, k, d in kg.g.edges(keys=True, data=True) if k == "ATTACKED"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Goma, which the M23 seized in January, is quiet.", "goma"),  # "which"
        ("Goma, the city that the M23 seized in January, is quiet.", "goma"),  # a noun set beside the name, "that"
        ("Bukavu, a town that M23 fighters overran in February, is quiet.", "bukavu"),  # another verb, its fighters
        ("The M23 seized Goma on January 27 and Bukavu on February 16.", "bukavu"),  # the verb left out
        ("The M23 captured Goma in January and Bukavu in February.", "bukavu"),  # another verb, months
        ("Goma was captured by the M23 in January, and Bukavu, which the M23 overran in February, fell too.", "bukavu"),
    ],
)
def test_a_place_taken_in_a_relative_clause_or_a_gapped_object_is_attacked(text: str, place: str) -> None:
    assert attacked(text).get(("m23", place)) == "asserted", attacked(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The soldiers that the M23 captured in Goma were freed.", "goma"),  # people taken there, not the town
        ("Goma, which the M23 has threatened to seize, is quiet.", "goma"),  # only a threat
        ("The M23 seized Goma on January 27 and Kinshasa condemned it on January 28.", "kinshasa"),  # another clause
    ],
)
def test_no_place_taken_where_the_clause_takes_none(text: str, place: str) -> None:
    assert ("m23", place) not in attacked(text), attacked(text)


def test_a_relative_clause_that_denies_the_taking_is_negated() -> None:
    assert attacked("Goma, which the M23 did not capture, is quiet.").get(("m23", "goma")) == "negated"

"""A place said to fall under another's jurisdiction lies in it, and a jurisdiction's limits named "of" a place lie
in that place (`loaders/jurisdiction_places.py`): "near X village, under the Y police station limits of Z district",
"between A and B villages under Y police station limits", "X, which falls under the Y police station area"; not a
place under someone's control, attack or mediation. Each on sentences written for its test, the rules alone."""

from __future__ import annotations

import pytest
from conftest import graph_of, links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A mine went off near Pedakorma village, under the Gangaloor police station limits of Bijapur district.",
            {("Pedakorma", "Gangaloor police station"), ("Gangaloor police station", "Bijapur")},
        ),
        (
            "The gunfight broke out near Kistaram and Bhejji villages under Konta police station limits.",
            {("Kistaram", "Konta police station"), ("Bhejji", "Konta police station")},
        ),
        (
            "Gunmen shot two farmers in Tarrem village under Basaguda police station limits.",
            {("Tarrem", "Basaguda police station")},
        ),
        (
            "The body was found in Tekulguda, which falls under the Jagargunda police station area.",
            {("Tekulguda", "Jagargunda police station")},
        ),
    ],
)
def test_a_place_under_a_jurisdiction_lies_in_it(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= {(s, o) for s, t, o in links_by_name(text) if t == "LOCATED_IN"}


@pytest.mark.parametrize(
    "text",
    [
        "Rutshuru fell under the control of the Kivu Front.",  # control, not jurisdiction
        "Masisi came under attack from Rutshuru on Monday.",
        "Fighters left Masisi under cover of darkness.",
    ],
)
def test_control_attack_or_cover_put_no_place_under_another(text: str) -> None:
    kg = graph_of(text)
    methods = {e.method for _, _, data in kg.g.edges(data=True) for e in data["evidence"]}
    assert not methods & {"place-under-jurisdiction", "jurisdiction-limits-of"}

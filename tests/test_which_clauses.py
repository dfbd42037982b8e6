"""An incident a relative clause takes through a preposition before "which" (loaders/which_clauses.py,
loaders/extract.py, the `which_clauses` block of seeds/relations.yaml): "the bombing, for which X claimed
responsibility", "the attack, for which X was blamed", "the raid, in which X fighters killed 20 people"; each on
sentences written for its test."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "incident", "certainty"),
    [
        (
            "The 2023 bombing of a market in Mogadishu, for which al-Shabaab claimed responsibility, killed 20 people.",
            "Mogadishu bombing",
            "asserted",
        ),
        (
            "The 2023 bombing of a market in Mogadishu, for which al-Shabaab has been blamed, killed 20 people.",
            "Mogadishu bombing",
            "alleged",
        ),
        (
            "Ten died in the 2023 bombing of a market in Mogadishu, for which al-Shabaab claimed responsibility.",
            "Mogadishu bombing",
            "asserted",
        ),
        (
            "The 2023 bombing of a market in Mogadishu, for which al-Shabaab denied responsibility, killed 20 people.",
            "Mogadishu bombing",
            "negated",
        ),
        (
            "The 2023 bombing of a market in Mogadishu, in which al-Shabaab fighters killed 20 people, shocked all.",
            "Mogadishu bombing",
            "asserted",
        ),
        (
            "The 2023 attack on a market in Mogadishu, during which al-Shabaab gunmen killed 20 people, shocked all.",
            "Mogadishu attack",
            "asserted",
        ),
        (
            "The 2023 attack on a market in Mogadishu, in which 20 people were killed by al-Shabaab gunmen, was grim.",
            "Mogadishu attack",
            "asserted",
        ),
    ],
)
def test_an_incident_a_which_clause_blames_or_tells_the_deed_of(text: str, incident: str, certainty: str) -> None:
    assert named_links(text, "BLAMED_FOR") == {("al-Shabaab", incident): certainty}


@pytest.mark.parametrize(
    "text",
    [
        "The 2023 bombing of a market in Mogadishu, in which an al-Shabaab commander was killed, shocked Somalia.",
        "The 2023 bombing of a market in Mogadishu, in which al-Shabaab lost 20 fighters, shocked the country.",
        "The 2023 bombing of a market in Mogadishu, for which no group claimed responsibility, killed 20 people.",
        "The 2023 bombing in Mogadishu, after which Somali troops killed 20 al-Shabaab fighters, shocked Somalia.",
        "The town of Afgoye, in which al-Shabaab fighters killed 20 people in 2023, lies near Mogadishu.",
    ],
)
def test_a_victim_a_loss_an_unmade_claim_a_later_deed_or_a_place_blames_no_one(text: str) -> None:
    assert named_links(text, "BLAMED_FOR") == {}

""" "The deadliest attack blamed on X remains the 2019 bombing of Y", "Among the attacks attributed to X are A and B":
the blame is laid on the incidents the copula names, not on the page's incident the noun would refer back to
(loaders/identified_incidents.py). Sentences written for these tests (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model

NEWS = "A car bomb exploded outside a police station in Gadra on Monday, killing nine officers. "
GROUP = "Gadra Liberation Front"


def blamed_for(text: str) -> dict[str, str]:
    """Each incident the group is blamed for, with the link's certainty."""
    return {
        event: certainty for (subject, event), certainty in named_links(text, "BLAMED_FOR").items() if subject == GROUP
    }


@pytest.mark.parametrize(
    ("told", "laid"),
    [
        (
            "The deadliest attack blamed on the Gadra Liberation Front remains the 2019 bombing of the market"
            " in Sabra.",
            {"Sabra bombing": "alleged"},
        ),
        (
            "Among the best-known attacks attributed to the Gadra Liberation Front are the 2019 bombing of the market"
            " in Sabra and the 2021 ambush near Tessit.",
            {"Sabra bombing": "alleged", "Tessit ambush": "alleged"},
        ),
        (
            "The worst attack claimed by the Gadra Liberation Front was the 2019 bombing of the market in Sabra.",
            {"Sabra bombing": "asserted"},
        ),
        (
            "The 2019 bombing of the market in Sabra was the deadliest attack claimed by the Gadra Liberation Front.",
            {"Sabra bombing": "asserted"},
        ),
        (
            "The deadliest attack carried out by the Gadra Liberation Front remains the 2019 bombing of the market in"
            " Sabra.",
            {"Sabra bombing": "asserted"},
        ),
    ],
)
def test_the_incident_a_copula_names_is_the_one_laid(told: str, laid: dict[str, str]) -> None:
    assert blamed_for(NEWS + told) == laid


def test_a_description_after_the_copula_keeps_the_incident_told() -> None:
    text = NEWS + "The attack blamed on the Gadra Liberation Front was a suicide bombing."
    assert blamed_for(text) == {"Gadra car bomb": "alleged"}


@pytest.mark.parametrize(
    "told",
    [
        "The deadliest attack on the Gadra Liberation Front was the 2019 air strike near Sabra.",  # it was hit
        "The deadliest attack blamed on the Gadra Liberation Front was not the 2019 bombing in Sabra.",  # denied
    ],
)
def test_no_incident_named_for_the_group_is_laid_on_it(told: str) -> None:
    assert "Sabra bombing" not in blamed_for(NEWS + told) and "Sabra air strike" not in blamed_for(NEWS + told)

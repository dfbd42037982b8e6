"""A denied act of harm whose object a noun of an incident told just before names again denies that incident ("An
airstrike on a hospital ... X denied targeting the hospital": negated blame; `disowned_deeds.harm_verbs` of
`seeds/relations.yaml`, `loaders/disowned_deeds.py`); each phrasing on sentences written for its test (the rules
alone)."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model

STRIKE = "An airstrike on a hospital in Kobani killed 12 people on Monday. "


@pytest.mark.parametrize(
    "denial",
    [
        "Turkey denied targeting the hospital.",
        "Turkey denied striking the hospital.",
        "Turkey denied bombing the hospital.",
        "Turkey denied that its jets had hit the hospital.",
        "Turkey denied that it had hit the hospital.",
    ],
)
def test_denying_the_harm_done_to_what_an_incident_hit_denies_the_incident(denial: str) -> None:
    found = named_links(STRIKE + denial, "BLAMED_FOR")
    assert found.get(("Turkey", "Kobani airstrike")) == "negated", found


@pytest.mark.parametrize(
    "text",
    [
        "Turkey denied that the PKK had hit the hospital.",  # another side's act
        "Turkey denied targeting civilians.",  # nothing the incident's phrase names
        "Turkey denied striking the school.",  # another thing than the one hit
    ],
)
def test_a_denial_of_another_act_or_of_another_sides_act_lays_nothing(text: str) -> None:
    found = named_links(STRIKE + text, "BLAMED_FOR")
    assert ("Turkey", "Kobani airstrike") not in found, found

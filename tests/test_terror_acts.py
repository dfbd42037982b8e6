"""Acts named by their aim (loaders/terror_acts.py): "a terrorist act", "an act of terrorism" name the page's attack
(its author, its accused), though "act" alone names none."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model

TOLD = "Gunmen killed twelve worshippers in an attack on a mosque in Gao on Friday. "


@pytest.mark.parametrize(
    "text",
    [
        TOLD + '"This was a terrorist act committed by the Islamic State," an army spokesman said.',
        TOLD + "On Sunday prosecutors charged Amadou Diallo and Oumar Touré with committing an act of terrorism.",
    ],
)
def test_an_act_of_terror_is_the_attack_told_before(text: str) -> None:
    found = named_links(text, "BLAMED_FOR")
    assert found and {o for _, o in found} == {"Gao attack"}, found


def test_an_act_of_another_kind_names_no_incident() -> None:
    text = TOLD + "On Sunday prosecutors charged Amadou Diallo with an act of fraud."
    assert named_links(text, "BLAMED_FOR") == {}

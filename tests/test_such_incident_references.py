"""An incident noun after "any such" refers back to the incident of its kind told before, as "the strike" does: a
denial of "any such strike" denies the strike just told (`determiners.such_determiners` of `seeds/relations.yaml`,
read by `loaders/events.py`); each phrasing on sentences written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model

STRIKE = "A drone strike hit a convoy near Kobani on Monday, killing 12 people. "


@pytest.mark.parametrize(
    "denial",
    [
        "Turkey denied carrying out any such strike.",
        "Turkey denied any such attack.",
        "Turkey said it had not carried out any such strike.",
        "Turkey rejected any involvement in any such attack.",
        "Turkey denied that its forces had carried out any such strike.",
    ],
)
def test_a_denial_of_any_such_incident_denies_the_incident_told_before(denial: str) -> None:
    found = named_links(STRIKE + denial, "BLAMED_FOR")
    assert found.get(("Turkey", "Kobani drone strike")) == "negated", found


@pytest.mark.parametrize(
    "text",
    [
        "Turkey said such attacks were common and blamed the PKK for past bombings.",  # attacks in general
        "The PKK said Turkey had the means for such an attack.",  # a capability, no incident laid on anyone
        "Turkey said no such strike had taken place.",  # the strike itself denied, no one's part in it
    ],
)
def test_such_an_incident_in_general_lays_the_one_told_before_on_no_one(text: str) -> None:
    found = named_links(STRIKE + text, "BLAMED_FOR")
    assert not any(event == "Kobani drone strike" for _, event in found), found

"""Blame in court (loaders/court_cases.py): a conviction states who did an incident, a charge alleges it, whether the
incident hangs on the verb or on the charge ("charged X with murder over the bombing", "in connection with")."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "A court convicted Amadou Diallo of the 2019 bombing of a hotel in Gao.",
        "Amadou Diallo was convicted over the 2019 bombing of a hotel in Gao.",
    ],
)
def test_a_conviction_for_an_incident_states_who_did_it(text: str) -> None:
    assert named_links(text, "BLAMED_FOR") == {("Amadou Diallo", "Gao bombing"): "asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "In May police charged Amadou Diallo with murder in connection with the 2019 bombing of a hotel in Gao.",
        "A bomb killed nine people at a hotel in Gao in 2019. Police later charged Amadou Diallo with murder over "
        "the Gao bombing.",
    ],
)
def test_a_charge_over_an_incident_alleges_it_of_the_one_charged(text: str) -> None:
    found = named_links(text, "BLAMED_FOR")
    assert {s for s, _ in found} == {"Amadou Diallo"}, found
    assert set(found.values()) == {"alleged"}, found


@pytest.mark.parametrize(
    "text",
    [
        "A bomb killed nine people at a hotel in Gao in March. Police later charged Amadou Diallo with the bombing.",
        "A bomb killed nine people at a hotel in Gao in March. Police later charged Amadou Diallo with carrying out "
        "the bombing.",
    ],
)
def test_a_charge_that_is_the_deed_itself_alleges_it_of_the_one_charged(text: str) -> None:
    found = named_links(text, "BLAMED_FOR")
    assert {s for s, _ in found} == {"Amadou Diallo"}, found
    assert set(found.values()) == {"alleged"}, found

"""A sanction given for an incident lays it on each one sanctioned, alleged (loaders/sanction_reasons.py)."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


def test_each_one_sanctioned_over_an_incident_is_alleged_to_have_done_it() -> None:
    text = (
        "Gunmen attacked an army base near Kalo in May, killing nine soldiers. The US Treasury sanctioned two Sahel "
        "Front commanders, Amadou Diallo and Ousmane Traore, over the attack."
    )
    found = named_links(text, "BLAMED_FOR")
    assert found == {("Amadou Diallo", "Kalo attack"): "alleged", ("Ousmane Traore", "Kalo attack"): "alleged"}, found


def test_one_designated_for_a_role_in_an_incident_is_alleged_to_have_done_it() -> None:
    text = (
        "Gunmen attacked an army base near Kalo in May, killing nine soldiers. In June the Treasury designated Amadou "
        "Diallo for his role in the attack."
    )
    assert named_links(text, "BLAMED_FOR") == {("Amadou Diallo", "Kalo attack"): "alleged"}


def test_a_sanction_for_no_incident_blames_no_one() -> None:
    text = (
        "Gunmen attacked an army base near Kalo in May, killing nine soldiers. The Treasury sanctioned Amadou Diallo "
        "over his finances."
    )
    assert named_links(text, "BLAMED_FOR") == {}

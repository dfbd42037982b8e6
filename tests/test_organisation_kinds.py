"""An unknown organisation's kind from the words of its name, each on a sentence written for its test."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def kinds(text: str) -> dict[str, str | None]:
    """Each organisation's name with its kind."""
    return {d["name"]: d.get("kind") for _, d in graph_of(text).g.nodes(data=True) if d["label"] == "Organization"}


def test_a_states_armed_forces_are_military_and_a_groups_forces_armed() -> None:
    found = kinds("The Gambian Armed Forces clashed with the Casamance Liberation Forces near Bignona on Monday.")
    assert found["Gambian Armed Forces"] == "military"
    assert found["Casamance Liberation Forces"] == "armed_group"


def test_a_russian_military_district_is_a_military_body_not_a_place() -> None:
    kg = graph_of("Sergei Shoigu visited the Southern Military District headquarters in Rostov-on-Don on Monday.")
    assert kg.g.nodes["southern-military-district"]["label"] == "Organization"
    assert kg.g.nodes["southern-military-district"]["kind"] == "military"

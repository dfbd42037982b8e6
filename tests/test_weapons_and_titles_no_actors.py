"""Weapon systems named without a number and titles of office read alone are no actors (``not_actors`` of
``seeds/relations.yaml``; loaders/mentions.py)."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ukraine's army fired a NASAMS missile at a drone over Kyiv.", "NASAMS"),
        ("Ankara deployed ANKA and Bayraktar drones against the militants in Duhok.", "ANKA"),
        ("The drones, Chinese-made Wing Loong II aircraft, hit the base near Sirte.", "Wing Loong II"),
        (
            "Militants claimed the attempted killing of the former Grand Mufti, Sheikh Adel Nour, in Cairo.",
            "Grand Mufti",
        ),
    ],
)
def test_a_weapon_or_a_title_the_ner_read_as_a_name_is_no_actor(text: str, name: str) -> None:
    names = {d["name"] for _, d in graph_of(text).g.nodes(data=True)}
    assert name not in names, names


def test_a_person_whose_title_opens_his_name_stays_a_person() -> None:
    nodes = graph_of("Mufti Abdul Kareem, a senior cleric, condemned the bombing in Quetta on Sunday.").g.nodes(
        data=True
    )
    assert {d["label"] for _, d in nodes if d["name"] == "Mufti Abdul Kareem"} <= {"Person"}

"""An incident known by the other names a reader gives it: its victim's surname for the whole name ("Santoso killing"
of "Abu Wardah Santoso killing", unless the page names another person by that surname), its phrase without the
acronym in brackets after a body's name, the noun of the weapon that did it ("Kalehe shelling" of "shells struck a
market in Kalehe"); and no incident from a verb of custody with no incident kind of its own (a town or a person
taken); on sentences written for the test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def _events(text: str) -> dict[str, set[str]]:
    kg = graph_of(text)
    return {d["name"]: set(d["aliases"]) for _, d in kg.g.nodes(data=True) if d["label"] == "Event"}


def test_a_killing_named_after_its_victim_is_named_by_the_surname_too() -> None:
    events = _events("Militant leader Abu Wardah Santoso was killed by security forces in July 2016.")
    assert "Santoso killing" in events["Abu Wardah Santoso killing"], events


def test_no_surname_name_when_the_page_names_another_person_by_it() -> None:
    text = "Militant leader Abu Wardah Santoso was killed by security forces in July 2016. His deputy Ali Santoso fled."
    events = _events(text)
    assert "Santoso killing" not in events["Abu Wardah Santoso killing"], events


def test_an_incident_is_named_without_the_acronym_in_brackets_of_a_body() -> None:
    text = "Rebel leader Mariano Nhongo died in a clash with the Defence and Security Forces (FDS) in Sofala on Monday."
    (aliases,) = _events(text).values()
    assert "a clash with the Defence and Security Forces in Sofala" in aliases, aliases


@pytest.mark.parametrize(
    "text",
    [
        "Rebel fighters captured Kyauktalon in southern Chin State in January 2024.",
        "The rebel leader was captured in Nairobi, Kenya, in February 1999 by Turkish agents.",
    ],
)
def test_taking_a_town_or_a_person_is_no_incident(text: str) -> None:
    assert _events(text) == {}


def test_an_act_is_named_by_the_noun_of_the_weapon_that_did_it() -> None:
    (aliases,) = _events("Mortar shells struck a market in Kalehe on Sunday, wounding nine people.").values()
    assert "Kalehe shelling" in aliases, aliases

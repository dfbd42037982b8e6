"""Who an incident hit, told more ways: the people a parse hangs as a compound on the "hostage" of "took X hostage",
a body named by a name with "of" ("the Ministry of Health") or set at the place of the verb an incident is the
subject of ("a bomb exploded outside the Justice Ministry"), the "of" of a shooting or an ambush, and a named person
killed "with" a victim; each construction on a sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import named_links as links

pytestmark = pytest.mark.model


def test_people_taken_hostage_are_who_the_kidnapping_hit() -> None:
    text = "Al-Shabaab fighters took three Kenyan police officers hostage near Mandera on Thursday."
    targeted = {o for _, o in links(text, "TARGETED")}
    assert "Kenya National Police Service" in targeted, targeted
    assert ("al-Shabaab", "Kenya National Police Service") in links(text, "ATTACKED")


@pytest.mark.parametrize(
    "text",
    [
        "The suicide bombing at the Ministry of Health in Baidoa killed nine people on Tuesday.",
        "The explosion inside the Bank of Abyssinia wounded six guards in Dire Dawa on Monday.",
    ],
)
def test_a_body_whose_name_has_an_of_at_an_incidents_site_was_hit(text: str) -> None:
    targeted = {o for _, o in links(text, "TARGETED")}
    assert targeted & {"Ministry of Health", "Bank of Abyssinia"}, targeted


def test_a_body_at_the_place_of_the_verb_an_incident_is_the_subject_of_was_hit() -> None:
    text = "A car bomb exploded outside the Justice Ministry in Kabul on Monday, wounding four guards."
    targeted = {o for _, o in links(text, "TARGETED")}
    assert "Justice Ministry" in targeted, targeted


def test_a_body_named_before_the_site_word_is_not_hit() -> None:
    text = "An attack at an ADF camp near Beni killed five soldiers on Monday."
    assert not any(o == "Allied Democratic Forces" for _, o in links(text, "TARGETED"))


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("The 2019 shooting of the activist Amina Yusuf in Kaduna shocked the city.", "Amina Yusuf"),
        ("The ambush of Colonel Idris Musa near Dikwa in May was blamed on Boko Haram.", "Idris Musa"),
    ],
)
def test_the_of_of_a_shooting_or_an_ambush_names_who_was_hit(text: str, victim: str) -> None:
    targeted = {o for _, o in links(text, "TARGETED")}
    assert victim in targeted, targeted


def test_a_named_person_killed_with_a_victim_was_hit_too() -> None:
    text = "Samir Nasser was killed with Yusuf Barakat in an Israeli strike near Rafah in June."
    assert ("Israel", "Yusuf Barakat") in links(text, "ATTACKED")
    assert "Yusuf Barakat" in {o for _, o in links(text, "TARGETED")}

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


def test_each_name_set_after_the_men_convicted_is_blamed_as_stated() -> None:
    text = (
        "A bomb killed 40 people at a market in Gao in 2019. Three of the men convicted over the bombing, Amadou "
        "Diallo, Ousmane Traore and Moussa Keita, were executed in 2021."
    )
    found = named_links(text, "BLAMED_FOR")
    assert {s for s, _ in found} == {"Amadou Diallo", "Ousmane Traore", "Moussa Keita"}, found
    assert set(found.values()) == {"asserted"}, found


def test_staging_an_attack_states_who_did_it() -> None:
    found = named_links("In 2020 the Sahel Front staged an ambush on an army convoy near Mopti.", "BLAMED_FOR")
    assert found == {("Sahel Front", "Mopti ambush"): "asserted"}, found


def test_an_indictment_for_an_incident_alleges_it() -> None:
    text = (
        "Gunmen killed nine people in a bombing at a hotel in Gao in 2019. Last year Amadou Diallo was indicted "
        "for the bombing."
    )
    found = named_links(text, "BLAMED_FOR")
    assert found == {("Amadou Diallo", "Gao bombing"): "alleged"}, found


def test_a_counted_list_of_the_convicted_is_walked_name_by_name() -> None:
    text = (
        "A bomb killed 40 people at a market in Gao in 2019. Three of the men convicted over the bombing, Amadou "
        "Diallo, Imam Ousmane Traore and Moussa Keita (Abu Bakr), were hanged in 2021."
    )
    found = named_links(text, "BLAMED_FOR")
    assert {s for s, _ in found} >= {"Amadou Diallo", "Moussa Keita"}, found
    assert any("Traore" in s for s, _ in found), found
    assert set(found.values()) == {"asserted"}, found


def test_the_people_arrested_and_charged_over_an_incident_are_each_alleged_to_have_done_it() -> None:
    text = (
        "A bomb killed nine people at a hotel in Gao in March. In May, police arrested three Malian nationals living "
        "in Senegal, Amadou Diallo, Ousmane Traore and Moussa Keita, and charged them with murder and conspiracy to "
        "commit murder over the Gao bombing."
    )
    found = named_links(text, "BLAMED_FOR")
    assert {s for s, _ in found} == {"Amadou Diallo", "Ousmane Traore", "Moussa Keita"}, found
    assert set(found.values()) == {"alleged"}, found


def test_the_incidents_listed_after_a_charge_are_not_the_ones_charged() -> None:
    text = (
        "Ali Musa is a programmer from Gao. Prosecutors charged him over the Kalo attack, the Sahel Bank theft and "
        "Hydra."
    )
    found = named_links(text, "BLAMED_FOR")
    assert found == {("Ali Musa", "Kalo attack"): "alleged"}, found


def test_a_conviction_of_conspiring_to_commit_and_supporting_an_attack_states_it() -> None:
    text = (
        "Gunmen stormed a hotel in Gao in 2019. In May a court in Bamako convicted two men, Amadou Diallo and "
        "Ousmane Traore, of conspiring to commit and supporting the attack."
    )
    found = named_links(text, "BLAMED_FOR")
    assert {s for s, _ in found} == {"Amadou Diallo", "Ousmane Traore"}, found
    assert set(found.values()) == {"asserted"}, found

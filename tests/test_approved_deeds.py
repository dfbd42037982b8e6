"""Who let a deed be done, and a passive deed's doer past a phrase of time or of a message (loaders/extract.py,
loaders/interposed_agents.py, the `blame` block of seeds/relations.yaml): "X authorised the strike", "the raid was
approved by X", "claimed at the time by X", "claimed in a statement by X"; each on sentences written for its test."""

from __future__ import annotations

import pytest
from conftest import links_by_name, named_links

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Benjamin Netanyahu authorised the 2024 air strike on Beirut.",
        "The 2024 air strike on Beirut was approved by Benjamin Netanyahu.",
        "Benjamin Netanyahu, who approved the 2024 air strike on Beirut, spoke to reporters in New York.",
        "The commander was killed in a 2024 air strike on Beirut authorized by Benjamin Netanyahu.",
        "The 2024 air strike on Beirut, which Benjamin Netanyahu authorised, killed the commander.",
    ],
)
def test_who_authorised_or_approved_an_incident_is_blamed_for_it(text: str) -> None:
    assert named_links(text, "BLAMED_FOR") == {("Benjamin Netanyahu", "Beirut air strike"): "asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "Benjamin Netanyahu condemned the 2024 air strike on Beirut.",
        "The cabinet approved the budget a week after the 2024 air strike on Beirut.",
        "Benjamin Netanyahu did not authorise the 2024 air strike on Beirut.",
    ],
)
def test_no_approval_of_the_incident_blames_no_one(text: str) -> None:
    assert ("Benjamin Netanyahu", "Beirut air strike") not in {
        k for k, v in named_links(text, "BLAMED_FOR").items() if v != "negated"
    }


def test_who_approved_strikes_in_a_place_is_not_said_to_have_struck_it() -> None:
    links = links_by_name("Benjamin Netanyahu authorised the 2024 air strike in Beirut.")
    assert ("Benjamin Netanyahu", "ATTACKED", "Beirut") not in links


@pytest.mark.parametrize(
    "text",
    [
        "The 2022 Kuje prison attack was claimed at the time by Boko Haram.",
        "The 2022 Kuje prison attack was claimed in a statement by Boko Haram.",
        "The 2022 Kuje prison attack was claimed in a video by Boko Haram.",
        "The 2022 Kuje prison attack was carried out at night by Boko Haram.",
        "The 2022 Kuje prison attack, which was claimed at the time by Boko Haram, freed 800 inmates.",
    ],
)
def test_a_passive_deeds_doer_hung_on_a_phrase_of_time_or_of_a_message_is_blamed(text: str) -> None:
    assert named_links(text, "BLAMED_FOR") == {("Boko Haram", "Kuje prison attack"): "asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "The 2022 Kuje prison attack was condemned at the time by Boko Haram.",
        "The 2022 Kuje prison attack was carried out in a town held by Boko Haram.",
        "The 2022 Kuje prison attack was claimed in a statement that was denied by Boko Haram.",
    ],
)
def test_a_by_phrase_of_another_verb_or_of_a_place_blames_no_one(text: str) -> None:
    assert named_links(text, "BLAMED_FOR") == {}


@pytest.mark.parametrize(
    "text",
    [
        "The 2024 air strike on Beirut was carried out on the orders of Benjamin Netanyahu.",
        "The 2024 air strike on Beirut was carried out on Benjamin Netanyahu's orders.",
        "The 2024 air strike on Beirut, launched at the behest of Benjamin Netanyahu, killed the commander.",
        "The commander was killed in the 2024 air strike on Beirut on the orders of Benjamin Netanyahu.",
        "The 2024 air strike on Beirut was carried out under orders from Benjamin Netanyahu.",
    ],
)
def test_whose_orders_an_incident_was_done_on_is_blamed_for_it(text: str) -> None:
    assert named_links(text, "BLAMED_FOR") == {("Benjamin Netanyahu", "Beirut air strike"): "asserted"}


def test_a_killing_believed_done_on_someones_orders_is_alleged_of_them() -> None:
    text = "Vincent Otti is believed to have been executed in 2007 on Joseph Kony's orders."
    assert named_links(text, "BLAMED_FOR") == {("Joseph Kony", "Vincent Otti killing"): "alleged"}


def test_a_deed_denied_to_have_been_ordered_by_someone_is_a_denial() -> None:
    text = "Officials said the 2024 air strike on Beirut was not carried out on the orders of Benjamin Netanyahu."
    assert named_links(text, "BLAMED_FOR") == {("Benjamin Netanyahu", "Beirut air strike"): "negated"}


@pytest.mark.parametrize(
    "text",
    [
        "The 2024 air strike on Beirut was carried out despite the orders of Benjamin Netanyahu.",
        "Troops were deployed to Beirut in 2024 on the orders of Benjamin Netanyahu.",
        "The 2024 air strike on Beirut came a day after Benjamin Netanyahu gave orders to evacuate the city.",
    ],
)
def test_orders_given_for_no_incident_blame_no_one_for_it(text: str) -> None:
    assert named_links(text, "BLAMED_FOR") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Benjamin Netanyahu authorised the 2024 air strike on Beirut that killed Hassan Nasrallah.",
        "The 2024 strike on Beirut that killed Hassan Nasrallah was carried out on the orders of Benjamin Netanyahu.",
    ],
)
def test_who_only_let_a_deed_be_done_is_not_said_to_have_struck_its_victims(text: str) -> None:
    links = links_by_name(text)
    assert any(s == "Benjamin Netanyahu" and t == "BLAMED_FOR" for s, t, _ in links), links
    assert ("Benjamin Netanyahu", "ATTACKED", "Hassan Nasrallah") not in links, links

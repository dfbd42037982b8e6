"""State and international bodies no list of actors knows, on sentences written for them: a body's name whose words
are all a title's or a portfolio's ("the Defence Department", "the Department of Defence") is a body's when a body's
noun heads it, and a coalition named by the state that leads it ("the Chadian-led coalition") is one organisation."""

from __future__ import annotations

import pytest
from conftest import graph_of, links_of
from test_whole_names import nodes

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Defence Department said on Monday that two of its aircraft had been lost.", "Defence Department"),
        ("The Department of Defence said on Monday that two of its aircraft had been lost.", "Department of Defence"),
        ("A spokesman for the Foreign Affairs Department declined to comment.", "Foreign Affairs Department"),
    ],
)
def test_a_name_headed_by_a_body_noun_is_a_body_though_its_words_are_a_titles(text: str, body: str) -> None:
    found = nodes(text)
    assert found[body][0] == "Organization", found


def test_a_title_of_a_portfolio_without_a_body_noun_is_still_no_body() -> None:
    found = nodes("The Defence Secretary of Chad met the Secretary of State for Defence in N'Djamena.")
    assert not any("Secretary" in name for name in found), found


def test_a_coalition_named_by_the_state_leading_it_is_one_organisation_affiliated_with_it() -> None:
    text = "The Chadian-led coalition shelled rebel positions near the border on Tuesday."
    found = nodes(text)
    assert found["Chadian-led coalition"][0] == "Organization", found
    assert ("chad", "AFFILIATED_WITH", "chadian-led-coalition") in links_of(text)


def test_forces_led_by_a_state_are_no_coalition_of_their_own() -> None:
    found = nodes("Chadian-led forces shelled rebel positions near the border on Tuesday.")
    assert not any("led" in name for name in found), found


def _kinds(text: str) -> dict[str, str | None]:
    return {d["name"]: d.get("kind") for _, d in graph_of(text).g.nodes(data=True)}


def test_a_state_body_whose_name_goes_on_after_a_preposition_is_one_body_of_its_state() -> None:
    text = "The Gabonese State Committee for Public Security detained two men at the port on Friday."
    assert _kinds(text)["Gabonese State Committee for Public Security"] == "government"
    pairs = {frozenset((s, o)) for s, t, o in links_of(text) if t == "AFFILIATED_WITH"}
    assert frozenset(("gabonese-state-committee-for-public-security", "gabon")) in pairs


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "Troops of the Gabonese National Defence Force entered the town on Friday.",
            "Gabonese National Defence Force",
        ),
        ("The Bhutanese Army said five soldiers had been wounded in the ambush.", "Bhutanese Army"),
        ("The Zambian Coast Guard seized the boat near the border.", "Zambian Coast Guard"),
    ],
)
def test_a_states_name_before_the_words_of_an_armed_force_is_the_states_military(text: str, force: str) -> None:
    assert _kinds(text)[force] == "military"


def test_a_states_name_before_a_groups_words_is_no_states_force() -> None:
    kinds = _kinds("The Malawi People's Liberation Army said five of its fighters had been wounded.")
    assert kinds.get("Malawi People's Liberation Army") != "military", kinds


def test_a_bodys_letters_before_a_secretarys_title_are_the_body_the_holder_leads() -> None:
    text = "EACSO Secretary General Mary Wanjiru said the talks would resume in Nairobi."
    assert nodes(text)["EACSO"][0] == "Organization"
    assert ("mary-wanjiru", "LEADS", "eacso") in links_of(text)


def test_a_portfolio_before_a_ministers_title_is_still_no_body() -> None:
    assert "Interior" not in nodes("Interior Minister Mary Wanjiru said the talks would resume in Nairobi.")

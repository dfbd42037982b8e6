"""A known state body's name after another state's possessive is that state's body (loaders/state_bodies.py,
loaders/mentions.py), on sentences written for the tests (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def test_another_states_body_of_a_known_name_is_the_acronym_spelled_out_after_it() -> None:
    kg = graph_of(
        "Kyrylo Budanov, the head of Ukraine's Main Intelligence Directorate (HUR), said the drones had hit the "
        "Engels air base."
    )
    assert "gru" not in kg.g
    assert kg.g.has_edge("kyrylo-budanov", "hur", key="LEADS")


def test_another_states_body_of_a_known_name_with_no_acronym_is_named_for_its_state() -> None:
    kg = graph_of("Ukraine's Main Intelligence Directorate said on Sunday that its drones had struck a refinery.")
    assert "gru" not in kg.g
    assert kg.g.nodes["main-intelligence-directorate-of-ukraine"]["label"] == "Organization"


def test_the_known_body_after_its_own_states_possessive_stays_the_body() -> None:
    kg = graph_of("Russia's Main Intelligence Directorate ran the sabotage campaign, investigators said.")
    assert kg.g.nodes["gru"]["label"] == "Organization"


def _names(text: str) -> set[str]:
    return {data["name"] for _, data in graph_of(text).g.nodes(data=True)}


def test_a_generic_body_in_a_sentence_set_in_another_state_is_that_states() -> None:
    names = _names(
        "The United States struck militia depots in Syria on Friday. Washington said the United States would strike "
        "again. The Foreign Ministry spokesman Reza Tavakoli said Tehran had no part in the raid."
    )
    assert "Foreign Ministry of United States" not in names
    assert "Iranian Foreign Ministry" in names


def test_a_generic_body_in_a_sentence_naming_two_other_states_keeps_no_state() -> None:
    names = _names(
        "Israel said Israeli settlers would be protected. Israel's army moved in. The Treasury designated two "
        "settlers in the West Bank, the United States said."
    )
    assert "Treasury of Israel" not in names


def test_a_generic_body_in_a_sentence_naming_the_articles_state_is_still_its() -> None:
    names = _names(
        "Kenya sent more troops to Lamu. Kenyan officials said Kenya would hold the coast. The Interior Ministry said "
        "Kenya and Somalia would patrol the border together."
    )
    assert "Kenyan Ministry of Interior" in names  # the article's state's known interior ministry


def test_a_ministry_named_in_lower_case_is_the_pages_states_body() -> None:
    kg = graph_of(
        "Gunmen stormed a police post in Chad on Monday. Chad closed its border. The justice ministry said "
        "that Mahamat Idriss Deby had ordered an inquiry."
    )
    ministries = [d for _, d in kg.g.nodes(data=True) if "justice ministry" in {a.lower() for a in d["aliases"]}]
    assert len(ministries) == 1 and ministries[0]["label"] == "Organization"
    assert "chad" in ministries[0]["name"].lower() or "chadian" in ministries[0]["name"].lower()


def test_other_generic_bodies_in_lower_case_make_no_node() -> None:
    kg = graph_of("Gunmen stormed a police post in Chad on Monday. The security forces said the cabinet had met.")
    assert not [n for n, d in kg.g.nodes(data=True) if d["label"] == "Organization"]


def test_a_ministry_named_in_lower_case_on_a_page_of_no_one_state_makes_no_node() -> None:
    kg = graph_of("Gunmen stormed a police post on Monday. The justice ministry said an inquiry had opened.")
    assert not [n for n, d in kg.g.nodes(data=True) if d["label"] == "Organization"]


def test_a_states_body_the_ner_read_as_a_person_after_a_title_is_the_body_its_chief_leads() -> None:
    kg = graph_of(
        "Belarus said on Friday that troops were massing on its border, and the chief of the General Staff, "
        "Pavel Muraviko, ordered a readiness check."
    )
    names = {data["name"]: data["label"] for _, data in kg.g.nodes(data=True)}
    staff = [n for n, label in names.items() if n.startswith("General Staff") and label == "Organization"]
    assert len(staff) == 1 and "Staff" not in names, names
    muraviko = next(n for n, d in kg.g.nodes(data=True) if d["name"] == "Pavel Muraviko")
    assert any(kg.g.has_edge(muraviko, n, key="LEADS") for n, d in kg.g.nodes(data=True) if d["name"] == staff[0])


def test_a_state_opening_a_hyphened_word_sets_no_generic_bodys_sentence_in_that_state() -> None:
    names = _names(
        "Kenya sent more troops to Lamu. Kenyan officials said Kenya would hold the coast. The Interior Ministry said "
        "a Somali-trained preacher had recruited the gunmen."
    )
    assert "Interior Ministry of Somalia" not in names
    assert "Kenyan Ministry of Interior" in names


def test_a_state_opening_hyphened_words_is_not_the_state_the_page_is_about() -> None:
    names = _names(
        "Saudi-funded schools spread across Mindanao. A Saudi-trained preacher founded the group. Troops raided its "
        "camps in the Philippines, and the Philippines army said so. The Interior Ministry said it would ban the group."
    )
    assert "Saudi Ministry of Interior" not in names

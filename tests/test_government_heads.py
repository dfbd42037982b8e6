"""A government named after its head: "the government of President X", "X's government", "the X government" make X
lead the state (the known one, else the one its phrase names by a demonym or in X's title, else the article's), not when
the page has X lead another body. Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import links_by_name, links_of

pytestmark = pytest.mark.model


def test_the_government_of_a_president_is_led_by_him() -> None:
    found = links_of(
        "Malawi has struggled with floods this year. Aid to Malawi was delayed for months, and the government of "
        "President Lazarus Chakwera appealed for help. Malawi's army was deployed."
    )
    assert ("lazarus-chakwera", "LEADS", "malawi") in found, found


def test_a_government_named_after_a_head_the_page_has_lead_another_body() -> None:
    found = links_of(
        "Libya has two rival governments. The Unity Council in Tripoli, led by Omar Senussi, relies on Turkey. "
        "Libya's east is held by Haftar, and Senussi's government depends on Ankara. Libya stays divided."
    )
    assert not any(s == "omar-senussi" and k == "LEADS" and o == "libya" for s, k, o in found), found


def test_a_government_named_after_its_head_acts_for_his_state() -> None:
    found = links_of(
        "Eritrea closed its southern crossings in June. President Isaias Afwerki's government, which fought a "
        "long war with Ethiopia, said the border would stay shut."
    )
    assert ("eritrea", "OPPOSES", "ethiopia") in found or ("ethiopia", "OPPOSES", "eritrea") in found, found
    assert not any("isaias-afwerki" in (s, o) and k == "OPPOSES" for s, k, o in found), found


def test_a_government_named_after_a_head_of_no_known_state_stays_his() -> None:
    found = links_of("Chad sent troops to the border. Colonel Amadou Tadio's government fought a war with Niger.")
    assert not any(k == "OPPOSES" and "chad" in (s, o) for s, k, o in found), found


def test_a_demonym_before_a_government_names_its_heads_state() -> None:
    found = links_by_name(
        "Niger's army fought Boko Haram near Diffa on Monday. Niger said ten soldiers died. The Chadian government of "
        "Prime Minister Amadou Kone condemned the attack."
    )
    assert ("Amadou Kone", "LEADS", "Chad") in found, found
    assert ("Amadou Kone", "LEADS", "Niger") not in found, found


def test_a_state_in_the_heads_title_names_the_governments_state() -> None:
    found = links_by_name(
        "Niger's army fought Boko Haram near Diffa on Monday. Niger said ten soldiers died. The administration of "
        "Chadian President Ali Mahamat condemned the attack."
    )
    assert ("Ali Mahamat", "LEADS", "Niger") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Syria's war drags on. The SDF blamed the government of Amadou Tadio and Iranian-backed militias for the "
        "violence. Syria denied it.",
        "Syria's war drags on. The SDF blamed Amadou Tadio's government and Iran-aligned factions for the violence. "
        "Syria denied it.",
        "Syria's war drags on. The SDF blamed the regime of President Amadou Tadio and its Russian-trained troops for "
        "the violence. Syria denied it.",
        "Syria's war drags on. The SDF blamed the Iranian-backed government of Amadou Tadio for the violence. Syria "
        "denied it.",
    ],
)
def test_a_state_opening_a_hyphened_word_or_in_a_name_joined_to_the_head_is_not_his(text: str) -> None:
    found = links_by_name(text)
    assert ("Amadou Tadio", "LEADS", "Syria") in found, found
    assert not any(s == "Amadou Tadio" and o in {"Iran", "Russia"} for s, _, o in found), found

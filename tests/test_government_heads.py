"""A government named after its head: "the government of President X", "X's government", "the X government" make X
lead the state (the known one, else the article's), not when the page has X lead another body. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from conftest import links_of

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

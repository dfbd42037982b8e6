"""A state named in the sentence before a bare title only as the place where something happened ("training in
Lebanon") does not stop the title being held in the page's state; a state that acts there ("Turkish Prime Minister X
chaired ...") still does. Sentences written for these tests (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


def test_a_state_named_as_a_scene_before_a_bare_title_leaves_it_the_page_state() -> None:
    found = links_by_name(
        "Jordan arrested 16 men over a plot. Jordan's intelligence service said the men had built rockets. State "
        "television broadcast confessions, in which some of the men said they had received training in Lebanon. "
        "Government spokesman Ali Hamdan told reporters the plot had been followed since 2021."
    )
    assert ("Ali Hamdan", "WORKS_FOR", "Jordan") in found, found
    assert ("Ali Hamdan", "WORKS_FOR", "Lebanon") not in found, found


def test_a_state_acting_in_the_sentence_before_a_bare_title_still_keeps_the_page_state_off() -> None:
    found = links_by_name(
        "Iraq condemned the strikes. Iraq's government met. Turkish Prime Minister Kemal Aydin chaired an emergency "
        "meeting in Ankara. Foreign Minister Selim Koc said the consulate staff were safe."
    )
    assert ("Selim Koc", "WORKS_FOR", "Iraq") not in found, found

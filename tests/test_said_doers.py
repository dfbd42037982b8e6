"""The doers a claim's "saying" clause names, though the parse hangs them on "saying", and who they worked with
(blame_phrases.said_doers, blame_phrases.partners_working)."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


def test_the_unit_a_claim_says_carried_it_out_and_its_partners_are_blamed() -> None:
    text = (
        "Gunmen hijacked a passenger train near Kalo on Tuesday. The Sahel Liberation Army claimed the hijacking "
        "within hours, saying its Zubair Brigade, working with the Hawk Squad and the Falcon Squad, had carried it "
        "out."
    )
    found = named_links(text, "BLAMED_FOR")
    doers = {s for s, _ in found}
    assert {"Zubair Brigade", "Hawk Squad", "Falcon Squad"} <= doers, found

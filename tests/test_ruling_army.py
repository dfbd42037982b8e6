"""The word "junta" for the one state army named before when no organisation known to hold the word was named."""

from __future__ import annotations

from conftest import links_by_name


def test_the_junta_after_a_state_army_is_that_army() -> None:
    text = (
        "The Guinean army seized power in a coup in September. "
        "The junta, led by Colonel Mamadi Doumbouya, has promised elections within three years."
    )
    found = links_by_name(text)
    assert any(s == "Mamadi Doumbouya" and t == "LEADS" and o == "Guinean Armed Forces" for s, t, o in found), found


def test_the_junta_after_two_states_armies_is_neither() -> None:
    text = (
        "The Guinean army and the Malian army held joint drills in September. "
        "The junta, led by Colonel Mamadi Doumbouya, has promised elections within three years."
    )
    found = links_by_name(text)
    assert not any(s == "Mamadi Doumbouya" and o.endswith("Armed Forces") for s, _, o in found), found

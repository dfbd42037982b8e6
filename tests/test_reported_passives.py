"""A passive infinitive reported by a passive verb of saying: "X is widely reported to be led by Y"."""

from __future__ import annotations

from conftest import links_of


def test_reported_to_be_led_by_names_the_leader() -> None:
    found = links_of("The Arakan Army is widely reported to be led by Twan Mrat Naing.")
    assert ("twan-mrat-naing", "LEADS", "arakan-army") in found, found


def test_believed_to_be_funded_by_a_reference_names_the_backer_of_the_group_named_before() -> None:
    found = links_of("The Arakan Army seized Paletwa in January. It is believed to be funded by China.")
    assert ("china", "FUNDS", "arakan-army") in found, found


def test_expected_to_be_led_by_is_no_fact() -> None:
    found = links_of("The Arakan Army is expected to be led by Twan Mrat Naing.")
    assert ("twan-mrat-naing", "LEADS", "arakan-army") not in found, found

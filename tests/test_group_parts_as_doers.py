"""A group's parts or leftovers named by "of" ("remnants of X", "elements of X") act for the group."""

from __future__ import annotations

from conftest import links_by_name


def test_remnants_of_a_group_attack_for_it() -> None:
    found = links_by_name("Remnants of Boko Haram raided a Nigerian army camp near Bama on Friday.")
    assert ("Boko Haram", "ATTACKED", "Nigeria") in found, found


def test_elements_of_a_group_attack_for_it() -> None:
    found = links_by_name("Elements of Boko Haram raided a Nigerian army camp near Bama on Friday.")
    assert ("Boko Haram", "ATTACKED", "Nigeria") in found, found


def test_units_of_a_group_attack_for_it() -> None:
    found = links_by_name("Units of the Islamic State stormed a Syrian army checkpoint near Palmyra at dawn.")
    assert any(s == "ISIS" and t == "ATTACKED" for s, t, o in found), found

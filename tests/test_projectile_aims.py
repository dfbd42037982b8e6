"""What a volley was fired at, when the parser hangs the "at" on the thing fired: "fired a barrage of rockets at X",
"launched a wave of drones at X", "firing 40 missiles of several types at X": the shooter ATTACKED X."""

from __future__ import annotations

from conftest import links_by_name


def attacked(text: str) -> set[tuple[str, str]]:
    """(attacker, attacked) of every ATTACKED link of the graph of one document, by name."""
    return {(s, o) for s, t, o in links_by_name(text) if t == "ATTACKED"}


def test_a_barrage_fired_at_a_town_attacked_it() -> None:
    found = attacked("Hezbollah fired a barrage of rockets at Kiryat Shmona on Monday.")
    assert ("Hezbollah", "Kiryat Shmona") in found, found


def test_a_wave_of_drones_launched_at_a_city_attacked_it() -> None:
    found = attacked("The Houthis launched a wave of drones at Eilat on Tuesday.")
    assert ("Houthis", "Eilat") in found, found


def test_missiles_of_several_types_fired_at_cities_attacked_each() -> None:
    found = attacked(
        "On Monday, Russia launched missile attacks on Ukraine, firing some 40 missiles of several types at Kharkiv, "
        "Odesa and Sumy."
    )
    assert {("Russia", "Kharkiv"), ("Russia", "Odesa"), ("Russia", "Sumy")} <= found, found


def test_a_place_a_stormed_thing_stands_at_is_not_what_a_volley_hit() -> None:
    found = attacked("Al-Shabaab stormed a base at Manda Bay on Sunday.")
    assert not any(o == "Manda Bay" for _, o in found), found

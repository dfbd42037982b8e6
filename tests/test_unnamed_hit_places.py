"""The place of unnamed things an attack hit: "struck PKK positions in Qandil" attacked Qandil as well as the PKK,
and "villages in Djugu were attacked by X" attacked Djugu, as "X attacked villages in Djugu" does; not the place of
one thing ("a car in Tyre"), of people ("troops near Okene"), of a downed aircraft, nor a country only the scene.
Each on a sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


def attacked(text: str) -> dict[tuple[str, str], str]:
    """Each ATTACKED link of the graph of one document, by its ends' names, with its certainty."""
    return named_links(text, "ATTACKED")


@pytest.mark.parametrize(
    ("text", "owner", "place"),
    [
        ("Israeli aircraft bombed Hezbollah sites near Nabatieh overnight.", "Hezbollah", "Nabatieh"),
        ("Hezbollah sites near Nabatieh were bombed by Israeli aircraft overnight.", "Hezbollah", "Nabatieh"),
        ("Turkish jets struck PKK positions in Qandil on Sunday.", "PKK", "Qandil Mountains"),
        ("PKK positions in Qandil were struck by Turkish jets on Sunday.", "PKK", "Qandil Mountains"),
        ("The Houthis attacked Saudi Aramco facilities in Jizan on Friday.", "Saudi Arabia", "Jizan"),
    ],
)
def test_the_place_of_things_hit_was_attacked_as_well_as_their_owner(text: str, owner: str, place: str) -> None:
    found = attacked(text)
    attacker = next(a for a, b in found if b == owner)
    assert found.get((attacker, place)) == "asserted", found


@pytest.mark.parametrize(
    "text",
    [
        "Villages in Djugu were attacked by fighters of CODECO.",
        "Camps sheltering displaced people in Djugu were raided by CODECO.",
        "Soldiers in Djugu were attacked by CODECO on Monday.",
        "Fighters of CODECO attacked villages in Djugu on Monday.",
    ],
)
def test_the_place_of_unnamed_things_hit_told_in_the_passive_was_attacked(text: str) -> None:
    assert attacked(text).get(("CODECO", "Djugu")) == "asserted", attacked(text)


def test_a_denied_attack_on_things_denies_their_place_too() -> None:
    found = attacked("Hezbollah sites near Nabatieh were not bombed by Israel, the army said.")
    assert found.get(("Israel", "Nabatieh")) == "negated", found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Israeli jets struck a Hezbollah car in Tyre.", "Tyre"),  # one thing only stands there
        ("A Hezbollah car in Tyre was struck by an Israeli drone.", "Tyre"),
        ("Ansaru attacked Nigerian troops near Okene.", "Okene"),  # people of a side, not a place
        ("Israeli jets struck Hezbollah targets in Lebanon.", "Lebanon"),  # a country only the scene
        ("A drone was shot down over Marib by the Houthis.", "Marib"),  # where an aircraft flew
    ],
)
def test_no_place_is_attacked_for_one_thing_people_an_aircraft_or_a_scene(text: str, place: str) -> None:
    found = attacked(text)
    assert not any(b == place for _, b in found), found


def test_a_third_actor_placed_beside_the_place_is_not_attacked() -> None:
    found = attacked("Israeli aircraft bombed Hezbollah sites near Nabatieh, where UNIFIL is based.")
    assert ("Israel", "Nabatieh") in found and not any(b == "UNIFIL" for _, b in found), found

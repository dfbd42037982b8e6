"""A settlement named after a water or a coast and its noun lies on that water ("the Red Sea port of X";
``water_words`` of ``seeds/relations.yaml``, ``DocReader._place_of`` and ``_division_of``), on sentences written for
it."""

from __future__ import annotations

from conftest import links_by_name


def test_a_settlement_after_a_water_s_name_lies_on_the_water() -> None:
    for text, place, water in (
        ("Fighters attacked the Black Sea port of Qarvelo on Monday.", "Qarvelo", "Black Sea"),
        ("Rebels seized a ship off the Dunmore Sea port of Qarvelo.", "Qarvelo", "Dunmore Sea"),
        ("Fighters entered the Lake Zendi town of Qarvelo on Monday.", "Qarvelo", "Lake Zendi"),
        ("Gunmen raided the Caspian Sea city of Tamburiye.", "Tamburiye", "Caspian Sea"),
    ):
        found = links_by_name(text)
        assert (place, "LOCATED_IN", water) in found, (text, found)
        assert (water, "LOCATED_IN", place) not in found, (text, found)


def test_a_town_named_before_its_noun_still_lies_in_the_place_after_of() -> None:
    # without "the": "the Y town of X" is a town X in Y (tests/test_places_kind_beside.py)
    found = links_by_name("Fighters entered Amanual town of East Gojam on Monday.")
    assert ("Amanual", "LOCATED_IN", "East Gojam") in found, found

"""A place the words call a province, region, state or governorate lies in no town, city or village
(`loaders/place_ranks.py`, checked wherever a rule links two places): "Batken region, near Osh city", "Ituri province,
near Bunia town", "Hodeidah governorate, north of Hodeidah city". A town still lies in its region, a district in its
city, and a town in a region of its own name. Each on sentences written for its test, the rules alone."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


def _placed(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in links_by_name(text) if t == "LOCATED_IN"}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Residents of Batken region, near Osh city, fled.", ("Batken", "Osh")),
        ("Clashes were reported in Ituri province, near Bunia town.", ("Ituri", "Bunia")),
        ("The rebels hold much of Kebbi state, north of Sokoto town.", ("Kebbi", "Sokoto")),
        ("Attacks rose in Cabo Delgado province, which lies north of Pemba city.", ("Cabo Delgado", "Pemba")),
        ("Fighting spread across Sofala province, south of Beira city.", ("Sofala", "Beira")),
        (
            "Ras Isa lies on the coast of Hodeidah governorate, north of Hodeidah city.",
            ("Hodeidah governorate", "Hodeidah city"),
        ),
    ],
)
def test_a_wider_division_lies_in_no_town(text: str, wrong: tuple[str, str]) -> None:
    assert wrong not in _placed(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen raided Gwoza town in Borno state.", ("Gwoza", "Borno")),  # a town in its state
        ("The port lies in Hodeidah city, in Hodeidah governorate.", ("Hodeidah city", "Hodeidah governorate")),
        ("Kidal town lies in the Kidal region of Mali.", ("Kidal town", "Kidal region")),  # named after its region
        ("The Hodan district of Mogadishu city was shelled.", ("Hodan", "Mogadishu")),  # a district in its city
        ("Clashes erupted in the Kano state town of Kano.", ("Kano", "Kano state")),  # a state and a city of one name
    ],
)
def test_a_town_or_district_still_lies_in_a_wider_place(text: str, expected: tuple[str, str]) -> None:
    assert expected in _placed(text)

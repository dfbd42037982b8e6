"""A list of places joined by commas ("towns including A, B, C, D and E") puts none of them in another, even where
the parse sets the second name in apposition to the first, nor does "Y, the port town of X"; a place and its region
after one comma, two places set off by commas after "in" ("in San Fernando, Tamaulipas, about ..."), or "the main town
of" a province, still does."""

from __future__ import annotations

import pytest
from conftest import links_of


def test_towns_listed_with_commas_are_not_in_one_another() -> None:
    links = links_of("The rebels now hold towns including Shwegu, Momauk, Mansi-Ywa, Bhamo, Waingmaw and Chipwi.")
    assert not {(s, o) for s, k, o in links if k == "LOCATED_IN"}


def test_a_town_and_its_province_after_a_comma_stays_placed() -> None:
    assert ("gwadar", "LOCATED_IN", "balochistan") in links_of(
        "Gunmen attacked a bus in Gwadar, Balochistan, on Monday."
    )


def test_a_town_set_beside_the_port_town_of_another_is_not_in_it() -> None:
    text = (
        "The army still holds the provincial capital, Mbandaka, the river town of Lisala, where a new bridge is "
        "planned."
    )
    assert ("mbandaka", "LOCATED_IN", "lisala") not in links_of(text)


def test_a_town_described_as_the_main_town_of_a_province_is_in_it() -> None:
    assert ("bunia", "LOCATED_IN", "ituri") in links_of(
        "Gunmen attacked Bunia, the main town of Ituri province, on Monday."
    )


def test_a_place_near_the_last_of_a_list_is_near_that_one_only() -> None:
    links = links_of("Fighters were seen in Kadugli, Dilling and Babanusa near El Obeid.")
    assert ("babanusa", "LOCATED_IN", "el-obeid") in links
    assert not {s for s, k, o in links if k == "LOCATED_IN" and o == "el-obeid"} & {"kadugli", "dilling"}, links


def test_places_listed_before_in_each_lie_in_the_place_after() -> None:
    links = links_of("Gunmen raided Arbinda and Djibo in the Sahel region on Sunday.")
    assert {("arbinda", "LOCATED_IN", "sahel"), ("djibo", "LOCATED_IN", "sahel")} <= links, links


@pytest.mark.parametrize(
    ("text", "place", "wider"),
    [
        (  # a clause, not a third place, after the "and"
            "Gunmen raided the police station in Morales, Cauca, and bombings in Jamundi followed.",
            "morales",
            "cauca",
        ),
        (  # a phrase of distance after the comma
            "Marines found the bodies at a ranch in San Fernando, Tamaulipas, about 150 kilometres from the border.",
            "san-fernando",
            "tamaulipas",
        ),
    ],
)
def test_a_place_and_its_wider_one_set_off_by_commas_after_in(text: str, place: str, wider: str) -> None:
    assert (place, "LOCATED_IN", wider) in links_of(text)


def test_two_places_closed_by_and_elsewhere_are_a_list() -> None:
    links = links_of("Fighting raged in Kharkiv, Donetsk, and elsewhere.")
    assert not {(s, o) for s, k, o in links if k == "LOCATED_IN"}, links


def test_places_listed_before_a_plural_division_noun_are_each_read() -> None:
    links = links_of("The Mandara Front is active in the Mayo-Sava and Mayo-Tsanaga departments, officials said.")
    assert {("mandara-front", "BASED_IN", "mayo-sava"), ("mandara-front", "BASED_IN", "mayo-tsanaga")} <= links


def test_a_place_at_another_lies_in_it() -> None:
    links = links_of("Gunmen stormed Camp Halima at Manda Bay before dawn on Sunday.")
    assert ("camp-halima", "LOCATED_IN", "manda-bay") in links


def test_a_place_described_by_a_noun_on_another_lies_in_it() -> None:
    links = links_of("Gunmen attacked Kelmo, a fishing town on the Zambezi River, on Monday.")
    assert ("kelmo", "LOCATED_IN", "zambezi-river") in links


def test_a_place_on_another_named_right_after_it_is_not_placed_there() -> None:
    links = links_of("The talks brought pressure from Lusaka on Harare to end the dispute.")
    assert ("lusaka", "LOCATED_IN", "harare") not in links

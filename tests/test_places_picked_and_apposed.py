"""Places told by what a place or an organisation is described as: a noun "one of" picks from ("X, one of the largest
ammunition stores in Europe") or the people a place is for ("X, the largest camp for displaced people in Sudan") say
where a place lies (`place_apposition`); an organisation described as in a city is based in the country set after
the city's comma as well ("a mining consultancy based in Paris, France", "the X Front in Mopti, Mali":
`apposed_places`); each on a sentence written for its test, the rules alone."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "place", "wider"),
    [
        ("They guard the Kobalsk depot, one of the largest ammunition stores in Europe.", "Kobalsk depot", "Europe"),
        (
            "Rebels seized the Kobalsk depot, one of the biggest arms dumps in eastern Moldova, in 2014.",
            "Kobalsk depot",
            "Moldova",
        ),
        (
            "The army shelled the Kobalsk camp, one of several camps for refugees in eastern Chad.",
            "Kobalsk camp",
            "Chad",
        ),
        (
            "The Kobalsk camp, one of the oldest settlements near El Fasher, was shelled on Monday.",
            "Kobalsk camp",
            "El Fasher",
        ),
        (
            "Fighters took Kalma Tarsi, the largest camp for displaced people in North Darfur, after a long assault.",
            "Kalma Tarsi",
            "North Darfur",
        ),
        ("Kalma Tarsi, the only camp for displaced families in North Darfur, is full.", "Kalma Tarsi", "North Darfur"),
    ],
)
def test_a_place_described_by_what_one_of_picks_or_by_whom_it_serves_lies_there(
    text: str, place: str, wider: str
) -> None:
    links = links_by_name(text)
    assert (place, "LOCATED_IN", wider) in links, links


@pytest.mark.parametrize(
    ("text", "place", "other"),
    [
        # where the people came from, not where the camp is
        ("The army shelled the Kobalsk camp, one of several camps for refugees from Sudan.", "Kobalsk camp", "Sudan"),
        (
            "The army shelled the Kobalsk camp, a camp for people who fled the fighting in Sudan.",
            "Kobalsk camp",
            "Sudan",
        ),
        # a place in a clause of what was done, not in the description
        (
            "The Kobalsk depot, one of the depots that the rebels looted in Moldova, was empty.",
            "Kobalsk depot",
            "Moldova",
        ),
        # an owner, not a place
        (
            "The Kobalsk depot, one of the main arms dumps of the Tansa Front, was empty.",
            "Kobalsk depot",
            "Tansa Front",
        ),
    ],
)
def test_a_place_the_description_does_not_put_it_in_is_no_wider_place(text: str, place: str, other: str) -> None:
    links = links_by_name(text)
    assert (place, "LOCATED_IN", other) not in links, links


@pytest.mark.parametrize(
    ("text", "group", "country"),
    [
        (
            "Tansa Holding is a mining consultancy based in Paris, France, that is owned by Kanyuka.",
            "Tansa Holding",
            "France",
        ),
        ("Tansa Holding, a mining consultancy in Paris, France, is owned by Kanyuka.", "Tansa Holding", "France"),
        (
            "Tansa Holding, an Emirati company in Dubai, United Arab Emirates, sold the oil.",
            "Tansa Holding",
            "United Arab Emirates",
        ),
        ("Tansa Holding is a shipping firm from Mombasa, Kenya.", "Tansa Holding", "Kenya"),
        ("The Tansa Front in Mopti, Mali, claimed the attack.", "Tansa Front", "Mali"),
        (
            "Maulawi Rajab is a senior leader of the Tansa Front in Kabul Province, Afghanistan.",
            "Tansa Front",
            "Afghanistan",
        ),
    ],
)
def test_an_organisation_described_as_in_a_city_is_in_the_country_after_its_comma(
    text: str, group: str, country: str
) -> None:
    links = links_by_name(text)
    assert (group, "BASED_IN", country) in links, links


@pytest.mark.parametrize(
    ("text", "group", "other"),
    [
        # a person's name after the comma: a speaker, no place
        ("Tansa Holding, a mining consultancy in Paris, Kanyuka said, was sanctioned.", "Tansa Holding", "Kanyuka"),
        # the state after the comma opens the next clause: its army, not the group's country
        ("After the Tansa Front in Mopti, Mali's army moved north.", "Tansa Front", "Mali"),
    ],
)
def test_a_name_after_the_city_s_comma_that_is_no_apposition_places_nothing(text: str, group: str, other: str) -> None:
    links = links_by_name(text)
    assert not any(s == group and t == "BASED_IN" and o.endswith(other) for s, t, o in links), links

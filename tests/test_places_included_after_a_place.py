"""Places listed after a place and a word of inclusion lie in it, whatever opens the inclusion ("including",
"especially", "in particular", "such as", "among them") and with the place prepositions and the one noun of a place
that may come before the names ("in Djugu, including camps at Drodro and Rhoe", "in Darfur, in particular in and
around El Geneina", "across Djugu, including the towns of Kobalsk and Mirnaya": `place_phrases.lists_included`); not
the places of people or of a clause set after the inclusion, nor a country. Each on a sentence written for its test,
the rules alone."""

from __future__ import annotations

import pytest
from conftest import links_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "places", "wider"),
    [
        (
            "Other sites in Djugu, including camps at Drodro and Rhoe, were attacked in 2021.",
            {"Drodro", "Rhoe"},
            "Djugu",
        ),
        ("Fighting spread across Djugu, including the towns of Kobalsk and Mirnaya.", {"Kobalsk", "Mirnaya"}, "Djugu"),
        ("Fighting spread across Djugu, especially in Kobalsk and Mirnaya.", {"Kobalsk", "Mirnaya"}, "Djugu"),
        ("Fighting spread across Djugu, in particular in and around Kobalsk.", {"Kobalsk"}, "Djugu"),
        ("Fighting spread across Djugu, such as in Kobalsk.", {"Kobalsk"}, "Djugu"),
        ("Fighting spread across Djugu, mainly around the town of Kobalsk.", {"Kobalsk"}, "Djugu"),
        ("Raids hit villages in Djugu, among them Kobalsk and Mirnaya.", {"Kobalsk", "Mirnaya"}, "Djugu"),
    ],
)
def test_places_listed_after_a_word_of_inclusion_lie_in_the_place_before(
    text: str, places: set[str], wider: str
) -> None:
    links = links_by_name(text)
    assert {(p, "LOCATED_IN", wider) for p in places} <= links, links


@pytest.mark.parametrize(
    ("text", "place", "other"),
    [
        ("Militias fled Djugu, including fighters from Kobalsk.", "Kobalsk", "Djugu"),  # people's origin
        ("Refugees came from Djugu, including some who fled to Kobalsk.", "Kobalsk", "Djugu"),  # a clause's place
        ("Fighting spread across Djugu, including in Uganda.", "Uganda", "Djugu"),  # a country lies in no district
    ],
)
def test_a_place_of_people_or_of_a_clause_after_the_inclusion_is_not_in_the_place_before(
    text: str, place: str, other: str
) -> None:
    links = links_by_name(text)
    assert (place, "LOCATED_IN", other) not in links, links

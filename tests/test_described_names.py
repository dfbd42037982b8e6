"""Names the build mislabelled, each on a sentence written for its test (the rules alone): bodies described by an
apposition, a people's name before a noun of a people, and a name one prefix away from a known one."""

from __future__ import annotations

import pytest
from conftest import graph_of

from graph.resolve import other_words

pytestmark = pytest.mark.model


def labels(text: str) -> dict[str, str]:
    """Each node's name with its label."""
    return {d["name"]: d["label"] for _, d in graph_of(text).g.nodes(data=True)}


def test_an_apposition_after_a_list_makes_every_name_a_body() -> None:
    found = labels("The mills belong to Madera Pinto and Madera Quilen, the timber arm of the Lorca group.")
    assert found["Madera Pinto"] == "Organization"
    assert found["Madera Quilen"] == "Organization"


def test_a_hyphenated_noun_in_apposition_makes_a_body() -> None:
    text = "The park is run with Savanna Keepers, the Kenya-based wildlife non-profit, whose guards were shot."
    assert labels(text)["Savanna Keepers"] == "Organization"


def test_a_described_body_stays_one_when_its_last_word_names_a_place_elsewhere() -> None:
    text = "Arson hit trucks of Forestal Lumaco, a timber company. The attacks spread across the province of Lumaco."
    assert labels(text)["Forestal Lumaco"] == "Organization"


def test_a_people_before_its_noun_is_no_person() -> None:
    found = labels("Clashes broke out between the Tavri majority and the police, said Ruben Okello, the mayor.")
    assert "Tavri" not in found
    assert found["Ruben Okello"] == "Person"


def test_a_prefix_makes_another_name_not_a_spelling() -> None:
    assert other_words("rapid reaction battalion", "rapid action battalion")
    assert not other_words("rapid action batallion", "rapid action battalion")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Treasury designated Qandil Holding, a Sudan-based holding company, on Tuesday.", "Qandil Holding"),
        ("The EU listed Dune Voices, a news agency that spreads false reports, and its editor.", "Dune Voices"),
        ("- **Brant Security**, a Florida-area security company run by a former soldier;", "Brant Security"),
    ],
)
def test_capitalised_words_an_apposition_describes_as_a_body_are_an_organisation(text: str, name: str) -> None:
    assert labels(text).get(name) == "Organization", labels(text)


def test_a_person_described_as_a_member_of_a_body_stays_a_person() -> None:
    found = labels("Omar Haddad Khalil, a member of the party, said the Volta Group, a private company, had left.")
    assert found.get("Omar Haddad Khalil") == "Person", found
    assert found.get("Volta Group") == "Organization", found


def test_the_end_of_a_longer_name_an_apposition_describes_is_no_name_of_its_own() -> None:
    found = labels("Fighters of the Union of Desert Tribes, an armed group, entered the town of Arish.")
    assert "Desert Tribes" not in found, found

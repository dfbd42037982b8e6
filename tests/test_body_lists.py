"""Names of armed groups and gangs the NER reads as people's or places': the items of a list of bodies, and names
that open with a plural article ("Los ..."), come out as organisations."""

from __future__ import annotations

from conftest import graph_of


def _labels(text: str) -> dict[str, str]:
    """The label of each node of the one-document graph of ``text``, by name."""
    kg = graph_of(text)
    return {d["name"]: d["label"] for _, d in kg.g.nodes(data=True)}


def test_an_unknown_item_of_a_list_of_factions_is_an_organisation() -> None:
    text = "The convoy was escorted by the Sultan Murad Division, the Hamza Division and Jaysh al-Nukhba."
    labels = _labels(text)
    assert labels["Jaysh al-Nukhba"] == "Organization"


def test_unknown_gang_names_listed_with_known_gangs_are_organisations() -> None:
    text = "Prosecutors charged members of Los Choneros, Los Lobos, Los Pepinos and Manta Killers over the riot."
    labels = _labels(text)
    assert labels["Los Pepinos"] == "Organization"
    assert labels["Manta Killers"] == "Organization"


def test_a_person_listed_with_groups_stays_a_person_when_his_given_name_is_known() -> None:
    text = "The Treasury designated Hamas, Hezbollah and Karim Benali, a financier based in Beirut."
    labels = _labels(text)
    assert labels["Karim Benali"] == "Person"


def test_a_name_opening_with_a_plural_article_is_a_group() -> None:
    labels = _labels("The prosecutor said Los Gallegos had ordered the killing. Witnesses blamed Las Flacas for it.")
    assert labels["Los Gallegos"] == "Organization"
    assert labels["Las Flacas"] == "Organization"

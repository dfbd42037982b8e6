"""Sites named with the noun of a building or a base: "Air Base 7", "Obala Fort". The ontology makes a base, an
embassy or a fort a Location, and the place links hang on that label."""

from __future__ import annotations

import pytest

from tests.conftest import graph_of


def _labels(text: str) -> dict[str, str]:
    return {d["name"]: d["label"] for _, d in graph_of(text).g.nodes(data=True)}


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("French drones took off from Air Base 7 in Maradi last year.", "Air Base 7"),
        ("The militia ordered the councillors to Obala Fort in Bertoua and held them overnight.", "Obala Fort"),
    ],
)
def test_a_numbered_base_or_a_fort_is_a_place(text: str, site: str) -> None:
    assert _labels(text).get(site) == "Location", _labels(text)


def test_a_numbered_base_in_a_town_is_located_there() -> None:
    kg = graph_of("French drones took off from Air Base 7 in Maradi last year.")
    assert kg.g.has_edge("air-base-7", "maradi", key="LOCATED_IN"), list(kg.g.edges(keys=True))


def test_a_person_named_like_a_building_stays_a_person() -> None:
    labels = _labels("The minister handed the report to Stuart Hall in Kampala.")
    assert labels.get("Stuart Hall") == "Person", labels


def test_a_name_read_as_a_persons_after_the_ending_in_a_sites_noun_is_a_place() -> None:
    labels = _labels("Prosecutors said the Obala Arena bombing had been planned for months.")
    assert labels.get("Obala Arena") == "Location", labels


def test_a_building_named_after_a_towns_possessive_lies_in_the_town() -> None:
    kg = graph_of("Gunmen stormed Kigali's Tarnova shopping mall on Friday.")
    labels = {d["name"]: d["label"] for _, d in kg.g.nodes(data=True)}
    assert labels.get("Tarnova shopping mall") == "Location", labels
    assert kg.g.has_edge("tarnova-shopping-mall", "kigali", key="LOCATED_IN"), list(kg.g.edges(keys=True))


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("The convoy halted inside Tunnel No. 4 near Sibi when the blast went off.", "Tunnel No. 4"),
        ("Gunmen opened fire at Checkpoint 31 on the road out of Tessit, the army said.", "Checkpoint 31"),
        ("The rebels overran Outpost 6 and the garrison fled towards Kidal.", "Outpost 6"),
    ],
)
def test_a_site_named_by_its_noun_and_a_number_is_a_place(text: str, site: str) -> None:
    assert _labels(text).get(site) == "Location", _labels(text)


def test_a_word_opening_the_sentence_before_a_numbered_site_is_no_part_of_its_name() -> None:
    labels = _labels("At Checkpoint 31 on the road out of Tessit, gunmen killed two soldiers.")
    assert labels.get("Checkpoint 31") == "Location", labels


def test_a_numbered_resolution_or_brigade_is_no_site() -> None:
    labels = _labels("The council passed Resolution 2719 as the 14th Brigade reached Base 9 near Gao.")
    assert "Resolution 2719" not in labels and labels.get("Base 9") == "Location", labels

"""A branch a franchise names after its parent, "in" and its region is one organisation of its own, not the parent
placed there (loaders/franchise_names.py); each on sentences written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import graph_of

pytestmark = pytest.mark.model


def _read(text: str) -> tuple[dict[str, str], set[tuple[str, str, str]]]:
    """Each node's label by its name, and each link by its ends' names."""
    kg = graph_of(text)
    names = {n: d["name"] for n, d in kg.g.nodes(data=True)}
    labels = {d["name"]: d["label"] for _, d in kg.g.nodes(data=True)}
    return labels, {(names[s], t, names[o]) for s, o, t in kg.g.edges(keys=True)}


@pytest.mark.parametrize(
    ("text", "branch", "parent", "region"),
    [
        (
            "Islamic State in the Western Desert claimed the ambush on the convoy.",
            "Islamic State in the Western Desert",
            "Islamic State",
            "Western Desert",
        ),
        (
            "The ministry listed Al-Qaida in Bhutan, which it said was run from across the border.",
            "Al-Qaida in Bhutan",
            "Al-Qaida",
            "Bhutan",
        ),
        (
            "The attack on the garrison was claimed by the Islamic State in Bhutan.",
            "Islamic State in Bhutan",
            "Islamic State",
            "Bhutan",
        ),
        (
            "ISIS in the Eastern Hills was founded in 2016 by defectors from two gangs.",
            "ISIS in the Eastern Hills",
            "ISIS",
            "Eastern Hills",
        ),
        (
            "Fighters of al-Qaeda in Bhutan and the Eastern Hills seized the town of Drukgyel.",
            "al-Qaeda in Bhutan and the Eastern Hills",
            "al-Qaeda",
            "Bhutan",
        ),
    ],
)
def test_a_parent_in_a_region_is_a_branch_of_its_own(text: str, branch: str, parent: str, region: str) -> None:
    labels, links = _read(text)
    assert labels.get(branch) == "Organization", labels
    assert (parent, "BASED_IN", region) not in links, links


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Recruits joined the Islamic State in 2014 and fought on for years.", "Islamic State in 2014"),
        ("The leader of al-Qaeda in Thimphu was killed in the raid.", "al-Qaeda in Thimphu"),
        ("Fighters loyal to the Islamic State in Bhutan's Eastern Hills burned a church.", "Islamic State in Bhutan"),
        ("The Kordo Front in Bhutan has kept its distance from the talks.", "Kordo Front in Bhutan"),
        ("The strike killed Tashi Dorji, the head of ISIS in Bhutan, on Monday.", "ISIS in Bhutan"),
        ("Daesh in Bhutan has lost most of its fighters since 2019.", "Daesh in Bhutan"),
    ],
)
def test_a_date_a_town_a_place_in_a_place_or_another_group_makes_no_branch(text: str, name: str) -> None:
    labels, _ = _read(text)
    assert name not in labels, labels


def test_another_group_in_a_state_is_based_there() -> None:
    _, links = _read("The Kordo Front in Bhutan has kept its distance from the talks.")
    assert ("Kordo Front", "BASED_IN", "Bhutan") in links, links

"""A division named after a town the page names is a place of its own ("the Tessaro region" beside "Tessaro city"),
and a body's name that extends another's with a region is its branch, not that body ("Jaish al-Nasr Khorasan")."""

from __future__ import annotations

import pytest

from loaders.mentions import Mention
from loaders.same_actor import bind_short_names
from tests.conftest import graph_of


def _nodes(text: str) -> dict[str, list[str]]:
    return {node: sorted(data["aliases"]) for node, data in graph_of(text).g.nodes(data=True)}


def test_a_division_named_after_a_town_the_page_names_is_a_place_of_its_own() -> None:
    nodes = _nodes(
        "Floodwater reached parts of Tessaro city on Tuesday. The governor of the Tessaro region said 9,000 people "
        "had fled."
    )
    assert "tessaro-region" in nodes and "tessaro-city" in nodes, nodes
    assert "Tessaro region" not in nodes["tessaro-city"]


def test_a_division_named_after_what_the_page_calls_a_town_stays_apart_from_it() -> None:
    nodes = _nodes("Troops retook the town of Varnok after a week. Villages in the Varnok district were still empty.")
    assert "varnok-district" in nodes and "varnok" in nodes, nodes
    assert "Varnok district" not in nodes["varnok"]


@pytest.mark.parametrize(
    ("text", "node", "short"),
    [
        ("The Veskar River burst its banks. Villages along the Veskar were flooded.", "veskar-river", "Veskar"),
        (
            "Fighters shelled the Tolmar camp on Monday. Aid groups said Tolmar had no water left.",
            "tolmar-camp",
            "Tolmar",
        ),
        ("Troops landed on Korsa island. The army said Korsa was secure.", "korsa-island", "Korsa"),
    ],
)
def test_a_place_named_with_and_without_its_feature_noun_is_one_place(text: str, node: str, short: str) -> None:
    nodes = _nodes(text)
    assert node in nodes and short.lower() not in nodes, nodes
    assert short in nodes[node]


def _bound(short: str, branch: str) -> list[str]:
    mentions = [
        Mention(0, len(branch.split()), 0, len(branch), branch, "Organization", branch),
        Mention(9, 9 + len(short.split()), 60, 60 + len(short), short, "Organization", short),
    ]
    return [m.name for m in bind_short_names(mentions)]


def test_a_body_named_with_a_region_after_another_s_name_is_its_branch_not_that_body() -> None:
    assert _bound("Jaish al-Nasr", "Jaish al-Nasr Khorasan") == ["Jaish al-Nasr Khorasan", "Jaish al-Nasr"]
    assert _bound("Jaish al-Nasr", "Jaish al-Nasr in the Islamic Maghreb")[1] == "Jaish al-Nasr"


def test_a_body_s_own_longer_name_still_binds_its_short_name() -> None:
    assert _bound("Jaish al-Nasr", "Jaish al-Nasr Brigades")[1] == "Jaish al-Nasr Brigades"


def test_a_state_named_after_the_town_set_before_it_is_a_place_of_its_own() -> None:
    nodes = _nodes("Gunmen freed 800 inmates from a prison in Tessaro, Tessaro State, in October.")
    assert "tessaro-state" in nodes and "tessaro" in nodes, nodes


def test_a_territory_named_after_the_dateline_s_town_is_a_place_of_its_own() -> None:
    nodes = _nodes(
        "VARNOK - Families in Varnok buried their dead on Monday. The army shelled rebel camps in Varnok territory."
    )
    assert "varnok-territory" in nodes and "varnok" in nodes, nodes
    assert "Varnok territory" not in nodes["varnok"]


def test_a_state_written_short_with_no_town_of_its_name_is_one_place() -> None:
    nodes = _nodes("Troops were sent to Kessaro State on Monday. Fighting in Kessaro has displaced 9,000 people.")
    assert [n for n in nodes if n.startswith("kessaro")] == ["kessaro"], nodes

"""A place made, used or become an organisation's base places the organisation there (`loaders/chosen_bases.py`):
"made X its headquarters", "used X as a base", "turned X into its stronghold", "X became the group's base", "X served
as the group's headquarters", "X, which the group made its base"; not a place made something else, a base with no
owner, a state's army, nor the group that only speaks of another's base. Each on sentences written for its test, the
rules alone."""

from __future__ import annotations

import pytest
from conftest import graph_of, links_by_name, named_links

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        ("The Kivu Front made Masisi the headquarters of its self-declared state in 2014.", "Kivu Front", "Masisi"),
        ("In 2014 the Kivu Front made Masisi its main base.", "Kivu Front", "Masisi"),
        ("The Kivu Front has used Masisi as a rear base since 2012.", "Kivu Front", "Masisi"),
        ("Masisi was used as a base by the Kivu Front for a decade.", "Kivu Front", "Masisi"),
        ("After the fall of Goma, the Kivu Front turned Masisi into its stronghold.", "Kivu Front", "Masisi"),
        ("The Kivu Front chose Masisi as its headquarters.", "Kivu Front", "Masisi"),
        ("Masisi became the Kivu Front's principal rear base.", "Kivu Front", "Masisi"),
        ("Masisi remains the stronghold of the Kivu Front.", "Kivu Front", "Masisi"),
        ("Until 2015 Masisi served as the Kivu Front's headquarters.", "Kivu Front", "Masisi"),
        ("Troops retook Masisi, which the Kivu Front had made its headquarters in 2014.", "Kivu Front", "Masisi"),
        (
            "The Kivu Front, the rebel group that once made Masisi the seat of its government, struck again.",
            "Kivu Front",
            "Masisi",
        ),
    ],
)
def test_a_place_made_a_base_places_its_group(text: str, group: str, place: str) -> None:
    assert (group, "BASED_IN", place) in links_by_name(text)


def test_who_is_said_to_use_a_base_is_placed_as_alleged() -> None:
    links = named_links("The army accused the Kivu Front of using Masisi as a base.", "BASED_IN")
    assert links[("Kivu Front", "Masisi")] == "alleged"


def test_a_denied_base_is_negated() -> None:
    links = named_links("The Kivu Front denied using Masisi as a base.", "BASED_IN")
    assert links[("Kivu Front", "Masisi")] == "negated"


@pytest.mark.parametrize(
    "text",
    [
        "The Kivu Front turned Masisi into a battlefield.",  # not a base
        "The Kivu Front made Masisi its first target.",
        "Masisi became a base for attacks on Goma.",  # no owner
        "Masisi became the main base of the Congolese army.",  # a state's army: a post
        "The Congolese army has used Masisi as a base since 2012.",
    ],
)
def test_no_base_no_owner_or_a_state_s_army_places_no_one_there(text: str) -> None:
    kg = graph_of(text)
    name = {n: d["name"] for n, d in kg.g.nodes(data=True)}
    assert not [(name[s], name[o]) for s, o, k in kg.g.edges(keys=True) if k == "BASED_IN" and name[o] == "Masisi"]


def test_the_group_that_only_speaks_of_another_s_base_is_not_placed() -> None:
    links = links_by_name("The Kivu Front said the M23 had used Masisi as a base.")
    assert ("M23", "BASED_IN", "Masisi") in links
    assert ("Kivu Front", "BASED_IN", "Masisi") not in links

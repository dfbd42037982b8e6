"""The items of a list of examples: an item owned by a place ("groups including Lebanon's Hezbollah and Yemen's
Houthis") is the owned name, not its owner; a participle set off after an item describes it and ends no list
("including A, designated in 2019, and B"). The rules alone, on sentences written for the test."""

from __future__ import annotations

import pytest
from test_real_text import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Iran has backed groups including Lebanon's Hezbollah, Yemen's Houthis and Iraq's Kataib Hezbollah.",
        "Iran arms and funds proxies such as Lebanon's Hezbollah, Yemen's Houthis and Iraq's Kataib Hezbollah.",
        "The IRGC trained a network of militias across the region, including Lebanon's Hezbollah, Yemen's Houthis "
        "and Iraq's Kataib Hezbollah.",
        "Weapons were supplied by Iran to allies like Lebanon's Hezbollah, Yemen's Houthis and Iraq's Kataib "
        "Hezbollah.",
    ],
)
def test_each_owned_item_of_an_example_list_is_backed(text: str) -> None:
    found = {o for s, t, o in triples(text) if t == "FUNDS"}
    assert {"hezbollah", "houthis", "kataib-hezbollah"} <= found, triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran has backed groups including Lebanon's Hezbollah, Yemen's Houthis and Iraq's Kataib Hezbollah.",
        "Iran funds proxies such as Lebanon's Hezbollah and Yemen's Houthis.",
    ],
)
def test_the_owner_of_a_listed_item_is_not_linked_in_its_place(text: str) -> None:
    states = {"lebanon", "yemen", "iraq"}
    assert not {(s, t, o) for s, t, o in triples(text) if o in states and t in {"FUNDS", "ALLIED_WITH"}}, triples(text)


def test_an_owner_with_no_name_after_its_possessive_stays_an_item() -> None:
    text = "Iran has backed countries including Syria, Iraq and Lebanon's government."
    assert ("iran", "FUNDS", "hezbollah") not in triples(text), triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran has backed groups including Hezbollah, founded in 1982, and the Houthis.",
        "Iran has funded militias such as Hezbollah, formed during the civil war, and the Houthis, based in Yemen.",
        "The Quds Force trained proxies like Hezbollah, listed by the US in 1997, and the Houthis.",
    ],
)
def test_a_participle_set_off_after_an_item_does_not_end_the_list(text: str) -> None:
    found = {o for s, t, o in triples(text) if t == "FUNDS"}
    assert {"hezbollah", "houthis"} <= found, triples(text)


def test_names_inside_a_participle_set_off_are_no_items() -> None:
    text = "Iran has backed groups including Hezbollah, armed by Syria, and the Houthis."
    assert ("iran", "FUNDS", "syria") not in triples(text), triples(text)


def test_a_verb_after_the_list_still_ends_it() -> None:
    text = "Groups including Kataib Hezbollah and the Houthis attacked US forces, Iran said."
    assert not {(s, o) for s, t, o in triples(text) if t == "FUNDS"}, triples(text)


def test_the_body_of_an_items_role_is_no_item_of_the_list() -> None:
    found = triples(
        "Iran funds groups including Hezbollah and the faction of Akram al-Kaabi, a former commander of the Mahdi Army."
    )
    assert ("iran", "FUNDS", "hezbollah") in found, found
    assert ("iran", "FUNDS", "mahdi-army") not in found, found

"""A bare "the army" or "the military" stands for the one state's army the page named before, however far back, and
before a group whose name holds the word; for no one when two states' armies were named (loaders/named_heads.py), on
sentences written for the tests (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import links_of

pytestmark = pytest.mark.model

ONE_ARMY = (
    "The Zambian Army moved two battalions to the northern border in March. Farmers fled their villages. "
    "Officials met donors in Lusaka. Aid groups asked for money. "
)
TWO_ARMIES = (
    "The Zambian Army and the Malawian Army moved battalions to the border in March. Farmers fled their villages. "
    "Officials met donors in Lusaka. Aid groups asked for money. "
)


@pytest.mark.parametrize(
    ("sentence", "link"),
    [
        ("The Barotse Liberation Movement accused the army of burning crops.", "OPPOSES"),
        ("The Barotse Liberation Movement has waged an insurgency against the army since 2019.", "OPPOSES"),
        ("The Barotse Liberation Movement fought alongside the army against the Lunda Liberation Army.", "ALLIED_WITH"),
    ],
)
def test_the_army_stands_for_the_one_state_army_named_sentences_before(sentence: str, link: str) -> None:
    found = links_of(ONE_ARMY + sentence)
    assert ("barotse-liberation-movement", link, "zambia-army") in found, found


def test_the_army_stands_for_the_state_army_not_a_group_whose_name_holds_the_word() -> None:
    found = links_of(
        "The Lunda Liberation Army took up arms in 2019. Farmers fled their villages. Officials met donors. "
        "The Zambian Army moved two battalions north. The Lunda Liberation Army accused the army of burning crops."
    )
    assert ("lunda-liberation-army", "OPPOSES", "zambia-army") in found, found


def test_the_army_of_a_page_naming_two_states_armies_is_neither() -> None:
    found = links_of(TWO_ARMIES + "The Barotse Liberation Movement accused the army of burning crops.")
    assert not any(s == "barotse-liberation-movement" for s, _, _ in found), found

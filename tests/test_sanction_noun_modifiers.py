"""A noun of sanction whose modifier names the state or body that acts ("the US designation of X", "the UN listing of
A and B", "British sanctions on X"): each construction on a sentence written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from test_real_text import triples

pytestmark = pytest.mark.model


def sanctioners(text: str, target: str) -> set[str]:
    """Who the text says sanctions ``target``."""
    return {o for s, t, o in triples(text) if s == target and t == "SANCTIONED_BY"}


@pytest.mark.parametrize(
    ("text", "target", "body"),
    [
        (
            "The move follows the US designation of Harakat al-Nujaba in 2019.",
            "harakat-hezbollah-al-nujaba",
            "united-states",
        ),
        ("The page was updated to reflect the UN listing of Viv Ansanm and Gran Grif.", "gran-grif", "united-nations"),
        ("The American designation of Hamas as a terrorist group was criticised by Russia.", "hamas", "united-states"),
        ("British sanctions on Hezbollah financier Ali Karimi took effect on Monday.", "ali-karimi", "united-kingdom"),
        ("EU sanctions against the Wagner Group were extended for a year.", "wagner-group", "european-union"),
        ("Lawyers challenged the UN blacklisting of Ali Karimi in court.", "ali-karimi", "united-nations"),
    ],
)
def test_the_modifier_of_a_noun_of_sanction_is_the_sanctioner(text: str, target: str, body: str) -> None:
    assert body in sanctioners(text, target), triples(text)


def test_each_name_a_modified_noun_of_sanction_lists_is_sanctioned() -> None:
    text = "The move follows the US designation of Harakat al-Nujaba and its leader Akram al-Kaabi in 2019."
    assert "united-states" in sanctioners(text, "akram-al-kaabi"), triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Hamas designation was debated in Parliament.",  # no target: Hamas is the one listed, not the lister
        "Hamas rejected the Israeli listing of its members.",  # the members are unnamed
    ],
)
def test_a_modified_noun_of_sanction_naming_no_target_sanctions_no_one(text: str) -> None:
    assert not {(s, o) for s, t, o in triples(text) if t == "SANCTIONED_BY"}, triples(text)

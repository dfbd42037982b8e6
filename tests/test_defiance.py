"""Defiance as hostility (loaders/hostility.py, ``opposition_noun``, and the verb cue "defy" of
seeds/relations.yaml), and a title's sentence the parser rooted in the title (loaders/syntax.py), each on sentences
written for its test."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The TPLF held elections in defiance of Ethiopia.", ("Tigray People's Liberation Front", "Ethiopia")),
        ("In defiance of Ethiopia, the TPLF held elections.", ("Tigray People's Liberation Front", "Ethiopia")),
        (  # a capital standing for its state
            "The TPLF held regional elections in open defiance of Addis Ababa.",
            ("Tigray People's Liberation Front", "Ethiopia"),
        ),
        (  # a relative clause
            "The TPLF, which held elections in defiance of Ethiopia, lost the war.",
            ("Tigray People's Liberation Front", "Ethiopia"),
        ),
        ("Ethiopia's defiance of the United States angered many.", ("Ethiopia", "United States")),
        (  # the verb, its object another's act
            "Milorad Dodik defied a ruling by the Constitutional Court of Bosnia and Herzegovina.",
            ("Milorad Dodik", "Constitutional Court of Bosnia and Herzegovina"),
        ),
        ("The TPLF defied Ethiopia by holding elections.", ("Tigray People's Liberation Front", "Ethiopia")),
    ],
)
def test_whoever_defies_a_side_opposes_it(text: str, pair: tuple[str, str]) -> None:
    found = named_links(text, "OPPOSES")
    assert found.get(pair) == "asserted", found


@pytest.mark.parametrize(
    "text",
    [
        "The TPLF defied expectations in Tigray.",  # no side defied
        "The TPLF held elections in defiance of a court order.",
        "The TPLF fired rockets in solidarity with Ethiopia.",  # no opposition
        "The TPLF held elections despite the defiance of Ethiopia.",  # Ethiopia's defiance, not the TPLF's
    ],
)
def test_defying_no_side_opposes_no_one(text: str) -> None:
    assert ("Tigray People's Liberation Front", "Ethiopia") not in named_links(text, "OPPOSES")


def test_a_defiance_denied_is_no_hostility_stated() -> None:
    found = named_links("The TPLF did not defy Ethiopia.", "OPPOSES")
    assert found.get(("Tigray People's Liberation Front", "Ethiopia")) != "asserted", found


def test_a_third_side_backing_the_defiant_does_not_defy() -> None:
    found = named_links("The TPLF, backed by Eritrea, held elections in defiance of Ethiopia.", "OPPOSES")
    assert found.get(("Tigray People's Liberation Front", "Ethiopia")) == "asserted", found
    assert ("Eritrea", "Ethiopia") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Israel's ambassador, Gilad Erdan, called on the council to condemn Iran.",
        "Israel's ambassador, Gilad Erdan, called on the council to condemn Iran and to impose sanctions on it.",
    ],
)
def test_a_title_the_parser_made_the_root_speaks_through_its_name(text: str) -> None:
    found = named_links(text, "OPPOSES")
    assert found.get(("Gilad Erdan", "Iran")) == "asserted", found

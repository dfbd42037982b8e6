"""A "which" clause the parser hangs on the last noun of the description set off after a leader's name ("the front
led by X, a former general of the national army, which continued to clash with Y"): the body the name qualifies acts,
not that noun (loaders/person_relatives.person_described, loaders/syntax.subjects_of), on sentences written for its
test."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The National Salvation Front, led by Thomas Cirillo Swaka, a former general of the national army, which"
            " continued to clash with the SSPDF, rejected the deal.",
            ("National Salvation Front", "South Sudan People's Defence Forces"),
        ),
        (
            "The National Salvation Front, led by Thomas Cirillo Swaka, a former deputy chief of general staff of the"
            " national army, which clashed with the SSPDF around Yei, rejected the deal.",
            ("National Salvation Front", "South Sudan People's Defence Forces"),
        ),
        (
            "The Mai-Mai Yakutumba, led by William Yakutumba, a former officer of the Congolese army, which"
            " continued to fight the M23, was disbanded.",
            ("Mai-Mai Yakutumba", "M23"),
        ),
    ],
)
def test_the_body_a_leaders_description_follows_acts_in_its_which_clause(text: str, pair: tuple[str, str]) -> None:
    found = named_links(text, "OPPOSES")
    assert found.get(pair) == "asserted", found


@pytest.mark.parametrize(
    "text",
    [
        # no body before the leader's name: the clause is the army's, which names no one
        "Thomas Cirillo Swaka, a former general of the national army, which fought the SPLA, leads the NAS.",
        # a person's pronoun: the leader's own clause
        "The NAS, led by Thomas Cirillo Swaka, a former general of the national army, who fought the SPLA, is small.",
    ],
)
def test_no_body_before_the_name_or_a_persons_pronoun_sets_no_body_against_anyone(text: str) -> None:
    found = named_links(text, "OPPOSES")
    assert not any(s in {"National Salvation Front", "NAS"} for s, _ in found), found

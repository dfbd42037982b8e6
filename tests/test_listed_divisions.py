"""Divisions listed by name before a plural noun of a division, placed in the one country the sentence names
(loaders/listed_divisions.py), whether or not the gazetteer knows them."""

from __future__ import annotations

import pytest

from loaders.extract import read_document
from loaders.facts import RelationFact
from loaders.listed_divisions import METHOD
from loaders.nlp import load_nlp

pytestmark = pytest.mark.model


def by_rule(text: str) -> set[tuple[str, str]]:
    """The LOCATED_IN pairs the listed-divisions rule reads in a text."""
    facts = read_document(load_nlp()(text), "t", "2024-03-05", "rules")
    found: list[RelationFact] = [r for r in facts.relations if r.type == "LOCATED_IN" and r.method == METHOD]
    return {(r.subject, r.object) for r in found}


def test_names_before_a_plural_division_noun_lie_in_the_one_country_named() -> None:
    found = by_rule("Chile's army said it had raided farms in Zorvana and Quelmira provinces on Tuesday.")
    assert {r[0].split(":")[-1] for r in found} == {"Zorvana", "Quelmira"}, found
    assert {r[1] for r in found} == {"chile"}, found


def test_a_second_country_named_leaves_the_divisions_unplaced() -> None:
    assert not by_rule("Chile and Peru traded blame over raids in Zorvana and Quelmira provinces on Tuesday.")


def test_a_country_only_modifying_a_word_does_not_hold_the_divisions() -> None:
    assert not by_rule("A Chile-based monitor reported clashes in Zorvana and Quelmira provinces on Tuesday.")


def test_a_verb_spelled_as_a_plural_noun_lists_no_divisions() -> None:
    assert not by_rule("As the Zorvana Accord states, Chile will hold elections in March.")


@pytest.mark.parametrize(
    "text",
    [
        "In March, Chile carried out strikes in Zorvana and Quelmira provinces after a border raid.",
        "Chile launched air strikes on Zorvana and Quelmira provinces overnight, officials said.",
    ],
)
def test_a_country_striking_the_divisions_does_not_hold_them(text: str) -> None:
    assert not by_rule(text)


def test_a_country_acting_at_home_still_holds_the_divisions() -> None:
    found = by_rule("Chile declared an emergency in the Zorvana and Quelmira provinces on Friday.")
    assert {r[1] for r in found} == {"chile"}, found

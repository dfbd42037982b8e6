"""Whoever owns the campaign a page gives an operation's name to is blamed for the operation: the name set on the
incident by a clause of naming, an apposition or "under the name" (`loaders/named_operations.naming_nouns`), each
phrasing on sentences written for its test (the rules alone)."""

from __future__ import annotations

import pytest
from conftest import named_links

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Kenya's offensive in the south, which the army called Operation Red Dawn, began on 3 May.", "Kenya"),
        (
            "Israel's largest raid in the camp in years, which the army called Operation Red Dawn, began in July.",
            "Israel",
        ),
        ("Operation Red Dawn, Kenya's offensive against the rebels, began on 3 May.", "Kenya"),
        ("Kenya's intervention in Somalia began in October 2011 under the name Operation Red Dawn.", "Kenya"),
        (
            "The attack avenged Kenya's intervention, which began under the code name Operation Red Dawn.",
            "Kenya",
        ),
        (
            'The LNA\'s advance on Tripoli, which Haftar called "Operation Red Dawn", began in April.',
            "Libyan National Army",
        ),
    ],
)
def test_the_owner_of_the_campaign_a_name_is_given_to_is_blamed_for_the_operation(text: str, author: str) -> None:
    found = named_links(text, "BLAMED_FOR")
    assert found.get((author, "Operation Red Dawn")) == "asserted", found


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Operation Red Dawn, a heavy blow to Kenya's army, ended in May.", "Kenya"),  # no campaign of Kenya's
        ("Somalia's worst year, which the rebels called Operation Red Dawn, ended in May.", "Somalia"),  # no incident
        ("Kenya's president, who named the plan Operation Red Dawn, spoke on 3 May.", "Kenya"),  # a name, no incident
    ],
)
def test_no_owner_is_blamed_when_the_name_is_given_to_no_campaign_of_theirs(text: str, owner: str) -> None:
    found = named_links(text, "BLAMED_FOR")
    assert (owner, "Operation Red Dawn") not in found, found

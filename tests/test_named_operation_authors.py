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
            "Chad's biggest raid on the lake islands, which the army called Operation Red Dawn, ended in July.",
            "Chad",
        ),
        ("Operation Red Dawn, Kenya's offensive against the rebels, began on 3 May.", "Kenya"),
        ("Mali's intervention in Niger got under way in 2015 under the name Operation Red Dawn.", "Mali"),
        (
            "The raid avenged Mali's intervention, which opened under the code name Operation Red Dawn.",
            "Mali",
        ),
        (
            'The RSF\'s push on Omdurman, which Hemedti called "Operation Red Dawn", stalled in May.',
            "Rapid Support Forces",
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
